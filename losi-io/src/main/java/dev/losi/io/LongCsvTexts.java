package dev.losi.io;

import dev.losi.core.Instrument;
import dev.losi.io.internal.CsvParser;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The evidence URL and note of a long-layout CSV file that {@link LongCsvScan} has read without handing it on
 * (which keeps only answers and channels): a second pass over the bytes that decodes the city, assessor, date
 * and indicator of only the rows whose URL or note cell is not empty. Nothing is read past the header when the
 * file has neither column.
 *
 * <p>It relies on what that scan established: UTF-8 that decodes strictly, a header of known long-layout
 * columns, every record on one line with the header's number of fields, a quoted field only as a whole field,
 * known indicators, valid dates, and each city, assessor, date and indicator answered on one row only. Cells
 * are read as the general reader reads them ({@code Cells#text}): unquoted, then un-neutralised
 * ({@link FormulaGuard#restore}).
 */
final class LongCsvTexts {

  /** One answer of a city, assessor, date (null for none) and indicator position. */
  record Key(String city, String assessor, LocalDate date, int position) {}

  /** The URL and note of an answer; each empty when its cell is. */
  record Texts(String url, String note) {}

  private static final int BUFFER = 1 << 20;
  /** As {@code LongCsvScan}: the delimiter is detected from at most this much of the first line. */
  private static final int HEADER_LIMIT = 16 * 1024;

  private final Instrument instrument;
  private byte delimiter;
  private int width;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] buf;

  private LongCsvTexts(Instrument instrument) {
    this.instrument = instrument;
  }

  /** The URL and note of every answer that has either, of a file that the byte-level scan has read. */
  static Map<Key, Texts> read(Path file, Instrument instrument, CsvFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new LongCsvTexts(instrument).rows(in, format);
    }
  }

  private Map<Key, Texts> rows(InputStream in, CsvFormat format) throws IOException {
    Map<Key, Texts> out = new HashMap<>();
    buf = new byte[BUFFER];
    int lim = fill(in, 0);
    int pos = 0;
    if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    delimiter = (byte) format.delimiter();
    boolean header = true;
    int city = -1;
    int assessor = -1;
    int indicator = -1;
    int date = -1;
    int url = -1;
    int note = -1;
    while (true) {
      while (pos < lim && (buf[pos] == '\n' || buf[pos] == '\r')) {
        pos++;
      }
      int end = lineEnd(pos, lim);
      if (end < 0) {
        // the line goes on past the buffer: keep it, and read more
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
        if (lim == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int before = lim;
        lim = fill(in, lim);
        if (lim == before) {
          if (lim == 0) {
            return out;
          }
          end = lim; // the last line, without a line end
        } else {
          continue;
        }
      }
      if (header) {
        header = false;
        if (delimiter == 0) {
          delimiter = (byte) CsvParser.delimiterOf(new String(buf, pos, Math.min(lim - pos, HEADER_LIMIT),
              StandardCharsets.ISO_8859_1));
        }
        split(pos, end);
        Map<String, Integer> cols = new HashMap<>();
        for (int f = 0; f < width; f++) {
          cols.putIfAbsent(text(f), f);
        }
        url = cols.getOrDefault(AssessmentColumns.EVIDENCE_URL, -1);
        note = cols.getOrDefault(AssessmentColumns.NOTE, -1);
        if (url < 0 && note < 0) {
          return out;
        }
        city = cols.get(AssessmentColumns.CITY_ID);
        assessor = cols.get(AssessmentColumns.ASSESSOR);
        indicator = cols.get(AssessmentColumns.INDICATOR);
        date = cols.getOrDefault(AssessmentColumns.DATE, -1);
      } else {
        split(pos, end);
        String u = url < 0 || starts[url] == ends[url] ? "" : text(url);
        String n = note < 0 || starts[note] == ends[note] ? "" : text(note);
        if (!u.isEmpty() || !n.isEmpty()) {
          String d = date < 0 ? "" : text(date);
          out.put(new Key(text(city), text(assessor), d.isEmpty() ? null : LocalDate.parse(d),
              instrument.indexOf(text(indicator))), new Texts(u, n));
        }
      }
      pos = end;
    }
  }

  /** Reads into {@code buf} after {@code lim}; the new limit ({@code lim} at the end of the input). */
  private int fill(InputStream in, int lim) throws IOException {
    int n = in.readNBytes(buf, lim, buf.length - lim);
    return lim + n;
  }

  /** The position of the line end (CR or LF) of the record starting at {@code from}, quotes considered, or -1. */
  private int lineEnd(int from, int lim) {
    boolean quoted = false;
    for (int i = from; i < lim; i++) {
      byte b = buf[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        return i;
      }
    }
    return -1;
  }

  /** The field bounds of the record {@code [from, end)}, quotes included. */
  private void split(int from, int end) {
    int n = 0;
    int i = from;
    while (true) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = i;
      if (i < end && buf[i] == '"') {
        i++;
        while (i < end) {
          if (buf[i] == '"') {
            if (i + 1 < end && buf[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
      } else {
        while (i < end && buf[i] != delimiter) {
          i++;
        }
      }
      ends[n++] = i;
      if (i >= end) {
        width = n;
        return;
      }
      i++; // the delimiter
    }
  }

  /** The text of field {@code f}: decoded, unquoted and un-neutralised. */
  private String text(int f) {
    String s = new String(buf, starts[f], ends[f] - starts[f], StandardCharsets.UTF_8);
    if (s.startsWith("\"")) {
      s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return FormulaGuard.restore(s);
  }
}
