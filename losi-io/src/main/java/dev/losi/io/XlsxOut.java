package dev.losi.io;

import dev.losi.core.LosiValidationException;
import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.XmlText;
import dev.losi.io.internal.ReproducibleZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes workbooks that open cleanly in spreadsheet programs: text cells neutralised against formula
 * injection, numbers as numeric cells in their exact form, no formulas, Excel's cell and sheet size
 * limits checked (an unrepresentable value is an error, never truncated or altered: a control character that
 * XML 1.0 cannot hold is a {@link LosiValidationException} naming the cell, column and city). Workbooks are byte-reproducible:
 * the creation stamp and the zip entry times are fixed ({@link ReproducibleZip}). The first row of every
 * sheet is its header: bold, frozen (it stays in view when scrolling) and carrying an autofilter over the
 * sheet's columns.
 */
final class XlsxOut implements AutoCloseable {

  /** Excel's limit on characters in one cell. */
  static final int MAX_CELL_CHARS = 32_767;
  /** Excel's limit on rows per sheet. */
  static final int MAX_ROWS = 1_048_576;
  /** Excel's limit on columns per sheet. */
  static final int MAX_COLUMNS = 16_384;

  private final OutputStream target;
  private final ByteArrayOutputStream buffer = ReproducibleZip.buffer();
  private final Workbook workbook;
  private Worksheet sheet;
  private String sheetName;
  private int row;
  private int width;
  private List<Object> header = List.of();

  XlsxOut(OutputStream out) {
    this.target = out;
    this.workbook = new Workbook(buffer, "LOSI SDK", "1.0");
  }

  void sheet(String name) {
    endSheet();
    sheet = workbook.newWorksheet(name);
    sheetName = name;
    header = List.of();
    row = 0;
    width = 0;
  }

  /** The header row's bold, frozen pane and autofilter, once the sheet's size is known. */
  private void endSheet() {
    if (sheet == null || row == 0 || width == 0) {
      return;
    }
    sheet.freezePane(0, 1);
    sheet.setAutoFilter(0, 0, row - 1, width - 1);
  }

  void row(List<Object> cells) {
    if (row >= MAX_ROWS) {
      throw new IllegalArgumentException("sheet " + sheetName + " would exceed Excel's limit of " + MAX_ROWS + " rows");
    }
    if (cells.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException("sheet " + sheetName + " would exceed Excel's limit of " + MAX_COLUMNS + " columns");
    }
    width = Math.max(width, cells.size());
    if (row == 0) {
      header = List.copyOf(cells);
    }
    for (int c = 0; c < cells.size(); c++) {
      Object v = cells.get(c);
      if (row == 0) {
        sheet.style(row, c).bold().set();
      }
      if (v instanceof String) {
        String s = (String) v;
        if (!s.isEmpty()) {
          check(s, c, cells);
          sheet.value(row, c, FormulaGuard.neutralise(s));
        }
      } else if (v instanceof Long || v instanceof Integer) {
        sheet.value(row, c, (Number) v);
      } else {
        sheet.value(row, c, new CellNumber(((Number) v).doubleValue()));
      }
    }
    row++;
  }

  /**
   * Refuses a text the sheet cannot hold. A control character is a {@link LosiValidationException} (the
   * data, not the program, is at fault) naming the cell, the column's header and the row's city id.
   */
  private void check(String s, int column, List<Object> cells) {
    String where = sheetName + "!" + XlsxTable.columnLetters(column) + (row + 1);
    if (s.length() + 1 > MAX_CELL_CHARS) {
      throw new IllegalArgumentException("cell " + where + " would hold " + s.length()
          + " characters; Excel cells hold at most " + (MAX_CELL_CHARS - 1) + " here (use JSON or CSV)");
    }
    int ch = XmlText.firstUnstorable(s);
    if (ch >= 0) {
      Problem.Builder p = Problem.builder().column(where).value(s).message(XmlText.unstorable(ch));
      if (row > 0 && column < header.size() && header.get(column) instanceof String name) {
        p.field(name);
        int city = header.indexOf(AssessmentColumns.CITY_ID);
        if (city >= 0 && city < cells.size() && city != column && cells.get(city) instanceof String id && !id.isBlank()) {
          p.city(id);
        }
      }
      throw new LosiValidationException(List.of(p.build()));
    }
  }

  @Override
  public void close() throws IOException {
    endSheet();
    workbook.finish();
    ReproducibleZip.rewrite(buffer.toByteArray(), target);
  }

  /**
   * A double as fastexcel writes a {@link Number} that is not a {@code Double}: by its {@code toString}, here
   * {@link NumberText#of(double)} (whole numbers below 2^53 as integers, else the shortest decimal). A {@code
   * Double} it would write with {@code StringBuilder.append(double)}, whose digits differ between Java 17 and
   * Java 19 and later for some values ({@code 9.999999999999999E22} for {@code 1e23}).
   */
  private static final class CellNumber extends Number {
    private final double value;

    CellNumber(double value) {
      this.value = value;
    }

    @Override
    public int intValue() {
      return (int) value;
    }

    @Override
    public long longValue() {
      return (long) value;
    }

    @Override
    public float floatValue() {
      return (float) value;
    }

    @Override
    public double doubleValue() {
      return value;
    }

    @Override
    public String toString() {
      return NumberText.of(value);
    }
  }
}
