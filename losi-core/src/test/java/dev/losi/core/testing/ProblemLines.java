package dev.losi.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

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

  /**
   * Asserts that {@code call} is refused with exactly these problems, in this order.
   *
   * @param call the read (or other call) that must throw a {@link LosiValidationException}
   * @param expected every problem line, as {@link #lines} gives them
   * @return the exception, for further assertions
   */
  public static LosiValidationException assertProblems(Executable call, String... expected) {
    LosiValidationException e = assertThrows(LosiValidationException.class, call);
    assertEquals(List.of(expected), lines(e));
    return e;
  }
}
