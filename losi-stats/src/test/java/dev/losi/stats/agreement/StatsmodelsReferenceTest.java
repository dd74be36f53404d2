package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second implementation: statsmodels 0.13.5 ({@code statsmodels.stats.inter_rater}, with scipy 1.10.1,
 * numpy 1.24.2, Python 3.11.2). The values were computed once by {@code reference_statsmodels.py} (next to
 * the TSV in the test resources; the TSV header records the versions and exact calls) and are read here
 * from {@code reference-statsmodels.tsv}: the test never runs Python. The data sets are rebuilt here from
 * the same integer tables and the same 64-bit LCG as the script, and each rebuilt table is checked against
 * the copy of the data written into the TSV, so a drift between script and test fails loudly.
 *
 * <p>What is compared, and what differs by design:
 * <ul>
 *   <li>{@code cohens_kappa(table)} and {@code wt='linear'} / {@code wt='quadratic'}: statsmodels builds
 *   disagreement weights {@code |x_k - x_l| / (x_max - x_min)} and {@code (x_k - x_l)^2 / (x_max - x_min)^2}
 *   from category scores {@code x} (default {@code 0..k-1}; {@code weights=[0,1,3,7]} for the unequally
 *   spaced numeric data set) and uses {@code w = 1 - d} in the variance. {@code 1 - d} are Cohen's (1968)
 *   agreement weights of Cicchetti-Allison (linear) and Fleiss-Cohen (quadratic), which are
 *   {@link Weights#linear} and {@link Weights#quadratic} of a scale with values {@code x}. Both sides use
 *   the Fleiss-Cohen-Everitt (1969) variance for kappa and under H0, a normal interval with
 *   {@code z = Phi^-1(0.975)} and a two-sided normal p-value, so value, SE, interval and p-value are all
 *   comparable. statsmodels' {@code std_kappa0} and {@code z_value} are not exposed by {@link Estimate};
 *   they are checked through our p-value ({@code p = 2 Phi(-|kappa| / std_kappa0)}), by inverting it.</li>
 *   <li>{@code fleiss_kappa(counts, method='fleiss' | 'randolph')}: point estimates only (statsmodels has
 *   no standard error for them; ours is Gwet's linearised one, checked in {@link IrrCacReadmeTest}).
 *   On a two-rater table Fleiss' kappa is Scott's pi and Randolph's kappa is Bennett's S, so those are
 *   compared too. statsmodels' Randolph kappa uses {@code 1/k} with {@code k} the columns of the count
 *   table; the script writes a column for every declared category, as our {@link Scale} declares them.</li>
 *   <li>Unequal numbers of ratings per unit: statsmodels' {@code fleiss_kappa} fails with an
 *   {@code AssertionError}; we report Fleiss' kappa as not applicable and compute Randolph's kappa over
 *   the units with two or more ratings, checked here against a hand computation.</li>
 * </ul>
 *
 * <p>Tolerances: point estimates to 1e-12 relative: both sides evaluate the same closed formula in double
 * precision from the same integer counts, so only a few ulps of summation-order rounding may differ.
 * Standard errors and interval bounds to 1e-10 relative: the variance subtracts nearly equal terms
 * ({@code sum p (w - ...)^2 - (kappa - p_e (1 - kappa))^2}), which loses several digits before the square
 * root. P-values to 1e-9 relative: the tail probability multiplies the relative error of {@code z} by about
 * {@code z^2} (up to ~60 here), and two libraries (scipy's {@code norm.sf}, Commons Statistics) evaluate it.
 */
class StatsmodelsReferenceTest {

  private static final double POINT = 1e-12;
  private static final double SE = 1e-10;
  private static final double P = 1e-9;

  private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

  /** dataset -> ("call/quantity" or "data/what") -> value as written. */
  private static final Map<String, Map<String, String>> REF = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws IOException {
    String name = "reference-statsmodels.tsv";
    try (InputStream in = StatsmodelsReferenceTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing test resource dev/losi/stats/agreement/" + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = false;
      boolean versions = false;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# statsmodels\t0.13.5")) {
          versions = true;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, "bad line in " + name + ": " + line);
        if (!header) {
          assertEquals("dataset\tcall\tquantity\tvalue", line);
          header = true;
          continue;
        }
        REF.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1] + "/" + f[2], f[3]);
      }
      assertTrue(versions, "the TSV header must record statsmodels 0.13.5");
    }
    assertEquals(TABLES.size() + RATINGS.size(), REF.size(), "data sets in the TSV: " + REF.keySet());
  }

  // ---------------------------------------------------------------------------------------------
  // data sets, exactly as in reference_statsmodels.py

  /** The script's formula_table(q). */
  static long[][] formulaTable(int q) {
    long[][] t = new long[q][q];
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        t[i][j] = i == j ? 20 + 3 * i : (7 * i + 3 * j + 11 * i * j) % 9;
      }
    }
    return t;
  }

  private static final Map<String, long[][]> TABLES = new LinkedHashMap<>();
  private static final Map<String, double[]> SCORES = new LinkedHashMap<>();

  static {
    TABLES.put("social_media_86", new long[][] {{83, 3}, {4, 10}});
    TABLES.put("evoting_19", new long[][] {{15, 4}, {3, 78}});
    TABLES.put("paradox_88_5_5_2", new long[][] {{88, 5}, {5, 2}});
    TABLES.put("abstractors_3x3", new long[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    TABLES.put("asymmetric_3x3", new long[][] {{22, 5, 3}, {4, 17, 6}, {2, 7, 34}});
    TABLES.put("ordinal_4", new long[][] {{11, 4, 1, 0}, {3, 15, 5, 1}, {1, 6, 19, 4}, {0, 1, 5, 24}});
    TABLES.put("ordinal_4_empty_column", new long[][] {{9, 2, 0, 0}, {1, 0, 0, 0}, {2, 3, 0, 14}, {0, 1, 0, 21}});
    TABLES.put("formula_5", formulaTable(5));
    TABLES.put("numeric_0_1_3_7", new long[][] {{12, 3, 1, 0}, {2, 10, 4, 1}, {1, 3, 14, 2}, {0, 1, 2, 9}});
    SCORES.put("numeric_0_1_3_7", new double[] {0, 1, 3, 7});
  }

  /** seed, units, raters, q, agree %, missing %, prevalence % (-1: none). */
  private static final Map<String, long[]> RATINGS = new LinkedHashMap<>();

  static {
    RATINGS.put("fleiss_binary_86_u30_r3", new long[] {86, 30, 3, 2, 80, 0, 86});
    RATINGS.put("fleiss_q4_u50_r5", new long[] {2024, 50, 5, 4, 60, 0, -1});
    RATINGS.put("fleiss_q6_u40_r6", new long[] {7, 40, 6, 6, 50, 0, -1});
    RATINGS.put("fleiss_q3_u200_r4", new long[] {123456789, 200, 4, 3, 70, 0, -1});
    RATINGS.put("fleiss_missing_q3_u25_r4", new long[] {99, 25, 4, 3, 70, 15, -1});
  }

  /** The script's Lcg: Knuth's MMIX LCG modulo 2^64 (Java's wrapping long), output {@code (x >>> 33) % bound}. */
  static final class Lcg {
    private long x;

    Lcg(long seed) {
      x = seed;
    }

    int next(int bound) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      return (int) ((x >>> 33) % bound);
    }
  }

  /** The script's generated_ratings (same draw order). */
  static int[][] generatedRatings(long[] p) {
    Lcg g = new Lcg(p[0]);
    int units = (int) p[1];
    int raters = (int) p[2];
    int q = (int) p[3];
    int[][] out = new int[units][raters];
    for (int u = 0; u < units; u++) {
      int truth = p[6] >= 0 ? (g.next(100) < p[6] ? 1 : 0) : g.next(q);
      for (int r = 0; r < raters; r++) {
        if (p[5] > 0 && g.next(100) < p[5]) {
          out[u][r] = ReliabilityData.MISSING;
        } else if (g.next(100) < p[4]) {
          out[u][r] = truth;
        } else {
          out[u][r] = g.next(q);
        }
      }
    }
    return out;
  }

  static String render(long[][] t) {
    List<String> rows = new ArrayList<>();
    for (long[] row : t) {
      List<String> cells = new ArrayList<>();
      for (long v : row) {
        cells.add(Long.toString(v));
      }
      rows.add(String.join(",", cells));
    }
    return String.join(";", rows);
  }

  static String render(int[][] t) {
    long[][] l = new long[t.length][];
    for (int i = 0; i < t.length; i++) {
      l[i] = java.util.Arrays.stream(t[i]).asLongStream().toArray();
    }
    return render(l);
  }

  /** Two raters: one unit per table count, rater 1 the row category, rater 2 the column category. */
  static ReliabilityData fromTable(Scale scale, long[][] table) {
    List<int[]> units = new ArrayList<>();
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table.length; j++) {
        for (long c = 0; c < table[i][j]; c++) {
          units.add(new int[] {i, j});
        }
      }
    }
    return ReliabilityData.of(scale, units.toArray(new int[0][]));
  }

  static Scale scaleFor(String name, int q) {
    if (SCORES.containsKey(name)) {
      return Scale.numeric(SCORES.get(name));
    }
    if (q == 2) {
      return Scale.LOSI_BINARY;     // values 0 and 1 = statsmodels' default scores arange(2)
    }
    String[] labels = new String[q];
    for (int k = 0; k < q; k++) {
      labels[k] = "c" + k;
    }
    return Scale.ordinal(labels);   // values are the ranks 0..q-1 = statsmodels' default scores arange(q)
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void cohenKappaAndWeightedKappaMatchStatsmodels() {
    for (Map.Entry<String, long[][]> e : TABLES.entrySet()) {
      String name = e.getKey();
      long[][] table = e.getValue();
      Map<String, String> ref = REF.get(name);
      assertNotNull(ref, "TSV has no data set " + name);
      assertEquals(ref.get("data/table"), render(table), name + ": rebuilt table differs from the script's");
      Scale scale = scaleFor(name, table.length);
      ReliabilityData d = fromTable(scale, table);
      AgreementReport report = AgreementReport.of(d, MeasurementLevel.ORDINAL);

      checkKappa(name, "cohens_kappa", ref, Agreement.cohenKappa(d).estimate());
      checkKappa(name, "cohens_kappa", ref, report.estimate(Coefficient.COHEN_KAPPA).orElseThrow());
      checkKappa(name, "cohens_kappa_linear", ref, Agreement.weightedKappa(d, Weights.linear(scale)).estimate());
      checkKappa(name, "cohens_kappa_linear", ref, report.estimate(Coefficient.COHEN_KAPPA_LINEAR).orElseThrow());
      checkKappa(name, "cohens_kappa_quadratic", ref,
          Agreement.weightedKappa(d, Weights.quadratic(scale)).estimate());
      checkKappa(name, "cohens_kappa_quadratic", ref,
          report.estimate(Coefficient.COHEN_KAPPA_QUADRATIC).orElseThrow());

      // two raters: statsmodels' fleiss_kappa on the units x categories counts is Scott's pi, its
      // Randolph kappa is Bennett's S (1/q with q the declared categories)
      double fleiss = num(ref, "fleiss_kappa_fleiss/kappa");
      double randolph = num(ref, "fleiss_kappa_randolph/kappa");
      close(name + " fleiss", fleiss, Agreement.fleissKappa(d).estimate().value(), POINT);
      close(name + " scott", fleiss, Agreement.scottPi(d).estimate().value(), POINT);
      close(name + " report fleiss", fleiss, report.estimate(Coefficient.FLEISS_KAPPA).orElseThrow().value(), POINT);
      close(name + " report scott", fleiss, report.estimate(Coefficient.SCOTT_PI).orElseThrow().value(), POINT);
      close(name + " randolph", randolph, Agreement.randolphKappa(d).value(), POINT);
      close(name + " bennett", randolph, Agreement.bennettS(d).estimate().value(), POINT);
      close(name + " report randolph", randolph,
          report.estimate(Coefficient.RANDOLPH_KAPPA).orElseThrow().value(), POINT);
      close(name + " report bennett", randolph, report.estimate(Coefficient.BENNETT_S).orElseThrow().value(), POINT);
    }
  }

  private static void checkKappa(String name, String call, Map<String, String> ref, Estimate ours) {
    String what = name + " " + call + ": " + ours;
    assertTrue(ours.isDefined(), what);
    double kappa = num(ref, call + "/kappa");
    close(what + " kappa", kappa, ours.value(), POINT);
    close(what + " se", num(ref, call + "/std_kappa"), ours.standardError().getAsDouble(), SE);
    ConfidenceInterval ci = ours.confidenceInterval().orElseThrow();
    assertEquals(0.95, ci.level(), 0);
    close(what + " lower", num(ref, call + "/kappa_low"), ci.lower(), SE);
    close(what + " upper", num(ref, call + "/kappa_upp"), ci.upper(), SE);
    double p = num(ref, call + "/pvalue_two_sided");
    double z = num(ref, call + "/z_value");
    close(what + " statsmodels' p from its own z", p, 2 * N01.survivalProbability(Math.abs(z)), P);
    double ourP = ours.pValue().getAsDouble();
    close(what + " p", p, ourP, P);
    // std_kappa0 through the p-value: |z| = Phi^-1(1 - p/2), std_kappa0 = |kappa| / |z|
    double ourZ = N01.inverseSurvivalProbability(ourP / 2);
    close(what + " |z|", Math.abs(z), ourZ, P);
    close(what + " std_kappa0", num(ref, call + "/std_kappa0"), Math.abs(ours.value()) / ourZ, P);
  }

  @Test
  void fleissAndRandolphKappaMatchStatsmodels() {
    for (Map.Entry<String, long[]> e : RATINGS.entrySet()) {
      String name = e.getKey();
      long[] p = e.getValue();
      Map<String, String> ref = REF.get(name);
      assertNotNull(ref, "TSV has no data set " + name);
      int[][] ratings = generatedRatings(p);
      assertEquals(ref.get("data/ratings"), render(ratings), name + ": rebuilt ratings differ from the script's");
      int q = (int) p[3];
      Scale scale = q == 2 ? Scale.LOSI_BINARY : scaleFor(name, q);
      ReliabilityData d = ReliabilityData.of(scale, ratings);
      AgreementReport report = AgreementReport.of(d, MeasurementLevel.NOMINAL);
      String fleissRef = ref.get("fleiss_kappa_fleiss/kappa");
      String randolphRef = ref.get("fleiss_kappa_randolph/kappa");
      if (p[5] == 0) {
        assertFalse(d.hasMissing(), name);
        double fleiss = Double.parseDouble(fleissRef);
        double randolph = Double.parseDouble(randolphRef);
        close(name + " fleiss", fleiss, Agreement.fleissKappa(d).estimate().value(), POINT);
        close(name + " report fleiss", fleiss, report.estimate(Coefficient.FLEISS_KAPPA).orElseThrow().value(), POINT);
        close(name + " randolph", randolph, Agreement.randolphKappa(d).value(), POINT);
        close(name + " report randolph", randolph,
            report.estimate(Coefficient.RANDOLPH_KAPPA).orElseThrow().value(), POINT);
      } else {
        // statsmodels requires the same number of ratings per subject
        assertTrue(fleissRef.startsWith("error: AssertionError"), fleissRef);
        assertTrue(randolphRef.startsWith("error: AssertionError"), randolphRef);
        assertTrue(d.hasMissing(), name);
        assertFalse(Agreement.fleissKappa(d).isApplicable(), name);
        assertTrue(report.notApplicable().stream().anyMatch(c -> c.coefficient() == Coefficient.FLEISS_KAPPA));
        // Randolph's kappa with missing ratings, by hand: p_a is the mean over units with r_i >= 2 of
        // sum_k r_ik (r_ik - 1) / (r_i (r_i - 1)); kappa = (p_a - 1/q) / (1 - 1/q) (Gwet 2014, Brennan-Prediger)
        double sum = 0;
        int used = 0;
        boolean unequal = false;
        for (int[] unit : ratings) {
          long[] c = new long[q];
          int r = 0;
          for (int v : unit) {
            if (v >= 0) {
              c[v]++;
              r++;
            }
          }
          unequal |= r != unit.length;
          if (r >= 2) {
            double agree = 0;
            for (long ck : c) {
              agree += ck * (ck - 1);
            }
            sum += agree / ((double) r * (r - 1));
            used++;
          }
        }
        assertTrue(unequal, name + " must have unequal rating counts");
        double pa = sum / used;
        double byHand = (pa - 1.0 / q) / (1 - 1.0 / q);
        close(name + " randolph by hand", byHand, Agreement.randolphKappa(d).value(), POINT);
      }
    }
  }

  private static double num(Map<String, String> ref, String key) {
    String v = ref.get(key);
    assertNotNull(v, "TSV lacks " + key);
    return Double.parseDouble(v);
  }

  private static void close(String what, double expected, double actual, double relative) {
    double tol = relative * Math.max(Math.abs(expected), Double.MIN_NORMAL);
    assertEquals(expected, actual, tol, what + " (relative tolerance " + relative + ")");
  }
}
