package dev.losi.stats.correlation;

import dev.losi.stats.Estimate;
import java.util.Locale;

/**
 * The three correlation coefficients, with their key in reports and JSON ({@code pearson}, {@code spearman}, {@code kendall}).
 *
 * @since 0.1.0
 */
public enum CorrelationMethod {
  /** Pearson's product-moment r: see {@link Correlation#pearson(double[], double[])}. */
  PEARSON(Correlation.PEARSON),
  /** Spearman's rank correlation rho: see {@link Correlation#spearman(double[], double[])}. */
  SPEARMAN(Correlation.SPEARMAN),
  /** Kendall's tau-b: see {@link Correlation#kendall(double[], double[])}. */
  KENDALL(Correlation.KENDALL);

  private final String key;

  CorrelationMethod(String key) {
    this.key = key;
  }

  /** {@return the lower-case key: {@code pearson}, {@code spearman} or {@code kendall}} */
  public String key() {
    return key;
  }

  /**
   * {@return the coefficient with its p-value and 95% interval; same contract as the method in {@link Correlation}}
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   */
  public Estimate compute(double[] x, double[] y) {
    return switch (this) {
      case PEARSON -> Correlation.pearson(x, y);
      case SPEARMAN -> Correlation.spearman(x, y);
      case KENDALL -> Correlation.kendall(x, y);
    };
  }

  /** The point value only, for data already checked and not degenerate. */
  double value(double[] x, double[] y) {
    return switch (this) {
      case PEARSON -> Correlation.pearsonValue(x, y);
      case SPEARMAN -> Correlation.spearmanValue(x, y);
      case KENDALL -> Correlation.kendallValue(x, y);
    };
  }

  /**
   * Parses a key ({@code pearson}, {@code spearman}, {@code kendall}), ignoring case and surrounding blanks.
   *
   * @param text the key
   * @return the method
   * @throws IllegalArgumentException naming the accepted keys
   */
  public static CorrelationMethod parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (CorrelationMethod m : values()) {
      if (m.key.equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a correlation method (pearson, spearman, kendall)");
  }
}
