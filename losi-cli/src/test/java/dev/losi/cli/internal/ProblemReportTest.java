package dev.losi.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hardening issue (#15) item 9: repeats of one rule print as one line with the count and first lines. */
class ProblemReportTest {

  private static Problem date(long line, String city) {
    return Problem.builder().source("a.csv").line(line).city(city).field("date").value("01.03.2025")
        .message("is not a date (YYYY-MM-DD)").build();
  }

  @Test
  void manyRepeatsOfOneRuleBecomeOneLine() {
    List<Problem> ps = new ArrayList<>();
    for (int i = 2; i <= 571; i++) {
      ps.add(date(i, "C" + (i % 7)));
    }
    ps.add(Problem.builder().source("a.csv").line(9).field("value").value("2").message("is not one of 1, 0, NA").build());
    List<String> lines = ProblemReport.lines(ps);
    // 570 date problems: the first in full, then 569 more with the next five line numbers.
    assertEquals(List.of(
        "a.csv:2: city \"C2\": date \"01.03.2025\" is not a date (YYYY-MM-DD) (and the same on 569 more lines: 3, 4, 5, 6, 7, ...)",
        "a.csv:9: value \"2\" is not one of 1, 0, NA"), lines);
  }

  @Test
  void fewRepeatsAndProblemsWithoutLinesStayAsTheyAre() {
    List<Problem> ps = List.of(date(3, "A"), Problem.of("holds no assessment"), date(4, "B"), date(5, "C"),
        Problem.of("holds no assessment"));
    assertEquals(ps.stream().map(Problem::toString).toList(), ProblemReport.lines(ps));
  }
}
