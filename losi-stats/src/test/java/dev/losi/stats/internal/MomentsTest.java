package dev.losi.stats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Moments} against hand computation. */
class MomentsTest {

  /**
   * {2, 4, 4, 4, 5, 5, 7, 9}: sum 40, mean 5; squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32;
   * sample standard deviation sqrt(32 / 7) = 2.1380899352993950.
   */
  @Test
  void handComputed() {
    double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
    assertEquals(5.0, Moments.mean(v), 0);
    assertEquals(32.0, Moments.sumOfSquares(v, 5.0), 0);
    assertEquals(2.1380899352993950, Moments.standardDeviation(v), 1e-15);
  }

  /** Two values a and b: mean (a + b) / 2, standard deviation |a - b| / sqrt(2). */
  @Test
  void twoValues() {
    double[] v = {0.25, 0.75};
    assertEquals(0.5, Moments.mean(v), 0);
    assertEquals(0.5 / Math.sqrt(2), Moments.standardDeviation(v), 1e-16);
  }
}
