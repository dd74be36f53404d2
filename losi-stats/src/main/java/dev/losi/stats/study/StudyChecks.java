package dev.losi.stats.study;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.Optional;
import java.util.OptionalLong;

/** Field checks for the study's input rows. Package-private. */
final class StudyChecks {

  private StudyChecks() {}

  /** The start of every problem of one row: its source and line, when known. */
  static Problem.Builder at(Optional<String> source, OptionalLong line) {
    Problem.Builder base = Problem.builder();
    source.ifPresent(base::source);
    line.ifPresent(base::line);
    return base;
  }

  static void name(ProblemCollector problems, Problem.Builder base, String field, String value) {
    if (value.isBlank()) {
      problems.add(Problem.builder().from(base.message("-").build()).field(field).value(value)
          .message("must not be blank").build());
    }
  }

  static void index(ProblemCollector problems, Problem.Builder base, String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      problems.add(Problem.builder().from(base.message("-").build()).field(field).value(Double.toString(value))
          .message("is not an index value in [0, 1]").build());
    }
  }
}
