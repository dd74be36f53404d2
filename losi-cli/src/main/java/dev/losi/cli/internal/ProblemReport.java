package dev.losi.cli.internal;

import dev.losi.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders problems for standard error, one line each, with repeats grouped: when more than
 * {@value #GROUP_OVER} problems of one file break the same rule (the same column, field, value and
 * message, on different lines), the first is printed in full, followed on the same line by the count and
 * the first few other line numbers, for example
 * {@code bad.csv:5: date "01.03.2025" is not a date (YYYY-MM-DD) (and the same on 569 more lines: 6, 7, 8, ...)}.
 * Problems keep the order of their first occurrence.
 *
 * <p>Remedies are given in the CLI's words: the library names its API in a remedy (for example
 * {@code use the COUNT_AS_ABSENT missing-answer policy}), and {@link #REMEDIES} maps each such phrase to
 * the option that does the same ({@code use --missing absent}). This one mapping is the only place the CLI
 * rewords a library message.
 */
public final class ProblemReport {

  /** Repeats of one rule up to this count are printed one per line. */
  static final int GROUP_OVER = 3;
  /** How many further line numbers a grouped line shows. */
  static final int LINES_SHOWN = 5;

  /** Library remedy phrase to CLI remedy phrase; each library phrase is a documented constant there. */
  static final Map<String, String> REMEDIES = Map.of(
      "use the COUNT_AS_ABSENT missing-answer policy", "use --missing absent",
      "accept user-assigned codes with the allowUserAssignedCountries read option",
      "accept user-assigned codes with --allow-user-assigned-countries");

  private ProblemReport() {}

  /** The problem with its remedy in the CLI's words (the problem itself when its message names none). */
  static Problem inCliWords(Problem p) {
    String m = p.message();
    for (Map.Entry<String, String> r : REMEDIES.entrySet()) {
      m = m.replace(r.getKey(), r.getValue());
    }
    return m.equals(p.message()) ? p : Problem.builder().from(p).message(m).build();
  }

  /**
   * The lines to print for these problems.
   *
   * @param found the problems, in the order found
   * @return one line per problem, or per group of repeats
   */
  public static List<String> lines(List<Problem> found) {
    List<Problem> problems = found.stream().map(ProblemReport::inCliWords).toList();
    Map<Object, List<Problem>> groups = new LinkedHashMap<>();
    for (Problem p : problems) {
      // Problems without a file and line are never grouped: each gets a key of its own.
      Object key = p.source().isPresent() && p.line().isPresent() ? Rule.of(p) : new Object();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    if (groups.values().stream().noneMatch(g -> g.size() > GROUP_OVER)) {
      return problems.stream().map(Problem::toString).toList();
    }
    List<String> out = new ArrayList<>();
    for (List<Problem> g : groups.values()) {
      if (g.size() > GROUP_OVER) {
        StringBuilder sb = new StringBuilder(g.get(0).toString());
        sb.append(" (and the same on ").append(g.size() - 1).append(" more lines: ");
        for (int i = 1; i < g.size() && i <= LINES_SHOWN; i++) {
          sb.append(i > 1 ? ", " : "").append(g.get(i).line().getAsLong());
        }
        sb.append(g.size() - 1 > LINES_SHOWN ? ", ...)" : ")");
        out.add(sb.toString());
      } else {
        g.forEach(p -> out.add(p.toString()));
      }
    }
    return out;
  }

  /** What makes two problems the same rule: all but the line and the city, assessor and indicator. */
  private record Rule(String source, String column, String field, String value, String message) {
    static Rule of(Problem p) {
      return new Rule(p.source().orElse(null), p.column().orElse(null), p.field().orElse(null),
          p.value().orElse(null), p.message());
    }
  }
}
