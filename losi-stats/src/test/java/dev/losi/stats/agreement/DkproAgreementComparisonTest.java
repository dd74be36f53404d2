package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.dkpro.statistics.agreement.coding.BennettSAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.RandolphKappaAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.Test;

/**
 * Second implementation: DKPro Agreement 2.2.1 (org.dkpro.statistics:dkpro-statistics-agreement,
 * test scope) on random data, to 1e-12 wherever both define the coefficient. DKPro's categories are
 * the Integers 1..q (its ordinal distance needs Integer categories; its interval and ratio distances
 * use the numbers), matching our numeric scale 1..q. Every category is used in every data set, since
 * DKPro's q for Bennett's S and Randolph's kappa counts the categories that occur.
 */
class DkproAgreementComparisonTest {

  private static final double TOL = 1e-12;

  private record Pair(ReliabilityData ours, CodingAnnotationStudy theirs) {}

  private static Pair random(long seed, int raters, int q, double missing) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int units = 20 + rnd.nextInt(150);
    int[][] codes = new int[units][raters];
    CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
    for (int u = 0; u < units; u++) {
      int truth = rnd.nextInt(q);
      Integer[] item = new Integer[raters];
      int present = 0;
      for (int r = 0; r < raters; r++) {
        boolean miss = u > q && rnd.nextDouble() < missing;
        if (miss) {
          codes[u][r] = ReliabilityData.MISSING;
          continue;
        }
        int c = rnd.nextDouble() < 0.6 ? truth : rnd.nextInt(q);
        if (u < q) {
          c = u; // every category occurs
        } else if (u == q) {
          // one unit holds the two extreme categories: DKPro 2.2.1's WeightedKappaAgreement divides the
          // observed disagreement by the largest distance seen within an item and the expected one by the
          // largest distance between categories, which equals Cohen's (1968) weighted kappa only when an
          // item holds both extremes (found while writing this test; ours is checked by hand in
          // PublishedExamplesTest.cohenTableByHand)
          c = r == 0 ? 0 : q - 1;
        }
        codes[u][r] = c;
        item[r] = c + 1;
        present++;
      }
      if (present == 0) { // DKPro cannot hold an empty item; rate it by rater 1
        codes[u][0] = truth;
        item[0] = truth + 1;
      }
      study.addItemAsArray(item);
    }
    double[] values = new double[q];
    for (int k = 0; k < q; k++) {
      values[k] = k + 1;
    }
    return new Pair(ReliabilityData.of(Scale.numeric(values), codes), study);
  }

  @Test
  void twoRatersCompleteData() {
    for (long seed = 1; seed <= 40; seed++) {
      int q = 2 + (int) (seed % 4);
      Pair p = random(seed, 2, q, 0);
      ReliabilityData d = p.ours();
      String at = "seed " + seed;
      manyRaterCoefficients(p, at);
      assertEquals(new CohenKappaAgreement(p.theirs()).calculateAgreement(), Agreement.cohenKappa(d).estimate().value(), TOL, at);
      assertEquals(new ScottPiAgreement(p.theirs()).calculateAgreement(), Agreement.scottPi(d).estimate().value(), TOL, at);
      assertEquals(new BennettSAgreement(p.theirs()).calculateAgreement(), Agreement.bennettS(d).estimate().value(), TOL, at);
      // Cohen's (1968) weighted kappa: DKPro's WeightedKappaAgreement with squared (interval) distance is the
      // quadratic form; weights 1 - d/d_max give the same ratio of disagreements.
      assertEquals(new WeightedKappaAgreement(p.theirs(), new IntervalDistanceFunction()).calculateAgreement(),
          Agreement.weightedKappa(d, Weights.quadratic(d.scale())).estimate().value(), TOL, at + " quadratic");
      alphas(p, at);
    }
  }

  @Test
  void manyRatersCompleteData() {
    for (long seed = 100; seed <= 140; seed++) {
      int raters = 3 + (int) (seed % 4);
      int q = 2 + (int) (seed % 5);
      Pair p = random(seed, raters, q, 0);
      String at = "seed " + seed;
      manyRaterCoefficients(p, at);
      alphas(p, at);
    }
  }

  @Test
  void missingRatingsAlpha() {
    for (long seed = 200; seed <= 240; seed++) {
      int raters = 2 + (int) (seed % 5);
      int q = 2 + (int) (seed % 4);
      Pair p = random(seed, raters, q, 0.3);
      String at = "seed " + seed;
      // Percent agreement and Randolph's kappa with missing ratings are not compared: DKPro 2.2.1 averages
      // the observed agreement over items differently from Gwet (2014) and irrCAC, whose definition
      // (the mean over units with two or more ratings) we follow; see MissingRatingsTest for that case.
      alphas(p, at);
    }
  }

  /** Percent agreement, Fleiss' kappa and Randolph's kappa, defined for any number of raters. */
  private static void manyRaterCoefficients(Pair p, String at) {
    ReliabilityData d = p.ours();
    assertEquals(new PercentageAgreement(p.theirs()).calculateAgreement(), Agreement.percentAgreement(d).value(), TOL, at);
    assertEquals(new FleissKappaAgreement(p.theirs()).calculateAgreement(), Agreement.fleissKappa(d).estimate().value(), TOL, at);
    assertEquals(new RandolphKappaAgreement(p.theirs()).calculateAgreement(), Agreement.randolphKappa(d).value(), TOL, at);
  }

  private static void alphas(Pair p, String at) {
    ReliabilityData d = p.ours();
    assertEquals(new KrippendorffAlphaAgreement(p.theirs(), new NominalDistanceFunction()).calculateAgreement(),
        KrippendorffAlpha.estimate(d, MeasurementLevel.NOMINAL).value(), TOL, at + " nominal");
    assertEquals(new KrippendorffAlphaAgreement(p.theirs(), new OrdinalDistanceFunction()).calculateAgreement(),
        KrippendorffAlpha.estimate(d, MeasurementLevel.ORDINAL).value(), TOL, at + " ordinal");
    assertEquals(new KrippendorffAlphaAgreement(p.theirs(), new IntervalDistanceFunction()).calculateAgreement(),
        KrippendorffAlpha.estimate(d, MeasurementLevel.INTERVAL).value(), TOL, at + " interval");
    assertEquals(new KrippendorffAlphaAgreement(p.theirs(), new RatioDistanceFunction()).calculateAgreement(),
        KrippendorffAlpha.estimate(d, MeasurementLevel.RATIO).value(), TOL, at + " ratio");
  }
}
