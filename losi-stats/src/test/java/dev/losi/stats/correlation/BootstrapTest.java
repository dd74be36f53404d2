package dev.losi.stats.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  /** Bivariate normal pairs with correlation rho, from a seeded Box-Muller. */
  static double[][] normalPairs(int n, double rho, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double u1 = 1 - r.nextDouble();
      double u2 = r.nextDouble();
      double z1 = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      double z2 = Math.sqrt(-2 * Math.log(u1)) * Math.sin(2 * Math.PI * u2);
      x[i] = z1;
      y[i] = rho * z1 + Math.sqrt(1 - rho * rho) * z2;
    }
    return new double[][] {x, y};
  }

  /** The resampled statistics rebuilt here with Commons Math's correlation (a second implementation). */
  static double[] replicates(double[] x, double[] y, int b, long seed, boolean spearman) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int n = x.length;
    double[] reps = new double[b];
    for (int k = 0; k < b; k++) {
      double[] bx = new double[n];
      double[] by = new double[n];
      for (int j = 0; j < n; j++) {
        int i = rng.nextInt(n);
        bx[j] = x[i];
        by[j] = y[i];
      }
      reps[k] = spearman ? new SpearmansCorrelation().correlation(bx, by) : new PearsonsCorrelation().correlation(bx, by);
    }
    return reps;
  }

  /** Percentile interval = Commons Math's R-7 percentiles of the same resamples. */
  @Test
  void percentileMatchesSecondImplementation() {
    double[][] xy = normalPairs(120, 0.5, 1);
    Estimate e = Bootstrap.of(1000, 42).withKind(Bootstrap.Kind.PERCENTILE).interval(xy[0], xy[1], CorrelationMethod.PEARSON);
    double[] reps = replicates(xy[0], xy[1], 1000, 42, false);
    Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    ConfidenceInterval ci = e.confidenceInterval().orElseThrow();
    assertEquals(pct.evaluate(reps, 2.5), ci.lower(), 1e-12);
    assertEquals(pct.evaluate(reps, 97.5), ci.upper(), 1e-12);
    assertEquals(Correlation.pearson(xy[0], xy[1]).value(), e.value(), 0);
    assertEquals(Correlation.pearson(xy[0], xy[1]).pValue(), e.pValue());
    double mean = Arrays.stream(reps).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(reps).map(v -> (v - mean) * (v - mean)).sum() / (reps.length - 1));
    assertEquals(sd, e.standardError().getAsDouble(), 1e-12);
  }

  /**
   * BCa (Efron 1987): z0 = Phi^-1(share of replicates below the estimate), a from the jackknife,
   * recomputed here with Commons Math's Spearman and normal distribution.
   */
  @Test
  void bcaMatchesSecondImplementation() {
    double[][] xy = normalPairs(80, 0.3, 7);
    double[] x = xy[0];
    double[] y = xy[1];
    Estimate e = Bootstrap.of(2000, 2024).interval(x, y, CorrelationMethod.SPEARMAN);
    double theta = new SpearmansCorrelation().correlation(x, y);
    double[] reps = replicates(x, y, 2000, 2024, true);
    double below = Arrays.stream(reps).filter(v -> v < theta).count() + Arrays.stream(reps).filter(v -> v == theta).count() / 2.0;
    NormalDistribution nd = new NormalDistribution(0, 1);
    double z0 = nd.inverseCumulativeProbability(below / reps.length);
    int n = x.length;
    double[] jack = new double[n];
    for (int i = 0; i < n; i++) {
      double[] jx = new double[n - 1];
      double[] jy = new double[n - 1];
      for (int j = 0, k = 0; j < n; j++) {
        if (j != i) {
          jx[k] = x[j];
          jy[k++] = y[j];
        }
      }
      jack[i] = new SpearmansCorrelation().correlation(jx, jy);
    }
    double jm = Arrays.stream(jack).average().orElseThrow();
    double num = Arrays.stream(jack).map(v -> Math.pow(jm - v, 3)).sum();
    double den = Arrays.stream(jack).map(v -> Math.pow(jm - v, 2)).sum();
    double a = num / (6 * Math.pow(den, 1.5));
    double zl = nd.inverseCumulativeProbability(0.025);
    double zu = nd.inverseCumulativeProbability(0.975);
    double p1 = nd.cumulativeProbability(z0 + (z0 + zl) / (1 - a * (z0 + zl)));
    double p2 = nd.cumulativeProbability(z0 + (z0 + zu) / (1 - a * (z0 + zu)));
    Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    ConfidenceInterval ci = e.confidenceInterval().orElseThrow();
    assertEquals(pct.evaluate(reps, 100 * p1), ci.lower(), 1e-9);
    assertEquals(pct.evaluate(reps, 100 * p2), ci.upper(), 1e-9);
    assertTrue(ci.method().startsWith("BCa bootstrap"), ci.method());
    assertTrue(ci.method().contains("2000 resamples, seed 2024"), ci.method());
  }

  @Test
  void reproducibleForASeedAndCloseToFisherForNormalData() {
    double[][] xy = normalPairs(400, 0.6, 3);
    Bootstrap b = Bootstrap.of(1000, 99);
    for (CorrelationMethod m : CorrelationMethod.values()) {
      Estimate first = b.interval(xy[0], xy[1], m);
      assertEquals(first, b.interval(xy[0], xy[1], m), m.key());
      assertNotEquals(first.confidenceInterval(), Bootstrap.of(1000, 100).interval(xy[0], xy[1], m).confidenceInterval());
      ConfidenceInterval analytic = m.compute(xy[0], xy[1]).confidenceInterval().orElseThrow();
      ConfidenceInterval boot = first.confidenceInterval().orElseThrow();
      assertEquals(analytic.lower(), boot.lower(), 0.03, m.key());
      assertEquals(analytic.upper(), boot.upper(), 0.03, m.key());
    }
  }

  @Test
  void allThreeEqualSeparateRuns() {
    double[][] xy = ReferenceData.ties(60);
    Bootstrap b = Bootstrap.of(300, 5).withKind(Bootstrap.Kind.PERCENTILE);
    CorrelationSummary s = b.all(xy[0], xy[1]);
    assertEquals(60, s.n());
    for (CorrelationMethod m : CorrelationMethod.values()) {
      assertEquals(b.interval(xy[0], xy[1], m), s.get(m));
    }
  }

  @Test
  void quantileIsType7() {
    assertEquals(2.5, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.5), 0);
    assertEquals(1.3, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.1), 1e-15);
    assertEquals(4, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 1), 0);
  }

  @Test
  void degenerateCases() {
    Estimate tooSmall = Bootstrap.of(200, 1).interval(new double[] {0, 0, 1}, new double[] {0, 1, 1},
        CorrelationMethod.PEARSON);
    assertFalse(tooSmall.isDefined());
    assertTrue(tooSmall.undefinedReason().orElseThrow().contains("bootstrap resamples had a constant x or y"),
        tooSmall.toString());
    Estimate constant = Bootstrap.of(200, 1).interval(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4},
        CorrelationMethod.KENDALL);
    assertEquals("x is constant (every value is 1.0)", constant.undefinedReason().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(10, 1));
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(1000, 1).withLevel(1));
  }
}
