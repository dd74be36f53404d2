package dev.losi.stats.correlation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.stats.Estimate;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

class CorrelationTest {

  // ---- Hand computations ----------------------------------------------------------------------

  /**
   * x = 1..5, y = 2,1,4,3,5. Deviations dx = -2,-1,0,1,2 and dy = -1,-2,1,0,2: Sxy = 2+2+0+0+4 = 8,
   * Sxx = Syy = 10, so r = 0.8. t = 0.8 sqrt(3/0.36) = 4/sqrt(3); with 3 df the t cdf is
   * 1/2 + (1/pi)(u/(1+u^2) + atan u) with u = t/sqrt(3) = 4/3, so p = 1 - (2/pi)(12/25 + atan(4/3)).
   */
  @Test
  void pearsonByHand() {
    Estimate r = Correlation.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5});
    assertEquals(0.8, r.value(), 1e-15);
    assertEquals(1 - 2 / Math.PI * (12.0 / 25 + Math.atan(4.0 / 3)), r.pValue().getAsDouble(), 1e-13);
    // Fisher z: atanh(0.8) = ln 9 / 2, se = 1/sqrt(2).
    double z = Math.log(9) / 2;
    double half = 1.959963984540054 / Math.sqrt(2);
    assertEquals(Math.tanh(z - half), r.confidenceInterval().orElseThrow().lower(), 1e-12);
    assertEquals(Math.tanh(z + half), r.confidenceInterval().orElseThrow().upper(), 1e-12);
  }

  /**
   * Same data: with x sorted, y = 2,1,4,3,5 has 2 inversions (2>1, 4>3), so 8 concordant and 2 discordant
   * of 10 pairs: tau = 0.6. Exact: the numbers of permutations of 5 with 0, 1, 2 inversions are 1, 4, 9
   * (Mahonian numbers), so p = 2 (1+4+9)/120 = 28/120. Spearman: ranks equal the values, rho = r = 0.8.
   */
  @Test
  void kendallAndSpearmanByHand() {
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {2, 1, 4, 3, 5};
    Estimate tau = Correlation.kendall(x, y);
    assertEquals(0.6, tau.value(), 1e-15);
    assertEquals(28.0 / 120, tau.pValue().getAsDouble(), 1e-15);
    assertEquals(0.8, Correlation.spearman(x, y).value(), 1e-15);
  }

  /**
   * Ties: x = 1,1,2,3 and y = 1,2,2,3. Of the 6 pairs, (1,2) is tied in x only, (2,3) in y only, the
   * other 4 are concordant: tau-b = 4 / sqrt((6-1)(6-1)) = 0.8. Spearman: x ranks 1.5,1.5,3,4 and y ranks
   * 1,2.5,2.5,4 have deviations -1,-1,0.5,1.5 and -1.5,0,0,1.5: Sxy = 1.5 + 2.25 = 3.75 and
   * Sxx = Syy = 4.5, so rho = 3.75/4.5.
   */
  @Test
  void tiesByHand() {
    double[] x = {1, 1, 2, 3};
    double[] y = {1, 2, 2, 3};
    assertEquals(0.8, Correlation.kendall(x, y).value(), 1e-15);
    assertEquals(3.75 / 4.5, Correlation.spearman(x, y).value(), 1e-15);
    // Kendall asymptotic variance by hand: n(n-1)(2n+5) = 4*3*13 = 156, one tie pair in each variable:
    // t(t-1)(2t+5) = 2*1*9 = 18; Σt(t-1) = 2; Σt(t-1)(t-2) = 0.
    // var S = (156 - 18 - 18)/18 + 2*2/(2*4*3) = 20/3 + 1/6 = 6.8333...; S = 4.
    double z = 4 / Math.sqrt(20.0 / 3 + 1.0 / 6);
    double p = org.apache.commons.math3.special.Erf.erfc(z / Math.sqrt(2));
    assertEquals(p, Correlation.kendall(x, y).pValue().getAsDouble(), 1e-14);
  }

  @Test
  void perfectAssociation() {
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] y = {10, 20, 30, 40, 50, 60};
    double[] down = {6, 5, 4, 3, 2, 1};
    for (CorrelationMethod m : CorrelationMethod.values()) {
      Estimate e = m.compute(x, y);
      assertEquals(1.0, e.value(), 0, m.key());
      assertEquals(0.0, e.pValue().getAsDouble(), m == CorrelationMethod.KENDALL ? 0.0028 : 0, m.key());
      assertEquals(1.0, e.confidenceInterval().orElseThrow().lower(), 0, m.key());
      assertEquals(-1.0, m.compute(x, down).value(), 0, m.key());
    }
    // Kendall n = 6 without ties: exact p = 2/720 for the single permutation with 0 inversions.
    assertEquals(2.0 / 720, Correlation.kendall(x, y).pValue().getAsDouble(), 1e-16);
  }

  // ---- Degenerate input -----------------------------------------------------------------------

  @Test
  void smallAndConstantInputIsUndefinedWithReason() {
    for (CorrelationMethod m : CorrelationMethod.values()) {
      Estimate two = m.compute(new double[] {1, 2}, new double[] {3, 4});
      assertFalse(two.isDefined());
      assertTrue(two.undefinedReason().orElseThrow().contains("n = 2 < 3"), two.toString());
      Estimate empty = m.compute(new double[0], new double[0]);
      assertFalse(empty.isDefined());
      Estimate cx = m.compute(new double[] {2, 2, 2, 2}, new double[] {1, 2, 3, 4});
      assertEquals("x is constant (every value is 2.0)", cx.undefinedReason().orElseThrow());
      Estimate cy = m.compute(new double[] {1, 2, 3, 4}, new double[] {0, -0.0, 0, 0});
      assertEquals("y is constant (every value is 0.0)", cy.undefinedReason().orElseThrow());
      assertEquals(m.key(), cy.statistic());
      assertThrows(IllegalStateException.class, cy::value);
      // the reason quotes the value with Java 19's digits on every Java version (Java 17: 9.999999999999999E22)
      Estimate big = m.compute(new double[] {1e23, 1e23, 1e23}, new double[] {1, 2, 3});
      assertEquals("x is constant (every value is 1.0E23)", big.undefinedReason().orElseThrow());
    }
  }

  @Test
  void nanInfinityAndUnequalLengthsAreValidationErrors() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Correlation.spearman(
        new double[] {1, Double.NaN, 3, 4}, new double[] {1, 2, Double.POSITIVE_INFINITY}));
    assertEquals(3, e.problems().size());
    String msg = e.getMessage();
    assertTrue(msg.contains("y has 3 values but x has 4"), msg);
    assertTrue(msg.contains("x \"NaN\" (pair 2 of 4) is not a finite number"), msg);
    assertTrue(msg.contains("y \"Infinity\" (pair 3 of 3)"), msg);
    assertThrows(NullPointerException.class, () -> Correlation.pearson(null, new double[0]));
  }

  @Test
  void exactKendallRefusesTiesAndLargeN() {
    assertThrows(IllegalArgumentException.class,
        () -> Correlation.kendall(new double[] {1, 1, 2, 3}, new double[] {1, 2, 3, 4}, KendallPValue.EXACT));
    double[][] big = ReferenceData.perm(401, 7, 401);
    assertThrows(IllegalArgumentException.class, () -> Correlation.kendall(big[0], big[1], KendallPValue.EXACT));
    // AUTO falls back to the normal approximation for ties and for n > 50.
    double[][] ties = ReferenceData.ties(40);
    assertEquals(Correlation.kendall(ties[0], ties[1], KendallPValue.ASYMPTOTIC),
        Correlation.kendall(ties[0], ties[1]));
  }

  @Test
  void fisherIntervalAtNThreeIsWholeRange() {
    Estimate r = Correlation.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2});
    assertEquals(-1, r.confidenceInterval().orElseThrow().lower());
    assertEquals(1, r.confidenceInterval().orElseThrow().upper());
  }

  @Test
  void hugeValuesDoNotOverflow() {
    double[] x = {1e300, -1e300, 5e299, 0};
    double[] y = {2, -2, 1, 0};
    assertEquals(1.0, Correlation.pearson(x, y).value(), 1e-12);
  }

  // ---- Counts beyond int and Knight's algorithm -----------------------------------------------

  /** n = 100,000: 4,999,950,000 pairs, more than Integer.MAX_VALUE; every count checked exactly. */
  @Test
  void kendallCountsDoNotOverflow() {
    int n = 100_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i / 1000; // 100 groups of 1000 tied values
      y[i] = n - i;
    }
    Kendall k = Kendall.compute(x, y);
    long total = (long) n * (n - 1) / 2;
    assertEquals(4_999_950_000L, total);
    assertEquals(total, k.totalPairs);
    long tiedX = 100L * 1000 * 999 / 2;
    assertEquals(tiedX, k.tiedX);
    assertEquals(0, k.tiedY);
    assertEquals(0, k.tiedBoth);
    assertEquals(0, k.concordant);
    assertEquals(total - tiedX, k.discordant);
    // tau-b = -(n0 - n1) / sqrt((n0 - n1) n0): below 1 in size because only x has ties.
    assertEquals(-(total - tiedX) / Math.sqrt((double) (total - tiedX) * total), k.tauB, 1e-15);
  }

  @Test
  void inversionCountMatchesBruteForce() {
    int[] a = new int[300];
    for (int i = 0; i < a.length; i++) {
      a[i] = (i * 7919) % 97;
    }
    long brute = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = i + 1; j < a.length; j++) {
        if (a[i] > a[j]) {
          brute++;
        }
      }
    }
    int[] copy = a.clone();
    assertEquals(brute, Kendall.inversions(copy));
    int[] sorted = a.clone();
    java.util.Arrays.sort(sorted);
    assertArrayEquals(sorted, copy);
  }

  // ---- Second implementations -----------------------------------------------------------------

  /** Commons Math 3.6.1 (test scope) as a second implementation of the three point estimates. */
  @Test
  void agreesWithCommonsMath() {
    for (double[][] xy : new double[][][] {ReferenceData.ties(500), ReferenceData.continuous(2000),
        ReferenceData.perm(97, 13, 101), {{1, 1, 2, 2, 3}, {5, 5, 5, 1, 2}}}) {
      double[] x = xy[0];
      double[] y = xy[1];
      assertEquals(new PearsonsCorrelation().correlation(x, y), Correlation.pearson(x, y).value(), 1e-12);
      assertEquals(new SpearmansCorrelation().correlation(x, y), Correlation.spearman(x, y).value(), 1e-12);
      assertEquals(new KendallsCorrelation().correlation(x, y), Correlation.kendall(x, y).value(), 1e-12);
    }
  }

  /** Our primitive average ranks equal Commons Statistics' NaturalRanking with TiesStrategy.AVERAGE. */
  @Test
  void averageRanksEqualNaturalRanking() {
    double[][] xy = ReferenceData.ties(1000);
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    assertArrayEquals(ranking.apply(xy[0]), Ranks.of(xy[0]).averageRanks(), 0);
    assertArrayEquals(ranking.apply(xy[1]), Ranks.of(xy[1]).averageRanks(), 0);
    double[] signedZeros = {0.0, -0.0, 1, -1, 0.0};
    assertArrayEquals(new double[] {3, 3, 5, 1, 3}, Ranks.of(signedZeros).averageRanks(), 0);
  }

  @Test
  void summaryAndMethodParsing() {
    double[][] xy = ReferenceData.ties(200);
    CorrelationSummary s = Correlation.all(xy[0], xy[1]);
    assertEquals(200, s.n());
    assertEquals(Correlation.kendall(xy[0], xy[1]), s.get(CorrelationMethod.KENDALL));
    assertEquals(CorrelationMethod.SPEARMAN, CorrelationMethod.parse(" Spearman "));
    assertThrows(IllegalArgumentException.class, () -> CorrelationMethod.parse("tau"));
  }

  /**
   * Two threads == one: from {@code PARALLEL_MIN_N} pairs {@code all} runs on two threads; each coefficient, its
   * p-value and interval equal bit for bit the single-threaded methods' on the same data (with ties in both).
   */
  @Test
  void allOnTwoThreadsEqualsEachCoefficientAlone() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2024);
    int n = Correlation.PARALLEL_MIN_N + 17;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(5000) / 10.0;
      y[i] = x[i] * 0.3 + random.nextInt(3000) / 7.0;
    }
    CorrelationSummary all = Correlation.all(x, y);
    assertEquals(Correlation.pearson(x, y).toString(), all.pearson().toString());
    assertEquals(Correlation.spearman(x, y).toString(), all.spearman().toString());
    assertEquals(Correlation.kendall(x, y).toString(), all.kendall().toString());
    assertEquals(Double.doubleToLongBits(Correlation.kendall(x, y).value()), Double.doubleToLongBits(all.kendall().value()));
    assertEquals(Double.doubleToLongBits(Correlation.spearman(x, y).pValue().getAsDouble()),
        Double.doubleToLongBits(all.spearman().pValue().getAsDouble()));
  }
}
