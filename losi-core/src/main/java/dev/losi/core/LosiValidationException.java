package dev.losi.core;

import java.util.List;

/**
 * Thrown when an input or a value under construction breaks one or more rules. It carries every
 * problem that was found, not just the first, so a user can fix a file in one pass.
 *
 * <p>{@link #getMessage()} lists the problems one per line. When more problems were found than a
 * collector's cap allowed it to keep, {@link #omitted()} says how many were left out.
 *
 * @since 0.1.0
 */
public final class LosiValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  /** How many further problems were found but not kept (0 or more); serialized. */
  private final long omitted;

  /**
   * @param problems the problems found, at least one
   * @param omitted how many further problems were found but not kept (0 or more)
   */
  public LosiValidationException(List<Problem> problems, long omitted) {
    super(render(problems, omitted));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one problem");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must be >= 0, got " + omitted);
    }
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  /** @param problems the problems found, at least one */
  public LosiValidationException(List<Problem> problems) {
    this(problems, 0);
  }

  /** {@return the problems kept, in the order they were found. Never empty} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return how many further problems were found beyond those in {@link #problems()}} */
  public long omitted() {
    return omitted;
  }

  /** {@return the total number of problems found: {@code problems().size() + omitted()}} */
  public long total() {
    return problems.size() + omitted;
  }

  private static String render(List<Problem> problems, long omitted) {
    long total = problems.size() + omitted;
    StringBuilder sb = new StringBuilder();
    sb.append(total).append(total == 1 ? " problem" : " problems").append(':');
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    if (omitted > 0) {
      sb.append(System.lineSeparator()).append("  ... and ").append(omitted).append(" more");
    }
    return sb.toString();
  }
}
