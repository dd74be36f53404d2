package dev.losi.stats;

import org.immutables.value.Value;

/**
 * A two-sided confidence interval {@code [lower, upper]} at a given confidence level, with the name of
 * the method that produced it (for example {@code "Fisher z"}, {@code "BCa bootstrap"}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /** {@return the lower bound} */
  public abstract double lower();

  /** {@return the upper bound, not below {@link #lower()}} */
  public abstract double upper();

  /** {@return the confidence level in (0, 1), for example 0.95} */
  public abstract double level();

  /** {@return how the interval was computed, for example {@code "Fisher z"} or {@code "percentile bootstrap, 1000 replicates"}} */
  public abstract String method();

  /**
   * An interval.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not below {@code lower}
   * @param level the confidence level in (0, 1)
   * @param method how the interval was computed
   * @return the interval
   */
  public static ConfidenceInterval of(double lower, double upper, double level, String method) {
    return ImmutableConfidenceInterval.builder().lower(lower).upper(upper).level(level).method(method).build();
  }

  /**
   * {@return true when {@code lower <= x <= upper}}
   *
   * @param x the value to test
   */
  public boolean contains(double x) {
    return lower() <= x && x <= upper();
  }

  @Value.Check
  void check() {
    if (Double.isNaN(lower()) || Double.isNaN(upper()) || lower() > upper()) {
      throw new IllegalArgumentException("need lower <= upper, got [" + lower() + ", " + upper() + "]");
    }
    if (!(level() > 0 && level() < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level());
    }
  }

  @Override
  public String toString() {
    return "[" + lower() + ", " + upper() + "] (" + Math.round(level() * 1000) / 10.0 + "% " + method() + ")";
  }
}
