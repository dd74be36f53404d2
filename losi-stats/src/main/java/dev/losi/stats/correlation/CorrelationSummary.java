package dev.losi.stats.correlation;

import dev.losi.stats.Estimate;
import java.util.Locale;
import java.util.Objects;

/**
 * Pearson's r, Spearman's rho and Kendall's tau-b of the same paired data, with the number of pairs.
 * Each coefficient may be undefined (see {@link Correlation}). Immutable.
 *
 * <p>For a JSON report, each coefficient gives {@code estimate} ({@link Estimate#valueIfDefined()}),
 * {@code p_value} ({@link Estimate#pValue()}), {@code ci95} ({@link Estimate#confidenceInterval()}) and
 * {@code n} ({@link #n()}).
 *
 * @since 0.1.0
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

  /**
   * A plain-text table, one row per coefficient: method, estimate, 95% interval, p-value, n; undefined
   * coefficients show their reason. For example:
   *
   * <pre>
   * method      estimate  95% CI                p-value      n
   * pearson       0.5712  [-0.1497, 0.8956]     0.1082       9
   * </pre>
   */
  public String toTable() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s %9s  %-20s %-11s %s%n", "method", "estimate",
        "95% CI", "p-value", "n"));
    for (Estimate e : new Estimate[] {pearson, spearman, kendall}) {
      sb.append(row(e, n));
    }
    return sb.toString();
  }

  static String row(Estimate e, int n) {
    if (!e.isDefined()) {
      return String.format(Locale.ROOT, "%-10s undefined: %s%n", e.statistic(), e.undefinedReason().orElseThrow());
    }
    String ci = e.confidenceInterval().map(c -> String.format(Locale.ROOT, "[%.4f, %.4f]", c.lower(), c.upper()))
        .orElse("");
    String p = e.pValue().isPresent() ? String.format(Locale.ROOT, "%.4g", e.pValue().getAsDouble()) : "";
    return String.format(Locale.ROOT, "%-10s %9.4f  %-20s %-11s %d%n", e.statistic(), e.value(), ci, p, n);
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
