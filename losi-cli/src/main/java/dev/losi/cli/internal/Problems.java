package dev.losi.cli.internal;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Small helpers for building validation errors.
 *
 * @since 0.1.0
 */
public final class Problems {

  private Problems() {}

  /** An exception carrying one problem. */
  public static LosiValidationException single(Problem problem) {
    return new LosiValidationException(List.of(problem));
  }

  /** An exception carrying one problem with only a message. */
  public static LosiValidationException single(String message) {
    return single(Problem.of(message));
  }

  /**
   * Runs a step on what was read from {@code file} (scoring, checking), naming the file in every problem
   * the step reports without one, as the readers name it: by its last name element, {@code -} for
   * standard input.
   */
  public static <T> T from(Path file, Supplier<T> step) {
    try {
      return step.get();
    } catch (LosiValidationException e) {
      Path name = file.getFileName();
      String source = name == null ? file.toString() : name.toString();
      List<Problem> named = e.problems().stream()
          .map(p -> p.source().isPresent() ? p : Problem.builder().from(p).source(source).build()).toList();
      throw new LosiValidationException(named, e.omitted());
    }
  }
}
