package dev.losi.cli.internal;

import dev.losi.io.CsvFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangular result with named columns, rendered as an aligned text table or CSV.
 * Cells are strings already formatted by the caller; {@link #numeric(int...)} columns are right-aligned.
 */
public final class Tabular {

  /** CSV as the commands write it: comma, LF line ends (losi-io's RFC 4180 writer). */
  private static final CsvFormat CSV = CsvFormat.standard().withDelimiter(',').withLineSeparator("\n");

  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with these column names and no rows; every column is text until marked {@link #numeric(int...)}.
   *
   * @param header the column names, in order
   */
  public Tabular(List<String> header) {
    this.header = List.copyOf(header);
    this.numeric = new boolean[header.size()];
  }

  /**
   * Marks columns as numeric: right-aligned in text tables, and written to CSV without formula
   * neutralisation (so {@code -0.5} stays a number).
   *
   * @param columns zero-based column positions
   * @return this table
   * @throws ArrayIndexOutOfBoundsException if a position is not a column
   */
  public Tabular numeric(int... columns) {
    for (int c : columns) {
      numeric[c] = true;
    }
    return this;
  }

  /**
   * Adds a row.
   *
   * @param row the formatted cells, one per column
   * @return this table
   * @throws IllegalArgumentException if the row does not have one cell per column
   */
  public Tabular add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
    }
    rows.add(List.copyOf(row));
    return this;
  }

  /**
   * The number of rows added, not counting the header.
   *
   * @return the row count
   */
  public int size() {
    return rows.size();
  }

  /**
   * Renders aligned columns separated by two spaces, with a dashed rule under the header. Widths count
   * code points; line breaks and tabs in a cell become spaces, control characters are neutralised, and
   * trailing spaces are cut from each line.
   *
   * @return the table text, each line ending in {@code \n}
   */
  public String toText() {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = displayWidth(shown(header.get(c)));
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], displayWidth(shown(r.get(c))));
      }
    }
    StringBuilder sb = new StringBuilder();
    appendLine(sb, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    appendLine(sb, rule, width);
    for (List<String> r : rows) {
      appendLine(sb, r, width);
    }
    return sb.toString();
  }

  /** A cell as the terminal shows it: one line, control characters neutralised. */
  private static String shown(String cell) {
    return TerminalText.neutralise(cell.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
  }

  private void appendLine(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = shown(cells.get(c));
      int pad = width[c] - displayWidth(cell);
      if (c > 0) {
        line.append("  ");
      }
      if (numeric[c]) {
        line.append(" ".repeat(pad)).append(cell);
      } else {
        line.append(cell).append(" ".repeat(pad));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static int displayWidth(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * Renders RFC 4180 CSV with a header line and LF line ends; text cells (not {@link #numeric(int...)}
   * ones) are neutralised against formula injection.
   *
   * @return the CSV text, header first
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    sb.append(CSV.record(header.stream().map(CsvFormat::neutralise).toList()));
    for (List<String> r : rows) {
      List<String> cells = new ArrayList<>(r.size());
      for (int c = 0; c < r.size(); c++) {
        cells.add(numeric[c] ? r.get(c) : CsvFormat.neutralise(r.get(c)));
      }
      sb.append(CSV.record(cells));
    }
    return sb.toString();
  }
}
