package dev.losi.io;

import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.FormulaGuard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cells and header checks shared by every table reader (assessments, instruments, adjustments): header
 * names mapped to positions with repeated names reported, and cell text un-neutralised (a leading
 * apostrophe added against formula injection is removed again).
 */
final class Cells {

  private Cells() {}

  /** The text of {@code column} in {@code row}; empty when the header lacks the column. */
  static String text(List<String> row, Map<String, Integer> cols, String column) {
    Integer i = cols.get(column);
    return i == null ? "" : FormulaGuard.restore(row.get(i));
  }

  /** The text of the cell at a 0-based position; empty for a negative position (a column not present). */
  static String cell(List<String> row, int column) {
    return column < 0 ? "" : FormulaGuard.restore(row.get(column));
  }

  /** Maps header names to positions; reports duplicates. Header cells are un-neutralised. */
  static Map<String, Integer> header(Table t, List<String> header, ProblemCollector problems) {
    Map<String, Integer> cols = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = FormulaGuard.restore(header.get(i));
      if (cols.putIfAbsent(name, i) != null) {
        problems.add(t.at(i).field("header").value(name).message("appears more than once in the header").build());
      }
    }
    return cols;
  }

  /** The constant whose name is exactly {@code text} (case and white space count), or null. */
  static <E extends Enum<E>> E named(E[] constants, String text) {
    for (E e : constants) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    return null;
  }
}
