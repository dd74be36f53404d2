package dev.losi.core.testing;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.util.List;

/**
 * The problems of a {@link LosiValidationException} as the lines a user reads ({@link Problem#toString()}),
 * for the tests that assert every problem of a bad input at once (shared through losi-core's test-jar).
 */
public final class ProblemLines {

  private ProblemLines() {}

  /**
   * One line per problem, in the exception's order.
   *
   * @param e the exception
   * @return {@code e.problems()} as text
   */
  public static List<String> lines(LosiValidationException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }
}
