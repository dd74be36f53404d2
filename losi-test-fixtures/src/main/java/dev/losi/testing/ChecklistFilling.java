package dev.losi.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a losi checklist workbook as a spreadsheet user would, with a second XLSX implementation (Apache
 * POI), for the checklist tests of losi-io and losi-cli. Test scope only; the module that calls it declares
 * {@code poi-ooxml} itself (here it is optional).
 *
 * <p>The layout filled is the one {@code Checklists.writeXlsx} writes: sheet {@code Checklist}, the
 * indicator code in column A, then Answer (D), Channel (E), URL (F) and Note (G).
 *
 * @since 0.1.0
 */
public final class ChecklistFilling {

  /** The sheet of the checklist. */
  public static final String SHEET = "Checklist";

  private ChecklistFilling() {}

  /**
   * Writes {@code filled}: {@code blank} with the rows of these codes filled.
   *
   * @param blank a checklist workbook
   * @param filled where to write the filled copy
   * @param rows each {@code {code, answer, channel, URL, note}}, trailing entries optional; a {@code null}
   *     entry leaves its cell alone
   * @return {@code filled}
   */
  public static Path fill(Path blank, Path filled, String[]... rows) throws IOException {
    try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Row r : wb.getSheet(SHEET)) {
        Cell code = r.getCell(0);
        if (code == null || code.getCellType() != CellType.STRING) {
          continue;
        }
        for (String[] f : rows) {
          if (f[0].equals(code.getStringCellValue())) {
            for (int k = 1; k < f.length; k++) {
              if (f[k] != null) {
                r.createCell(k + 2).setCellValue(f[k]); // Answer is column D (index 3)
              }
            }
          }
        }
      }
      write(wb, filled);
    }
    return filled;
  }

  /**
   * Overwrites one cell of the checklist sheet with a text, in place.
   *
   * @param file a checklist workbook
   * @param row the 0-based row (row 17 of the sheet is 16)
   * @param column the 0-based column (D is 3)
   * @param text the new content
   */
  public static void setCell(Path file, int row, int column, String text) throws IOException {
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getSheet(SHEET).getRow(row).createCell(column).setCellValue(text);
      write(wb, file);
    }
  }

  private static void write(XSSFWorkbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
