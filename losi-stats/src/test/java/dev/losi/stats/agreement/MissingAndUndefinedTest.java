package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.stats.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Missing ratings worked by hand, undefined and not-applicable cases, and input problems. */
class MissingAndUndefinedTest {

  /**
   * Three raters, four units, one rating missing in two units and two in one (hand computation from the
   * definitions in Gwet 2014, ch. 2, and Krippendorff 2011):
   *
   * <pre>
   *   u1: a a a   p_a|i = 3*2/(3*2) = 1
   *   u2: a b -   p_a|i = 0
   *   u3: b b -   p_a|i = 1
   *   u4: a - -   one rating: not in p_a, but in pi
   * </pre>
   *
   * p_a = 2/3. pi_a = (1 + 1/2 + 0 + 1)/4 = 0.625, pi_b = 0.375. AC1: p_e = 2 * 0.625 * 0.375 = 0.46875,
   * AC1 = (2/3 - 0.46875)/0.53125 = 0.37254901960784315. Randolph: (2/3 - 1/2)/(1/2) = 1/3.
   * Alpha (nominal): o_aa = 3*2/2 = 3, o_ab = o_ba = 1, o_bb = 2*1/1 = 2; n_a = 4, n_b = 3, n = 7;
   * alpha = 1 - (7 - 1) * 2 / (2 * 4 * 3) = 0.5.
   */
  @Test
  void missingRatingsByHand() {
    ReliabilityData d = ReliabilityData.builder(Scale.nominal("a", "b"))
        .rate("u1", "R1", "a").rate("u1", "R2", "a").rate("u1", "R3", "a")
        .rate("u2", "R1", "a").rate("u2", "R2", "b")
        .rate("u3", "R1", "b").rate("u3", "R2", "b")
        .rate("u4", "R1", "a").build();
    assertEquals(3, d.raters());
    assertEquals(7, d.pairableValues());
    assertEquals(2.0 / 3, Agreement.percentAgreement(d).value(), 1e-15);
    assertEquals(0.37254901960784315, Agreement.gwetAc1(d).value(), 1e-15);
    assertEquals(1.0 / 3, Agreement.randolphKappa(d).value(), 1e-15);
    assertEquals(0.5, KrippendorffAlpha.estimate(d, MeasurementLevel.NOMINAL).value(), 1e-15);
    CoefficientResult fleiss = Agreement.fleissKappa(d);
    assertFalse(fleiss.isApplicable());
    assertTrue(fleiss.notApplicableReason().orElseThrow().contains("missing"));
    CoefficientResult cohen = Agreement.cohenKappa(d);
    assertFalse(cohen.isApplicable());
    assertTrue(cohen.notApplicableReason().orElseThrow().contains("exactly two raters; the data have 3"));
    assertThrows(IllegalStateException.class, cohen::estimate);

    AgreementReport report = AgreementReport.of(d, MeasurementLevel.NOMINAL);
    assertEquals(List.of("cohen_kappa", "scott_pi", "bennett_s", "fleiss_kappa"),
        report.notApplicable().stream().map(x -> x.coefficient().key()).toList());
    assertFalse(report.estimate(Coefficient.COHEN_KAPPA).isPresent());
    assertEquals(4, report.units());
    assertEquals(3, report.raters());
    assertEquals(7L, report.pairableValues());
    assertEquals(0.5, report.estimate(Coefficient.KRIPPENDORFF_ALPHA).orElseThrow().value(), 1e-15);
  }

  /** One category only: kappa, pi and alpha undefined with a reason; AC1, Bennett's S and percent agreement 1. */
  @Test
  void oneCategoryOnly() {
    int[][] all = {{1, 1}, {1, 1}, {1, 1}};
    ReliabilityData d = ReliabilityData.of(Scale.LOSI_BINARY, all);
    Estimate kappa = Agreement.cohenKappa(d).estimate();
    assertFalse(kappa.isDefined());
    assertTrue(kappa.undefinedReason().orElseThrow().contains("chance agreement is 1"));
    assertFalse(Agreement.scottPi(d).estimate().isDefined());
    assertFalse(Agreement.fleissKappa(d).estimate().isDefined());
    Estimate alpha = KrippendorffAlpha.estimate(d, MeasurementLevel.NOMINAL);
    assertFalse(alpha.isDefined());
    assertTrue(alpha.undefinedReason().orElseThrow().contains("only one value"));
    assertEquals(1.0, Agreement.gwetAc1(d).value(), 0);
    assertEquals(1.0, Agreement.bennettS(d).estimate().value(), 0);
    assertEquals(1.0, Agreement.percentAgreement(d).value(), 0);
    Estimate k = AgreementReport.of(d, MeasurementLevel.NOMINAL).estimate(Coefficient.COHEN_KAPPA).orElseThrow();
    assertTrue(!k.isDefined() && k.undefinedReason().isPresent());
  }

  /** No unit with two ratings: every coefficient undefined, never NaN, never an exception. */
  @Test
  void noPairableUnit() {
    int m = ReliabilityData.MISSING;
    ReliabilityData d = ReliabilityData.of(Scale.LOSI_BINARY, new int[][] {{0, m}, {m, 1}, {1, m}});
    AgreementReport r = AgreementReport.withBootstrap(d, MeasurementLevel.NOMINAL, 50, 1L, 0.667);
    for (Estimate e : r.estimates().values()) {
      assertFalse(e.isDefined(), e.toString());
    }
    assertEquals(0, r.pairableValues());
    assertEquals(50, r.alphaBootstrap().orElseThrow().undefinedReplicates());
    assertTrue(r.alphaBootstrap().orElseThrow().probabilityBelow().isEmpty());
  }

  /** Constant interval data: alpha undefined (expected disagreement 0). */
  @Test
  void constantData() {
    ReliabilityData d = ReliabilityData.of(Scale.numeric(1, 2, 3), new int[][] {{2, 2, 2}, {2, 2, 2}});
    assertFalse(KrippendorffAlpha.estimate(d, MeasurementLevel.INTERVAL).isDefined());
    assertEquals(1.0, Agreement.gwetAc2(d, Weights.quadratic(d.scale())).value(), 0);
  }

  /** Every problem of a ratings file is reported at once, with where it was found. */
  @Test
  void builderCollectsEveryProblem() {
    ReliabilityData.Builder b = ReliabilityData.builder(Scale.LOSI_BINARY);
    b.rate("u1", "A", "PRESENT", Problem.builder().source("ratings.csv").line(2));
    b.rate("u1", "A", "ABSENT", Problem.builder().source("ratings.csv").line(3));
    b.rate("u2", "A", "present", Problem.builder().source("ratings.csv").line(4));
    b.rate("u3", " ", "ABSENT", Problem.builder().source("ratings.csv").line(5));
    LosiValidationException e = assertThrows(LosiValidationException.class, b::build);
    assertEquals(3, e.total());
    String text = e.getMessage();
    assertTrue(text.contains("ratings.csv:4: value \"present\" at unit \"u2\", rater \"A\" is not one of [ABSENT, PRESENT]"), text);
    assertTrue(text.contains("ratings.csv:5: rater \" \" at unit \"u3\" must not be blank"), text);
    assertTrue(text.contains("ratings.csv:3: value \"ABSENT\" unit \"u1\", rater \"A\" is rated more than once"), text);
  }

  @Test
  void scaleInference() {
    Scale s = Scale.infer(List.of("10", "2", "2.5", "2"), MeasurementLevel.INTERVAL);
    assertEquals(List.of("2", "2.5", "10"), s.labels());
    assertThrows(IllegalArgumentException.class, () -> Scale.infer(List.of("1", "1.0"), MeasurementLevel.NOMINAL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scale.infer(List.of("low", "high"), MeasurementLevel.ORDINAL));
    assertTrue(e.getMessage().contains("ordinal level needs ordered categories"));
    assertEquals(List.of("yes", "no"), Scale.infer(List.of("yes", "no"), MeasurementLevel.NOMINAL).labels());
    assertFalse(Scale.numeric(-1, 0, 1).supports(MeasurementLevel.RATIO));
    assertThrows(IllegalArgumentException.class, () -> AgreementReport.of(
        ReliabilityData.of(Scale.nominal("x", "y"), new int[][] {{0, 1}}), MeasurementLevel.INTERVAL));
  }

  @Test
  void indexDataIsChecked() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> ReliabilityData.of(Scale.LOSI_BINARY, new int[][] {{0, 2}, {0}}));
    assertEquals(2, e.total());
  }
}
