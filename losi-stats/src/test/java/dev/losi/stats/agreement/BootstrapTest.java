package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

/** The unit bootstrap of Krippendorff's alpha: reproducible, thread-count independent, sensible. */
class BootstrapTest {

  @Test
  void sameSeedSameResultWhateverTheThreads() {
    ReliabilityData d = PublishedExamplesTest.krippendorff2011();
    AlphaBootstrap one = KrippendorffAlpha.bootstrap(d, MeasurementLevel.INTERVAL, 1000, 42L, 1, 0.667, 0.8);
    AlphaBootstrap two = KrippendorffAlpha.bootstrap(d, MeasurementLevel.INTERVAL, 1000, 42L, 2, 0.667, 0.8);
    AlphaBootstrap four = KrippendorffAlpha.bootstrap(d, MeasurementLevel.INTERVAL, 1000, 42L, 4, 0.667, 0.8);
    assertArrayEquals(one.sortedReplicates(), two.sortedReplicates(), 0);
    assertArrayEquals(one.sortedReplicates(), four.sortedReplicates(), 0);
    assertEquals(one.probabilityBelow(), four.probabilityBelow());
    AlphaBootstrap other = KrippendorffAlpha.bootstrap(d, MeasurementLevel.INTERVAL, 1000, 43L, 0.667);
    assertTrue(one.standardError() != other.standardError());
    assertEquals(0.849, one.estimate().value(), 0.0005);
    assertTrue(one.estimate().confidenceInterval().orElseThrow().contains(0.849));
  }

  /**
   * Large, clearly reliable data (90% of ratings copy the true value): alpha is high, its bootstrap
   * interval is narrow around it, and the chance of falling below 0.667 is nil. The bootstrap SE must
   * be close to the spread of alpha over independent samples of the same process (a Monte Carlo check
   * of the resampling scheme: 200 independent data sets).
   */
  @Test
  void bootstrapSpreadMatchesSamplingSpread() {
    int units = 400;
    ReliabilityData d = simulate(new Random(7), units);
    AlphaBootstrap b = KrippendorffAlpha.bootstrap(d, MeasurementLevel.NOMINAL, 2000, 1L, 0.667, 0.8);
    assertEquals(0.0, b.probabilityBelow().get(0.667), 0);
    double[] alphas = new double[200];
    Random rnd = new Random(99);
    for (int i = 0; i < alphas.length; i++) {
      alphas[i] = KrippendorffAlpha.estimate(simulate(rnd, units), MeasurementLevel.NOMINAL).value();
    }
    double sd = new StandardDeviation().evaluate(alphas); // Commons Math: the sample SD, n - 1 in the denominator
    assertEquals(sd, b.standardError(), 0.3 * sd, "bootstrap SE " + b.standardError() + " vs sampling SD " + sd);
  }

  private static ReliabilityData simulate(Random rnd, int units) {
    int[][] r = new int[units][3];
    for (int u = 0; u < units; u++) {
      int truth = rnd.nextInt(3);
      for (int k = 0; k < 3; k++) {
        r[u][k] = rnd.nextDouble() < 0.9 ? truth : rnd.nextInt(3);
      }
    }
    return ReliabilityData.of(Scale.nominal("a", "b", "c"), r);
  }
}
