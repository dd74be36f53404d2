package dev.losi.stats.study;

import dev.losi.core.internal.Checks;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The ordinary least-squares line LOSI = intercept + slope × OSI over the joined cities.
 *
 * <p>With S<sub>xx</sub> = Σ(x-x̄)², S<sub>xy</sub> = Σ(x-x̄)(y-ȳ): slope b = S<sub>xy</sub>/S<sub>xx</sub>,
 * intercept a = ȳ - b x̄, residual standard error s = sqrt(Σ(y - a - bx)²/(n-2)),
 * se(b) = s/sqrt(S<sub>xx</sub>), se(a) = s sqrt(1/n + x̄²/S<sub>xx</sub>); 95% intervals b ± t<sub>0.975,n-2</sub> se(b)
 * and two-sided p-values of t = b/se(b), a/se(a) with n-2 degrees of freedom (classical normal linear
 * model, e.g. Draper and Smith, Applied Regression Analysis, ch. 1). R² = 1 - SSE/S<sub>yy</sub>.
 *
 * <p>Undefined (with the reason) when n &lt; 3 or every city has the same OSI; R² is undefined when every
 * city has the same LOSI.
 *
 * @param n the number of cities
 * @param intercept a, in LOSI units
 * @param slope b, LOSI units per OSI unit
 * @param rSquared the share of LOSI variance explained
 * @param residualStandardError s in LOSI units; empty when the line is undefined
 *
 * @since 0.1.0
 */
public record RegressionLine(int n, Estimate intercept, Estimate slope, Estimate rSquared,
    OptionalDouble residualStandardError) {

  /**
   * Checks that no component is null.
   *
   * @param n the number of cities
   * @param intercept a, in LOSI units
   * @param slope b, LOSI units per OSI unit
   * @param rSquared the share of LOSI variance explained
   * @param residualStandardError s in LOSI units
   */
  public RegressionLine {
    Checks.nonNull("intercept", intercept, "slope", slope, "rSquared", rSquared,
        "residualStandardError", residualStandardError);
  }

  /** {@return true when the line could be fitted} */
  public boolean isDefined() {
    return slope.isDefined();
  }

  /**
   * The fitted LOSI at the given OSI, when the line is defined.
   *
   * @param osi an OSI value
   * @return {@code intercept + slope * osi}, or empty when the line is undefined
   */
  public OptionalDouble fitted(double osi) {
    return isDefined() ? OptionalDouble.of(intercept.value() + slope.value() * osi) : OptionalDouble.empty();
  }

  /**
   * Fits the line of y on x.
   *
   * @param x OSI values
   * @param y LOSI values, same length
   * @return the least-squares line, undefined (with the reason) for fewer than 3 points or a constant x
   * @throws IllegalArgumentException for unequal lengths or a non-finite value
   */
  public static RegressionLine fit(double[] x, double[] y) {
    int n = x.length;
    if (y.length != n) {
      throw new IllegalArgumentException("x has " + n + " values but y has " + y.length);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("pair " + (i + 1) + " is not finite: x " + x[i] + ", y " + y[i]);
      }
    }
    String reason = null;
    if (n < 3) {
      reason = "n = " + n + " < 3: a line with inference needs at least 3 cities";
    } else {
      boolean constant = true;
      for (double v : x) {
        constant &= v == x[0];
      }
      if (constant) {
        reason = "every city has the same OSI (" + x[0] + "), so the slope is undefined";
      }
    }
    if (reason != null) {
      return new RegressionLine(n, Estimate.undefined("intercept", reason), Estimate.undefined("slope", reason),
          Estimate.undefined("r_squared", reason), OptionalDouble.empty());
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
      syy += (y[i] - my) * (y[i] - my);
    }
    double b = sxy / sxx;
    double a = my - b * mx;
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double e = y[i] - a - b * x[i];
      sse += e * e;
    }
    int df = n - 2;
    double s = Math.sqrt(sse / df);
    double seB = s / Math.sqrt(sxx);
    double seA = s * Math.sqrt(1.0 / n + mx * mx / sxx);
    TDistribution t = TDistribution.of(df);
    double q = t.inverseSurvivalProbability(0.025);
    String method = "t, " + df + " df";
    Estimate slope = Estimate.builder("slope", b).standardError(seB)
        .confidenceInterval(ConfidenceInterval.of(b - q * seB, b + q * seB, 0.95, method))
        .pValue(pValue(t, b, seB)).build();
    Estimate intercept = Estimate.builder("intercept", a).standardError(seA)
        .confidenceInterval(ConfidenceInterval.of(a - q * seA, a + q * seA, 0.95, method))
        .pValue(pValue(t, a, seA)).build();
    Estimate r2 = syy > 0 ? Estimate.of("r_squared", Math.max(0, Math.min(1, 1 - sse / syy)))
        : Estimate.undefined("r_squared", "every city has the same LOSI (" + y[0] + ")");
    return new RegressionLine(n, intercept, slope, r2, OptionalDouble.of(s));
  }

  /** One line: {@code LOSI = 0.4390 + 0.4541 × OSI (se 0.1799, 95% CI [0.0581, 0.8502], p 0.02828), R² 0.3667, n 13}, or the reason it is undefined. */
  @Override
  public String toString() {
    if (!isDefined()) {
      return "line undefined: " + slope.undefinedReason().orElseThrow();
    }
    ConfidenceInterval ci = slope.confidenceInterval().orElseThrow();
    return String.format(java.util.Locale.ROOT, "LOSI = %.4f + %.4f × OSI (se %.4f, 95%% CI [%.4f, %.4f], p %.4g), R² %s, n %d",
        intercept.value(), slope.value(), slope.standardError().getAsDouble(), ci.lower(), ci.upper(),
        slope.pValue().getAsDouble(), rSquared.isDefined() ? String.format(java.util.Locale.ROOT, "%.4f", rSquared.value())
            : "undefined", n);
  }

  private static double pValue(TDistribution t, double value, double se) {
    if (se == 0) {
      return value == 0 ? 1.0 : 0.0;
    }
    return Math.min(1.0, 2 * t.survivalProbability(Math.abs(value / se)));
  }
}
