package dev.losi.io.internal;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal, not API: the header checks of the small CSV tables of losi-io that have a fixed set of columns
 * (edition mappings, plan efforts and uptake), and the report of the parser's syntax problems.
 *
 * @since 0.1.0
 */
public final class CsvHeader {

  private CsvHeader() {}

  /**
   * The position of each known column in a header. Reports, on line 1, every unknown or repeated column and
   * every one of the first {@code required} known columns that is missing; an absent header (an empty input)
   * is reported and thrown at once, with whatever was collected before.
   *
   * @param names the header as read; null when the input is empty
   * @param known the columns the table may have, the required ones first
   * @param required how many of {@code known} are required
   * @param source the name of the input in problems
   * @param problems where problems are collected
   * @return the column index of each known column present
   */
  public static Map<String, Integer> columns(List<String> names, List<String> known, int required, String source,
      ProblemCollector problems) {
    if (names == null) {
      problems.add(Problem.builder().source(source).message("is empty: expected the header " + String.join(",", known))
          .build());
      problems.throwIfAny();
    }
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!known.contains(name)) {
        problems.add(Problem.builder().source(source).line(1).column(name)
            .message("is not a known column (expected " + String.join(", ", known) + ")").build());
      } else if (col.putIfAbsent(name, i) != null) {
        problems.add(Problem.builder().source(source).line(1).column(name).message("is given more than once").build());
      }
    }
    for (String r : known.subList(0, required)) {
      if (!col.containsKey(r)) {
        problems.add(Problem.builder().source(source).line(1).column(r).message("is missing from the header").build());
      }
    }
    return col;
  }

  /**
   * Checks the record just read: adds the syntax problems the parser found in it, then, when its number of
   * fields differs from the header's, a problem on its line.
   *
   * @return true when the record has the header's number of fields
   */
  public static boolean record(CsvParser p, List<String> row, int width, String source, ProblemCollector problems) {
    syntax(p, source, problems);
    if (row.size() != width) {
      problems.add(Problem.builder().source(source).line(p.recordLine())
          .message("has " + row.size() + " fields, the header has " + width).build());
      return false;
    }
    return true;
  }

  /** Adds the syntax problems the parser found in the record just read, each on its line. */
  public static void syntax(CsvParser p, String source, ProblemCollector problems) {
    for (CsvParser.SyntaxProblem s : p.syntaxProblems()) {
      problems.add(Problem.builder().source(source).line(s.line()).message(s.message()).build());
    }
  }
}
