package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.Estimate;
import org.junit.jupiter.api.Test;

/** Coefficients checked against published worked examples; each test names its source. */
class PublishedExamplesTest {

  static final int M = ReliabilityData.MISSING;

  /**
   * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
   * Communication, University of Pennsylvania, sections C.1-C.4: 4 observers x 12 units, values 1-5,
   * with missing values. Published: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
   */
  static ReliabilityData krippendorff2011() {
    int[][] byObserver = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
        {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M}};
    int[][] units = new int[12][4];
    for (int u = 0; u < 12; u++) {
      for (int o = 0; o < 4; o++) {
        int v = byObserver[o][u];
        units[u][o] = v == M ? M : v - 1; // values 1..5 are indices 0..4 of the numeric scale 1..5
      }
    }
    return ReliabilityData.of(Scale.numeric(1, 2, 3, 4, 5), units);
  }

  @Test
  void krippendorff2011AllLevels() {
    ReliabilityData d = krippendorff2011();
    assertEquals(0.743, KrippendorffAlpha.estimate(d, MeasurementLevel.NOMINAL).value(), 0.0005);
    assertEquals(0.815, KrippendorffAlpha.estimate(d, MeasurementLevel.ORDINAL).value(), 0.0005);
    assertEquals(0.849, KrippendorffAlpha.estimate(d, MeasurementLevel.INTERVAL).value(), 0.0005);
    assertEquals(0.797, KrippendorffAlpha.estimate(d, MeasurementLevel.RATIO).value(), 0.0005);
    // Unit 12 has a single value and is not pairable: 40 values in 11 units (paper: n.. = 40).
    assertEquals(40, d.pairableValues());
  }

  /**
   * Krippendorff (2011), section C.1: the coincidence matrix of the same data, marginals n_1 = 9,
   * n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3 (total 40). Cells worked by hand from the definition
   * o_ck = sum_u (number of c-k pairs in u)/(m_u - 1): o_11 = 3*2/2 (unit 1) + 3*2/3 (unit 8) + 2*1/1
   * (unit 11) = 7; o_22 = 3*2/3 (unit 2) + 4*3/3 (unit 5) + 4*3/3 (unit 9) = 10; o_33 = 4 + 4 (units 3, 4)
   * = 8; o_44 = 4 (unit 7); o_55 = 3*2/2 (unit 10) = 3; o_12 = 1/3 (unit 6) + 3*1/3 (unit 8) = 4/3.
   */
  @Test
  void krippendorff2011CoincidenceMatrix() {
    double[][] o = KrippendorffAlpha.coincidences(krippendorff2011());
    double[] expectedMarginals = {9, 13, 10, 5, 3};
    for (int c = 0; c < 5; c++) {
      double row = 0;
      for (int k = 0; k < 5; k++) {
        row += o[c][k];
      }
      assertEquals(expectedMarginals[c], row, 1e-12, "n_" + (c + 1));
    }
    assertEquals(7, o[0][0], 1e-12);
    assertEquals(10, o[1][1], 1e-12);
    assertEquals(8, o[2][2], 1e-12);
    assertEquals(4, o[3][3], 1e-12);
    assertEquals(3, o[4][4], 1e-12);
    assertEquals(4.0 / 3, o[0][1], 1e-12);
  }

  /**
   * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin
   * 76(5):378-382, Table 1: 30 patients, 6 psychiatrists, 5 diagnoses. Published: P-bar = 0.556,
   * P-bar_e = 0.220, kappa = 0.430.
   */
  static ReliabilityData fleiss1971() {
    int[][] ratings = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}};
    for (int[] row : ratings) {
      for (int r = 0; r < row.length; r++) {
        row[r]--;
      }
    }
    return ReliabilityData.of(Scale.nominal("depression", "personality disorder", "schizophrenia", "neurosis", "other"),
        ratings);
  }

  @Test
  void fleiss1971Kappa() {
    ReliabilityData d = fleiss1971();
    Estimate kappa = Agreement.fleissKappa(d).estimate();
    assertEquals(0.430, kappa.value(), 0.0005);
    assertEquals(0.556, Agreement.percentAgreement(d).value(), 0.0005);
    assertTrue(kappa.standardError().getAsDouble() > 0);
    assertTrue(kappa.confidenceInterval().orElseThrow().contains(kappa.value()));
  }

  /**
   * A Cohen (1960)-style two-rater table worked by hand. 100 units, categories A, B, C:
   *
   * <pre>
   *            B: A   B   C | row
   *   A: A       40   5   5 |  50
   *   A: B        3  20   2 |  25
   *   A: C        2   5  18 |  25
   *   col        45  30  25 | 100
   * </pre>
   *
   * p_o = (40 + 20 + 18)/100 = 0.78; p_e = 0.50*0.45 + 0.25*0.30 + 0.25*0.25 = 0.3625;
   * kappa = (0.78 - 0.3625)/(1 - 0.3625) = 0.4175/0.6375 = 0.6549019607843137.
   * Scott's pi: pooled shares A (50+45)/200 = 0.475, B 0.275, C 0.25, p_e = 0.225625 + 0.075625 + 0.0625
   * = 0.36375, pi = (0.78 - 0.36375)/0.63625 = 0.654223968565815.
   * Bennett's S: (0.78 - 1/3)/(2/3) = 0.67.
   * Linear weights (w = 1 - |i-j|/2): p_o = 0.78 + 0.5*(5+3+2+5)/100 = 0.855; p_e = 0.3625 + 0.5*(0.15 + 0.1125 +
   * 0.0625 + 0.075) = 0.5625; kappa_lin = 0.2925/0.4375 = 0.6685714285714286.
   * Quadratic weights (w = 1 - (i-j)^2/4): p_o = 0.78 + 0.75*0.15 = 0.8925; p_e = 0.3625 + 0.75*0.4 = 0.6625;
   * kappa_quad = 0.23/0.3375 = 0.6814814814814815.
   *
   * <p>Standard error: Fleiss, Cohen and Everitt (1969) in their original unweighted form
   * {@code var = [sum_i p_ii (1 - (p_i. + p_.i)(1-k))^2 + (1-k)^2 sum_{i!=j} p_ij (p_.i + p_j.)^2 - (k - p_e(1-k))^2]
   * / (n (1-p_e)^2)}, evaluated by hand (Python 3 float arithmetic, written out in the class comment):
   * 0.06395344017480976. The weighted forms (same paper) give 0.06652712448601825 (linear) and
   * 0.07632525177497028 (quadratic).
   */
  static ReliabilityData cohenTable() {
    int[][] table = {{40, 5, 5}, {3, 20, 2}, {2, 5, 18}};
    return ContingencyTables.twoRaters(Scale.ordinal("A", "B", "C"), table, "u", "first", "second");
  }

  @Test
  void cohenTableByHand() {
    ReliabilityData d = cohenTable();
    Estimate kappa = Agreement.cohenKappa(d).estimate();
    assertEquals(0.6549019607843137, kappa.value(), 1e-12);
    assertEquals(0.06395344017480976, kappa.standardError().getAsDouble(), 1e-12);
    assertEquals(0.6549019607843137 - 1.959963984540054 * 0.06395344017480976,
        kappa.confidenceInterval().orElseThrow().lower(), 1e-9);
    assertEquals(0.654223968565815, Agreement.scottPi(d).estimate().value(), 1e-12);
    assertEquals(0.67, Agreement.bennettS(d).estimate().value(), 1e-12);
    Estimate lin = Agreement.weightedKappa(d, Weights.linear(d.scale())).estimate();
    assertEquals("cohen_kappa_linear", lin.statistic());
    assertEquals(0.6685714285714286, lin.value(), 1e-12);
    assertEquals(0.06652712448601825, lin.standardError().getAsDouble(), 1e-12);
    Estimate quad = Agreement.weightedKappa(d, Weights.quadratic(d.scale())).estimate();
    assertEquals(0.6814814814814815, quad.value(), 1e-12);
    assertEquals(0.07632525177497028, quad.standardError().getAsDouble(), 1e-12);
    // p-value from the null variance, same paper: se_0 = 0.07148127895513012, z = 9.162..., p < 1e-15
    assertTrue(kappa.pValue().getAsDouble() < 1e-12);
  }

  /**
   * Gwet's AC1 worked by hand from Gwet (2008), "Computing inter-rater reliability and its variance in
   * the presence of high agreement", Br. J. Math. Stat. Psychol. 61:29-48, equations for AC1 and its
   * linearised variance. Two raters, 10 units: 8 (yes, yes), 1 (no, no), 1 (yes, no).
   *
   * <p>p_a = 9/10 = 0.9. Shares: yes 17/20 = 0.85, no 0.15. p_e = (1/(q-1)) sum pi_k (1 - pi_k)
   * = 0.1275 + 0.1275 = 0.255. AC1 = (0.9 - 0.255)/0.745 = 0.8657718120805369.
   * Scott's pi for contrast: p_e = 0.85^2 + 0.15^2 = 0.745, pi = 0.155/0.255 = 0.6078431372549019 (the
   * kappa paradox).
   *
   * <p>Variance: per unit c*_i = (p_a|i - p_e)/(1 - p_e) - 2 (1 - AC1) (p_e|i - p_e)/(1 - p_e) with
   * p_e|i = sum_k r_ik (1 - pi_k) / r_i: (yes, yes) p_a|i = 1, p_e|i = 0.15; (no, no) 1 and 0.85;
   * (yes, no) 0 and 0.5. var = sum (c*_i - AC1)^2 / (10 * 9); evaluated by hand (Python 3 floats):
   * se = 0.1462026578761904. 95% CI: AC1 -/+ t(0.975, 9) se, t = 2.2621571627409915, upper capped at 1.
   */
  @Test
  void gwetAc1ByHand() {
    ReliabilityData.Builder b = ReliabilityData.builder(Scale.nominal("no", "yes"));
    for (int i = 0; i < 8; i++) {
      b.rate("yy" + i, "A", "yes").rate("yy" + i, "B", "yes");
    }
    b.rate("nn", "A", "no").rate("nn", "B", "no");
    b.rate("yn", "A", "yes").rate("yn", "B", "no");
    ReliabilityData d = b.build();
    Estimate ac1 = Agreement.gwetAc1(d);
    assertEquals(0.8657718120805369, ac1.value(), 1e-12);
    assertEquals(0.1462026578761904, ac1.standardError().getAsDouble(), 1e-12);
    assertEquals(0.8657718120805369 - 2.2621571627409915 * 0.1462026578761904,
        ac1.confidenceInterval().orElseThrow().lower(), 1e-9);
    assertEquals(1.0, ac1.confidenceInterval().orElseThrow().upper(), 0);
    assertEquals(0.6078431372549019, Agreement.scottPi(d).estimate().value(), 1e-12);
    assertEquals(0.9, Agreement.percentAgreement(d).value(), 1e-12);
    // PABAK = 2 p_o - 1 for two categories
    assertEquals(0.8, Agreement.bennettS(d).estimate().value(), 1e-12);
    // the report explains the gap between kappa and AC1
    AgreementReport report = AgreementReport.of(d, MeasurementLevel.NOMINAL);
    assertTrue(report.prevalenceNote().orElseThrow().contains("yes makes up 85.0%"),
        report.prevalenceNote().orElseThrow());
    assertFalse(AgreementReport.of(krippendorff2011(), MeasurementLevel.NOMINAL).prevalenceNote().isPresent());
  }

  /**
   * Gwet's AC2 with quadratic weights worked by hand from Gwet (2014), Handbook of Inter-Rater
   * Reliability, 4th ed., ch. 3. Two raters, categories 1, 2, 3, units (1,1), (1,2), (2,3), (3,3).
   * Weights 1 - (k-l)^2/4: 1 on the diagonal, 0.75 for neighbours, 0 for 1 vs 3; sum of weights 6.
   * p_a per unit: (1,1) 2*(2-1)/2 = 1; (1,2) (1*0.75 + 1*0.75)/2 = 0.75; (2,3) 0.75; (3,3) 1; p_a = 0.875.
   * pi = (0.375, 0.25, 0.375); p_e = 6/(3*2) * (2 * 0.375 * 0.625 + 0.25 * 0.75) = 0.65625;
   * AC2 = 0.21875/0.34375 = 7/11. Unweighted for contrast: p_a = 0.5, p_e = 0.65625/2 = 0.328125,
   * AC1 = 0.171875/0.671875 = 11/43.
   */
  @Test
  void gwetAc2ByHand() {
    ReliabilityData d = ReliabilityData.of(Scale.numeric(1, 2, 3), new int[][] {{0, 0}, {0, 1}, {1, 2}, {2, 2}});
    assertEquals(7.0 / 11, Agreement.gwetAc2(d, Weights.quadratic(d.scale())).value(), 1e-15);
    assertEquals(11.0 / 43, Agreement.gwetAc1(d).value(), 1e-15);
    assertEquals(Agreement.gwetAc1(d).value(), Agreement.gwetAc2(d, Weights.identity(d.scale())).value(), 0);
  }
}
