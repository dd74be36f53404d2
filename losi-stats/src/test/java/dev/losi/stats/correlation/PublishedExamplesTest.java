package dev.losi.stats.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import org.junit.jupiter.api.Test;

/** Printed outputs of R's cor.test and of scipy's docstring examples, to the digits printed. */
class PublishedExamplesTest {

  /**
   * R-help, 17 Oct 2014, "Difference betweeen cor.test() and formula everyone says to use"
   * (https://www.stat.math.ethz.ch/pipermail/r-help/2014-October/422635.html):
   * {@code with(cars[1:10, ], cor.test(speed, dist))} prints t = 2.3893, df = 8, p-value = 0.04391,
   * 95 percent confidence interval 0.02641348 0.90658582, cor 0.6453079.
   */
  @Test
  void rCarsFirstTenRows() {
    double[] speed = {4, 4, 7, 7, 8, 9, 10, 10, 10, 11};
    double[] dist = {2, 10, 4, 22, 16, 10, 18, 26, 34, 17};
    Estimate r = Correlation.pearson(speed, dist);
    assertEquals(0.6453079, r.value(), 5e-8);
    assertEquals(0.04391, r.pValue().getAsDouble(), 5e-6);
    ConfidenceInterval ci = r.confidenceInterval().orElseThrow();
    assertEquals(0.02641348, ci.lower(), 5e-9);
    assertEquals(0.90658582, ci.upper(), 5e-9);
  }

  /**
   * R's cor.test help page example (Hollander and Wolfe 1973, p. 187): Pearson t = 1.8411, df = 7,
   * p-value = 0.1082, CI -0.1497426 0.8955795, cor 0.5711816; Kendall with alternative "greater":
   * T = 26, p-value = 0.05972, tau 0.4444444 (exact), so the two-sided exact p is 2 x 0.05972.
   */
  @Test
  void rHelpPageHollanderWolfe() {
    double[] x = {44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1};
    double[] y = {2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8};
    Estimate r = Correlation.pearson(x, y);
    assertEquals(0.5711816, r.value(), 5e-8);
    assertEquals(0.1082, r.pValue().getAsDouble(), 5e-5);
    assertEquals(-0.1497426, r.confidenceInterval().orElseThrow().lower(), 5e-8);
    assertEquals(0.8955795, r.confidenceInterval().orElseThrow().upper(), 5e-8);
    Estimate tau = Correlation.kendall(x, y);
    assertEquals(0.4444444, tau.value(), 5e-8);
    assertEquals(2 * 0.05972, tau.pValue().getAsDouble(), 2 * 5e-6);
    // T = 26 concordant pairs of 36: tau = (26 - 10)/36.
    assertEquals(16.0 / 36, tau.value(), 1e-15);
  }

  /**
   * scipy.stats docstring examples (scipy/stats/_stats_py.py; spearmanr and pearsonr since scipy 0.x,
   * kendalltau with the tie-corrected asymptotic p-value of method='auto' for tied data):
   * spearmanr([1,2,3,4,5], [5,6,7,8,7]) = (0.82078268166812329, 0.088587005313543798);
   * pearsonr of the same = (0.83205029433784372, 0.080509573298498519);
   * kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) = (-0.47140452079103173, 0.2827454599327748).
   */
  @Test
  void scipyDocstringExamples() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {5, 6, 7, 8, 7};
    Estimate rho = Correlation.spearman(x, y);
    assertEquals(0.82078268166812329, rho.value(), 1e-15);
    assertEquals(0.088587005313543798, rho.pValue().getAsDouble(), 1e-13);
    Estimate r = Correlation.pearson(x, y);
    assertEquals(0.83205029433784372, r.value(), 1e-15);
    assertEquals(0.080509573298498519, r.pValue().getAsDouble(), 1e-13);
    Estimate tau = Correlation.kendall(new double[] {12, 2, 1, 12, 2}, new double[] {1, 4, 7, 1, 0});
    assertEquals(-0.47140452079103173, tau.value(), 1e-15);
    assertEquals(0.2827454599327748, tau.pValue().getAsDouble(), 1e-13);
  }
}
