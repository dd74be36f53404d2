package dev.losi.stats.correlation;

import dev.losi.stats.Estimate;
import java.util.Objects;

/**
 * Pearson's r, Spearman's rho and Kendall's tau-b of the same paired data, with the number of pairs.
 * Each coefficient may be undefined (see {@link Correlation}). Immutable.
 *
 * <p>For a JSON report, each coefficient gives {@code estimate} ({@link Estimate#valueIfDefined()}),
 * {@code p_value} ({@link Estimate#pValue()}), {@code ci95} ({@link Estimate#confidenceInterval()}) and
 * {@code n} ({@link #n()}).
 */
public final class CorrelationSummary {

  private final int n;
  private final Estimate pearson;
  private final Estimate spearman;
  private final Estimate kendall;

  /**
   * @param n the number of pairs, &gt;= 0
   * @param pearson Pearson's r
   * @param spearman Spearman's rho
   * @param kendall Kendall's tau-b
   */
  public CorrelationSummary(int n, Estimate pearson, Estimate spearman, Estimate kendall) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    this.n = n;
    this.pearson = Objects.requireNonNull(pearson, "pearson");
    this.spearman = Objects.requireNonNull(spearman, "spearman");
    this.kendall = Objects.requireNonNull(kendall, "kendall");
  }

  /** The number of pairs the coefficients were computed from. */
  public int n() {
    return n;
  }

  /** Pearson's r. */
  public Estimate pearson() {
    return pearson;
  }

  /** Spearman's rho. */
  public Estimate spearman() {
    return spearman;
  }

  /** Kendall's tau-b. */
  public Estimate kendall() {
    return kendall;
  }

  /** The coefficient of the given method. */
  public Estimate get(CorrelationMethod method) {
    return switch (method) {
      case PEARSON -> pearson;
      case SPEARMAN -> spearman;
      case KENDALL -> kendall;
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorrelationSummary s && s.n == n && s.pearson.equals(pearson)
        && s.spearman.equals(spearman) && s.kendall.equals(kendall);
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, pearson, spearman, kendall);
  }

  @Override
  public String toString() {
    return "n = " + n + System.lineSeparator() + pearson + System.lineSeparator() + spearman
        + System.lineSeparator() + kendall;
  }
}
