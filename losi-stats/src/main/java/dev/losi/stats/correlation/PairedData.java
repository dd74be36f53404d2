package dev.losi.stats.correlation;

import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.Objects;

/** Input checks shared by the correlation statistics. Package-private. */
final class PairedData {

  private PairedData() {}

  /**
   * Checks that x and y are non-null, of equal length and finite.
   *
   * @throws NullPointerException if an array is null
   * @throws dev.losi.core.LosiValidationException listing every problem found
   */
  static void check(double[] x, double[] y) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    ProblemCollector problems = new ProblemCollector();
    if (x.length != y.length) {
      problems.add(Problem.builder().field("y")
          .message("has " + y.length + " values but x has " + x.length + "; paired data need equal lengths").build());
    }
    nonFinite(problems, "x", x);
    nonFinite(problems, "y", y);
    problems.throwIfAny();
  }

  private static void nonFinite(ProblemCollector problems, String name, double[] v) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        problems.add(Problem.builder().line(i + 1).field(name).value(NumberText.shortest(v[i]))
            .message("(pair " + (i + 1) + " of " + v.length + ") is not a finite number; remove or impute it first")
            .build());
      }
    }
  }

  /** True when every value equals the first (with -0.0 == 0.0). */
  static boolean isConstant(double[] v) {
    double first = v[0];
    for (double d : v) {
      if (d != first) {
        return false;
      }
    }
    return true;
  }
}
