package dev.losi.stats.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The estimators reproduce the analytic indices of the two standard test functions of variance-based
 * sensitivity analysis. Source of both functions and of their analytic indices: A. Saltelli et al. (2008),
 * <em>Global Sensitivity Analysis: The Primer</em>, Wiley, section 4.9 (Ishigami, a = 7, b = 0.1) and
 * section 3.6 / 4.9 (Sobol g-function); the g-function is due to I. M. Sobol' (1993) and the coefficients
 * a = (0, 1, 4.5, 9, 99, 99, 99, 99) to A. Saltelli and I. M. Sobol' (1995), "About the use of rank
 * transformation in sensitivity analysis of model output", Reliab. Eng. Syst. Saf. 50, 225-239.
 *
 * <p>Tolerance: each estimate carries its Monte Carlo standard error (from N base samples); the test
 * requires |estimate - analytic| within 4 standard errors, and the standard error itself below a bound
 * that N = 2^14 must reach, so a wrong estimator cannot pass by being noisy.
 */
class PublishedTestFunctionsTest {

  private static final int N = 1 << 14;

  @Test
  void ishigamiAnalyticIndices() {
    double a = 7;
    double b = 0.1;
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    // Primer, eq. (4.34)-(4.36): V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2
    double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
    double v2 = a * a / 8;
    double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
    double[] s = {v1 / v, v2 / v, 0};
    double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
    // Published rounded values, Primer Table 4.6 / Saltelli et al. 2010: S = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244
    assertEquals(0.3139, s[0], 1e-4);
    assertEquals(0.4424, s[1], 1e-4);
    assertEquals(0.5576, st[0], 1e-4);
    assertEquals(0.2437, st[2], 1e-4);

    VarianceBasedSensitivity.Result r = VarianceBasedSensitivity.withBaseSamples(N).withSeed(20240101L)
        .analyseUniform(3, u -> {
          double x1 = -Math.PI + 2 * Math.PI * u[0];
          double x2 = -Math.PI + 2 * Math.PI * u[1];
          double x3 = -Math.PI + 2 * Math.PI * u[2];
          return Math.sin(x1) + a * Math.sin(x2) * Math.sin(x2) + b * Math.pow(x3, 4) * Math.sin(x1);
        });
    assertEquals((long) N * 5, r.modelRuns());
    assertEquals(v, r.variance(), 0.05 * v);
    for (int i = 0; i < 3; i++) {
      near(s[i], r.firstOrder().get(i), 0.02);
      near(st[i], r.total().get(i), 0.02);
    }
  }

  @Test
  void sobolGFunctionAnalyticIndices() {
    double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
    int k = a.length;
    double[] vi = new double[k];
    double prod = 1;
    for (int i = 0; i < k; i++) {
      vi[i] = 1.0 / (3 * (1 + a[i]) * (1 + a[i]));
      prod *= 1 + vi[i];
    }
    double v = prod - 1;
    VarianceBasedSensitivity.Result r = VarianceBasedSensitivity.withBaseSamples(N).withSeed(7L)
        .analyseUniform(k, u -> {
          double g = 1;
          for (int i = 0; i < k; i++) {
            g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
          }
          return g;
        });
    assertEquals((long) N * (k + 2), r.modelRuns());
    for (int i = 0; i < k; i++) {
      double s = vi[i] / v;
      double st = vi[i] * prod / (1 + vi[i]) / v;
      near(s, r.firstOrder().get(i), 0.03);
      near(st, r.total().get(i), 0.03);
    }
    // Published: S_1 = 0.716, S_2 = 0.179, S_3 = 0.0237, S_4 = 0.0072 (Primer, Table 4.9 rounding)
    assertEquals(0.716, vi[0] / v, 1e-3);
    assertEquals(0.179, vi[1] / v, 1e-3);
  }

  @Test
  void constantOutputIsUndefinedNotNaN() {
    VarianceBasedSensitivity.Result r = VarianceBasedSensitivity.withBaseSamples(16).analyseUniform(2, u -> 3.0);
    assertTrue(r.firstOrder().stream().noneMatch(Estimate::isDefined));
    assertTrue(r.total().stream().noneMatch(Estimate::isDefined));
  }

  @Test
  void sameSeedSameIndices() {
    VarianceBasedSensitivity v = VarianceBasedSensitivity.withBaseSamples(64).withSeed(3);
    assertEquals(v.analyseUniform(2, u -> u[0] + u[1] * u[1]), v.analyseUniform(2, u -> u[0] + u[1] * u[1]));
  }

  private static void near(double expected, Estimate e, double maxSe) {
    double se = e.standardError().orElseThrow();
    assertTrue(se < maxSe, "standard error " + se + " too large for N = " + N);
    assertEquals(expected, e.value(), 4 * se + 1e-12, e.toString());
  }
}
