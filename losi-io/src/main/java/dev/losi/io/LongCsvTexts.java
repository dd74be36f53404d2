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
    boolean eof = lim < buf.length;
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
      if (pos == lim && eof) {
        return out;
      }
      if (header && delimiter == 0) {
        delimiter = (byte) CsvParser.delimiterOf(new String(buf, pos, Math.min(lim - pos, HEADER_LIMIT),
            StandardCharsets.ISO_8859_1));
      }
      int end = pos == lim ? -1 : split(pos, lim, eof);
      if (end < 0) {
        // the record goes on past the buffer: keep it, and read more
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
        if (lim == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        lim = fill(in, lim);
        eof = lim < buf.length;
        continue;
      }
      if (header) {
        header = false;
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

  /** Reads into {@code buf} after {@code lim} until it is full or the input ends; the new limit. */
  private int fill(InputStream in, int lim) throws IOException {
    return lim + in.readNBytes(buf, lim, buf.length - lim);
  }

  /**
   * Splits the record starting at {@code from} into field bounds (quotes included); the position of its line
   * end ({@code lim} for a last record without one), or -1 when the buffer ends first and more input follows.
   */
  private int split(int from, int lim, boolean eof) {
    int n = 0;
    int i = from;
    while (true) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = i;
      if (i < lim && buf[i] == '"') {
        i++;
        while (true) {
          if (i + 1 >= lim) {
            if (!eof) {
              return -1;
            }
            i = lim;
            break;
          }
          if (buf[i] == '"') {
            if (buf[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
      } else {
        byte d = delimiter;
        while (i < lim) {
          byte b = buf[i];
          if (b == d || b == '\n' || b == '\r') {
            break;
          }
          i++;
        }
      }
      ends[n++] = i;
      if (i >= lim) {
        if (!eof) {
          return -1;
        }
        width = n;
        return lim;
      }
      if (buf[i] == '\n' || buf[i] == '\r') {
        width = n;
        return i;
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
