package dev.losi.io;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The cells of one data row of a table being read (CSV or sheet), with the checks the table readers share:
 * each problem is placed at the cell's column, names the column as its field and, when the row describes an
 * indicator, that indicator. Remembers whether any cell check failed ({@link #ok()}). Not thread-safe.
 */
final class RowCells {

  private final Table t;
  private final Map<String, Integer> cols;
  private final List<String> row;
  private final ProblemCollector problems;
  private final String indicator;
  private boolean ok = true;

  /** The cells of {@code row}; {@code indicator} is named in every problem, or null for none. */
  RowCells(Table t, Map<String, Integer> cols, List<String> row, ProblemCollector problems, String indicator) {
    this.t = t;
    this.cols = cols;
    this.row = row;
    this.problems = problems;
    this.indicator = indicator;
  }

  /** The text of {@code column}; empty when the header lacks the column. */
  String text(String column) {
    return Cells.text(row, cols, column);
  }

  /** A problem builder at {@code column} (the first column when the header lacks it), naming it as the field. */
  Problem.Builder at(String column) {
    Problem.Builder b = t.at(cols.getOrDefault(column, 0)).field(column);
    return indicator == null ? b : b.indicator(indicator);
  }

  /** Reports {@code message} about {@code value} in {@code column}; the row is then not {@link #ok()}. */
  void problem(String column, String value, String message) {
    problems.add(at(column).value(value).message(message).build());
    ok = false;
  }

  /** The constant named exactly by the cell, or null (reported as "is not one of [...]"). */
  <E extends Enum<E>> E constant(String column, E[] constants) {
    String text = text(column);
    E e = Cells.named(constants, text);
    if (e == null) {
      problem(column, text, "is not one of " + Arrays.toString(constants));
    }
    return e;
  }

  /**
   * The number in the cell; {@code blank} for an empty cell; null when it is not a number, reported as
   * "is not a number (use a dot as decimal separator{@code hint})", or when a double cannot hold it
   * ({@code 1e400}), reported as {@link Numbers#OUT_OF_RANGE}.
   */
  Double number(String column, Double blank, String hint) {
    String text = text(column);
    if (text.isEmpty()) {
      return blank;
    }
    Double d = Numbers.parse(text);
    if (d == null) {
      problem(column, text, text.length() <= Numbers.MAX_NUMBER_CHARS && Numbers.isDecimal(text) ? Numbers.OUT_OF_RANGE
          : "is not a number (use a dot as decimal separator" + hint + ")");
    }
    return d;
  }

  /** True when no cell check of this row failed. */
  boolean ok() {
    return ok;
  }
}
