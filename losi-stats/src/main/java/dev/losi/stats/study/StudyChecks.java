package dev.losi.stats.study;

import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;

/** Field checks for the study's input rows. Package-private. */
final class StudyChecks {

  private StudyChecks() {}

  static void name(ProblemCollector problems, Problem.Builder base, String field, String value) {
    if (value.isBlank()) {
      problems.add(Problem.builder().from(base.message("-").build()).field(field).value(value)
          .message("must not be blank").build());
    }
  }

  static void index(ProblemCollector problems, Problem.Builder base, String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      problems.add(Problem.builder().from(base.message("-").build()).field(field).value(NumberText.shortest(value))
          .message("is not an index value in [0, 1]").build());
    }
  }
}
