package dev.losi.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects {@link Problem}s while an input is read or a value is checked, so that all of them can be
 * reported together. Keeps at most {@link #cap()} problems and counts the rest.
 *
 * <p>Typical use: add problems as they are found, then call {@link #throwIfAny()} once at the end.
 *
 * <p>Not thread-safe: use one collector per reading or checking pass.
 *
 * @since 0.1.0
 */
public final class ProblemCollector {

  /** The default number of problems kept before the rest are only counted. */
  public static final int DEFAULT_CAP = 1000;

  private final int cap;
  private final List<Problem> problems = new ArrayList<>();
  private long omitted;

  /** A collector that keeps up to {@link #DEFAULT_CAP} problems. */
  public ProblemCollector() {
    this(DEFAULT_CAP);
  }

  /** @param cap how many problems to keep, at least 1; further problems are only counted */
  public ProblemCollector(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be >= 1, got " + cap);
    }
    this.cap = cap;
  }

  /** {@return how many problems this collector keeps before it only counts them} */
  public int cap() {
    return cap;
  }

  /**
   * Records a problem.
   *
   * @param problem the problem; kept while fewer than the cap are kept, else only counted
   * @return this collector
   */
  public ProblemCollector add(Problem problem) {
    if (problems.size() < cap) {
      problems.add(problem);
    } else {
      omitted++;
    }
    return this;
  }

  /**
   * Records a problem that has only a message.
   *
   * @param message what is wrong and what was expected
   * @return this collector
   */
  public ProblemCollector add(String message) {
    return add(Problem.of(message));
  }

  /**
   * Records every problem of another collector (kept and omitted).
   *
   * @param other the collector whose problems are added; unchanged
   * @return this collector
   */
  public ProblemCollector addAll(ProblemCollector other) {
    other.problems.forEach(this::add);
    omitted += other.omitted; // never materialised, so they can only be counted
    return this;
  }

  /**
   * Records every problem carried by an exception.
   *
   * @param e the exception whose problems (kept and omitted) are added
   * @return this collector
   */
  public ProblemCollector addAll(LosiValidationException e) {
    e.problems().forEach(this::add);
    omitted += e.omitted();
    return this;
  }

  /** {@return true when no problem has been recorded} */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** {@return the number of problems recorded, kept or not} */
  public long count() {
    return problems.size() + omitted;
  }

  /** {@return the problems kept so far, in the order found} */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Throws a {@link LosiValidationException} carrying every problem recorded, if there is any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new LosiValidationException(problems, omitted);
    }
  }
}
