package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.internal.Streams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The cluster bootstrap of Cohen's kappa against an independent resampling written here: the same seed
 * scheme and cluster draws, kappa computed from the 2x2 table by hand ((p_o - p_e) / (1 - p_e)), and the
 * percentile interval by Commons Math's {@link Percentile} with the R_7 estimation type.
 */
class ClusterBootstrapTest {

  private static final int CITIES = 15;
  private static final int ITEMS = 12;

  @Test
  void cohenKappaIntervalEqualsIndependentResampling() {
    List<String> city = new ArrayList<>();
    int[][] ratings = clustered(11L, 0.85, city);
    ReliabilityData data = ReliabilityData.of(Scale.LOSI_BINARY, ratings);
    long seed = 20241201L;
    int replicates = 400;
    ClusterBootstrap.Result r = ClusterBootstrap.withReplicates(replicates).withSeed(seed).withThreads(2)
        .run(data, city, d -> Agreement.cohenKappa(d).estimate(), -1, 1);

    double[] kappas = new double[replicates];
    int defined = 0;
    for (int b = 0; b < replicates; b++) {
      double[][] table = resampledTable(ratings, seed, b);
      double po = observed(table);
      double pe = chance(table);
      if (pe < 1) {
        kappas[defined++] = (po - pe) / (1 - pe);
      }
    }
    double[] used = java.util.Arrays.copyOf(kappas, defined);
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    ConfidenceIntervalCheck.equal(p.evaluate(used, 2.5), p.evaluate(used, 97.5),
        r.bootstrap().orElseThrow().interval().lower(), r.bootstrap().orElseThrow().interval().upper());
    assertEquals(replicates - defined, r.undefinedReplicates());
    assertEquals(CITIES, r.clusters());
    assertTrue(r.analytic().orElseThrow().interval().method().endsWith("(assumes independent items)"));
    // Clustering widens the interval beyond the analytic one that treats 180 items as independent.
    double bootWidth = r.bootstrap().get().interval().upper() - r.bootstrap().get().interval().lower();
    double analyticWidth = r.analytic().get().interval().upper() - r.analytic().get().interval().lower();
    assertTrue(bootWidth > 0 && analyticWidth > 0);
  }

  @Test
  void sameForAnyThreadCount() {
    int[][] ratings = new int[40][];
    List<String> city = new ArrayList<>();
    for (int u = 0; u < 40; u++) {
      ratings[u] = new int[] {u % 3 == 0 ? 1 : 0, u % 5 == 0 ? 1 : 0};
      city.add("C" + (u / 4));
    }
    ReliabilityData data = ReliabilityData.of(Scale.LOSI_BINARY, ratings);
    ClusterBootstrap b = ClusterBootstrap.withReplicates(300).withSeed(3);
    assertEquals(b.withThreads(1).run(data, city, d -> Agreement.cohenKappa(d).estimate(), -1, 1),
        b.withThreads(3).run(data, city, d -> Agreement.cohenKappa(d).estimate(), -1, 1));
  }

  /** Near-perfect agreement on few items: the analytic kappa interval passes 1 and is clipped, with the flag. */
  @Test
  void intervalsAreClippedToTheRangeWithAFlag() {
    int[][] ratings = new int[24][];
    List<String> city = new ArrayList<>();
    for (int u = 0; u < 24; u++) {
      int a = u % 2;
      ratings[u] = new int[] {a, u == 0 ? 1 - a : a};
      city.add("C" + (u / 6));
    }
    ReliabilityData data = ReliabilityData.of(Scale.LOSI_BINARY, ratings);
    ClusterBootstrap.Result r = ClusterBootstrap.withReplicates(200).run(data, city,
        d -> Agreement.cohenKappa(d).estimate(), -1, 1);
    double raw = r.point().confidenceInterval().orElseThrow().upper();
    assertTrue(raw > 1, "the unclipped analytic upper bound exceeds 1: " + raw);
    assertTrue(r.analytic().orElseThrow().clipped());
    assertEquals(1.0, r.analytic().get().interval().upper(), 0);
    assertFalse(r.bootstrap().orElseThrow().clipped(), "percentiles of kappas never leave [-1, 1]");
  }

  /**
   * Every coefficient at once ({@link ClusterBootstrap#runReport}) over the same replicates: Cohen's kappa and
   * percent agreement against the independent resampling (2x2 tables by hand, Commons Math R_7 percentiles),
   * and Gwet's AC1 equal to the one-coefficient run.
   */
  @Test
  void everyCoefficientOfTheReportEqualsIndependentResampling() {
    List<String> city = new ArrayList<>();
    int[][] ratings = clustered(5L, 0.9, city);
    ReliabilityData data = ReliabilityData.of(Scale.LOSI_BINARY, ratings);
    long seed = 77L;
    int replicates = 300;
    ClusterBootstrap boot = ClusterBootstrap.withReplicates(replicates).withSeed(seed);
    java.util.Map<Coefficient, ClusterBootstrap.Result> all = boot.withThreads(2).runReport(data, city,
        MeasurementLevel.NOMINAL);
    assertEquals(all, boot.withThreads(1).runReport(data, city, MeasurementLevel.NOMINAL));
    double[] kappa = new double[replicates];
    double[] agree = new double[replicates];
    int defined = 0;
    for (int b = 0; b < replicates; b++) {
      double[][] t = resampledTable(ratings, seed, b);
      double po = observed(t);
      double pe = chance(t);
      agree[b] = po;
      if (pe < 1) {
        kappa[defined++] = (po - pe) / (1 - pe);
      }
    }
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    double[] used = java.util.Arrays.copyOf(kappa, defined);
    ClusterBootstrap.Result k = all.get(Coefficient.COHEN_KAPPA);
    ConfidenceIntervalCheck.equal(p.evaluate(used, 2.5), p.evaluate(used, 97.5),
        k.bootstrap().orElseThrow().interval().lower(), k.bootstrap().orElseThrow().interval().upper());
    ClusterBootstrap.Result pa = all.get(Coefficient.PERCENT_AGREEMENT);
    ConfidenceIntervalCheck.equal(p.evaluate(agree, 2.5), p.evaluate(agree, 97.5),
        pa.bootstrap().orElseThrow().interval().lower(), pa.bootstrap().orElseThrow().interval().upper());
    assertEquals(boot.run(data, city, d -> Agreement.gwetAc1(d), -1, 1), all.get(Coefficient.GWET_AC1));
  }

  /**
   * {@code CITIES} cities of {@code ITEMS} binary items each, clustered: city c draws a level, rater A says 1
   * with that probability, rater B agrees with A with probability {@code agreement}. Adds each item's city
   * label (C00 .. C14) to {@code city}.
   */
  private static int[][] clustered(long seed, double agreement, List<String> city) {
    int[][] ratings = new int[CITIES * ITEMS][2];
    UniformRandomProvider gen = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    for (int c = 0; c < CITIES; c++) {
      double level = gen.nextDouble(); // cities differ: clustering
      for (int i = 0; i < ITEMS; i++) {
        int a = gen.nextDouble() < level ? 1 : 0;
        int b = gen.nextDouble() < agreement ? a : 1 - a;
        ratings[c * ITEMS + i] = new int[] {a, b};
        city.add(String.format("C%02d", c));
      }
    }
    return ratings;
  }

  /**
   * The 2x2 table (A's rating, B's rating) of replicate {@code b}: {@code CITIES} cities drawn with replacement
   * by the seed scheme of {@link ClusterBootstrap} ({@code Streams.seed(seed, b, 0, 0)}), each with all its items.
   */
  private static double[][] resampledTable(int[][] ratings, long seed, int b) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Streams.seed(seed, b, 0, 0));
    double[][] table = new double[2][2];
    for (int k = 0; k < CITIES; k++) {
      int c = rng.nextInt(CITIES); // clusters ordered by label C00 .. C14 = index
      for (int i = 0; i < ITEMS; i++) {
        int[] x = ratings[c * ITEMS + i];
        table[x[0]][x[1]]++;
      }
    }
    return table;
  }

  /** Observed agreement of a 2x2 table: {@code p_o = (t00 + t11) / n}. */
  private static double observed(double[][] t) {
    return (t[0][0] + t[1][1]) / (t[0][0] + t[0][1] + t[1][0] + t[1][1]);
  }

  /** Cohen's chance agreement of a 2x2 table: {@code p_e = (row0 col0 + row1 col1) / n^2}. */
  private static double chance(double[][] t) {
    double n = t[0][0] + t[0][1] + t[1][0] + t[1][1];
    return ((t[0][0] + t[0][1]) * (t[0][0] + t[1][0]) + (t[1][0] + t[1][1]) * (t[0][1] + t[1][1])) / (n * n);
  }

  /** Two-number equality helper with a message. */
  static final class ConfidenceIntervalCheck {
    static void equal(double lo, double hi, double actualLo, double actualHi) {
      assertEquals(lo, actualLo, 1e-12, "lower");
      assertEquals(hi, actualHi, 1e-12, "upper");
    }
  }
}
