package dev.losi.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a reproducible XLSX workbook of plain tables, for the statistics formats (losi-stats-io) and
 * anyone with rows to export: one sheet per entry, in map order, the first row of each sheet bold, frozen
 * and filtered. Cells are {@link String} (empty for a blank cell; a text a spreadsheet would run as a
 * formula gets a leading apostrophe), {@link Integer}, {@link Long} or another {@link Number} (written as
 * {@link dev.losi.core.NumberText#of(double)} gives its double: whole numbers below 2^53 as integers, others as
 * the shortest decimal, the same on every Java version). The same rows give the same bytes.
 *
 * @since 0.1.0
 */
public final class XlsxWorkbook {

  private XlsxWorkbook() {}

  /**
   * Writes the sheets.
   *
   * @param out the stream, not closed
   * @param sheets sheet name (at most 31 characters, as Excel allows) to rows
   * @throws IOException when writing fails
   * @throws IllegalArgumentException for a sheet beyond Excel's limits of rows, columns or cell length
   */
  public static void write(OutputStream out, Map<String, List<List<Object>>> sheets) throws IOException {
    try (XlsxOut x = new XlsxOut(out)) {
      for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
        x.sheet(e.getKey());
        for (List<Object> row : e.getValue()) {
          x.row(row);
        }
      }
    }
  }
}
