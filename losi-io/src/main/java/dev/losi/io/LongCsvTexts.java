package dev.losi.io;

import dev.losi.core.Instrument;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The evidence URL and note of a long-layout CSV file that {@link LongCsvScan} has read without handing it on
 * (which keeps only answers and channels): a second pass over the bytes, split by the same tokenizer
 * ({@link CsvByteRecords}), that decodes the city, assessor, date and indicator of only the rows whose URL or
 * note cell is not empty. Nothing is read past the header when the file has neither column.
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

  private LongCsvTexts() {}

  /**
   * The URL and note of every answer that has either, of a file that the byte-level scan has read.
   *
   * @throws IOException when the file cannot be read, or no longer reads at the byte level (it changed)
   */
  static Map<Key, Texts> read(Path file, Instrument instrument, CsvFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return rows(new CsvByteRecords(in, 0, format, n -> { }, new AtomicLong(), false), instrument);
    } catch (Unhandled u) {
      throw new IOException(file + " changed while it was read: it no longer reads as it did");
    }
  }

  private static Map<Key, Texts> rows(CsvByteRecords r, Instrument instrument) throws IOException, Unhandled {
    Map<Key, Texts> out = new HashMap<>();
    r.header();
    Map<String, Integer> cols = new HashMap<>();
    for (int f = 0; f < r.width; f++) {
      cols.putIfAbsent(r.text(f), f);
    }
    int url = cols.getOrDefault(AssessmentColumns.EVIDENCE_URL, -1);
    int note = cols.getOrDefault(AssessmentColumns.NOTE, -1);
    if (url < 0 && note < 0) {
      return out;
    }
    int city = cols.get(AssessmentColumns.CITY_ID);
    int assessor = cols.get(AssessmentColumns.ASSESSOR);
    int indicator = cols.get(AssessmentColumns.INDICATOR);
    int date = cols.getOrDefault(AssessmentColumns.DATE, -1);
    while (r.next()) {
      String u = url < 0 || r.isEmpty(url) ? "" : r.text(url);
      String n = note < 0 || r.isEmpty(note) ? "" : r.text(note);
      if (!u.isEmpty() || !n.isEmpty()) {
        String d = date < 0 ? "" : r.text(date);
        out.put(new Key(r.text(city), r.text(assessor), d.isEmpty() ? null : LocalDate.parse(d),
            instrument.indexOf(r.text(indicator))), new Texts(u, n));
      }
    }
    return out;
  }
}
