package dev.losi.cli.internal;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.util.List;

/** Small helpers for building validation errors. */
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
}
