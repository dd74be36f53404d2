package dev.losi.stats.correlation;

import dev.losi.core.internal.Checks;
import dev.losi.stats.Estimate;
import java.util.Locale;

/**
 * Pearson's r, Spearman's rho and Kendall's tau-b of the same paired data, with the number of pairs.
 * Each coefficient may be undefined (see {@link Correlation}). Immutable.
 *
 * <p>For a JSON report, each coefficient gives {@code estimate} ({@link Estimate#valueIfDefined()}),
 * {@code p_value} ({@link Estimate#pValue()}), {@code ci95} ({@link Estimate#confidenceInterval()}) and
 * {@code n} ({@link #n()}).
 *
 * @param n the number of pairs the coefficients were computed from, &gt;= 0
 * @param pearson Pearson's r
 * @param spearman Spearman's rho
 * @param kendall Kendall's tau-b
 * @since 0.1.0
 */
public record CorrelationSummary(int n, Estimate pearson, Estimate spearman, Estimate kendall) {

  /**
   * Checks that {@code n >= 0} and that no coefficient is null.
   *
   * @param n the number of pairs, {@code >= 0}
   * @param pearson Pearson's r
   * @param spearman Spearman's rho
   * @param kendall Kendall's tau-b
   */
  public CorrelationSummary {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    Checks.nonNull("pearson", pearson, "spearman", spearman, "kendall", kendall);
  }

  /**
   * {@return the coefficient of the given method}
   *
   * @param method the method
   */
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
   *
   * @return the table, one line per coefficient after a heading line
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
  public String toString() {
    return "n = " + n + System.lineSeparator() + pearson + System.lineSeparator() + spearman
        + System.lineSeparator() + kendall;
  }
}
