package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Values, standard errors and intervals printed in the README of irrCAC (K. Gwet's R package, repository
 * kgwet/irrCAC, README.md at commit 00b845116dd7b18188202cf4ed3fccec8b81a0bc, "Computing agreement
 * coefficients from contingency tables" and "from raw ratings"). irrCAC rounds coefficients and standard
 * errors to 5 decimals and intervals to 3, so the tolerances are half a unit of the last printed digit.
 */
class IrrCacReadmeTest {

  /**
   * {@code cac.raw4raters} is the Krippendorff (2011) data (12 subjects, 4 raters, categories 1-5, missing
   * ratings). README output:
   * <pre>
   * pa.coeff.raw      Percent Agreement 0.8181818 pe 0         0.8181818 se 0.12561 (0.542,1) p 4.345373e-05
   * gwet.ac1.raw      AC1               0.8181818 pe 0.1903212 0.77544   se 0.14295 (0.461,1) p 0.000208721
   * fleiss.kappa.raw  Fleiss' Kappa     0.8181818 pe 0.2387153 0.76117   se 0.15302 (0.424,1) p 0.000419173
   * bp.coeff.raw      Brennan-Prediger  0.8181818 pe 0.2       0.77273   se 0.14472 (0.454,1) p 0.0002375609
   * </pre>
   * The p-values printed in this README are two-sided, like ours ({@code 2 P(T_11 > |c/se|)}); the later
   * irrCAC code we read (R/agree.coeff3.raw.r, 2021) prints the one-sided {@code 1 - pt(c/se, n-1)}.
   */
  @Test
  void rawRatingsWithMissingValues() {
    ReliabilityData d = PublishedExamplesTest.krippendorff2011();
    check(Agreement.percentAgreement(d), 0.8181818, 0.12561, 0.542, 1.0, Double.NaN);
    check(Agreement.gwetAc1(d), 0.77544, 0.14295, 0.461, 1.0, 0.000208721);
    // Brennan-Prediger with missing ratings is our Randolph's free-marginal kappa (p_e = 1/q = 0.2)
    check(Agreement.randolphKappa(d), 0.77273, 0.14472, 0.454, 1.0, 0.0002375609);
    // irrCAC generalises Fleiss' kappa to missing ratings; we report Fleiss' kappa as not applicable there,
    // but the same linearised computation (used for Scott's pi) must reproduce irrCAC's numbers.
    Estimate generalisedFleiss = Agreement.family(Coefficient.FLEISS_KAPPA, UnitCounts.of(d),
        Weights.identity(d.scale()), Agreement.Kind.PI);
    check(generalisedFleiss, 0.76117, 0.15302, 0.424, 1.0, 0.000419173);
  }

  /**
   * {@code cont3x3abstractors} (two abstractors, 100 cases, categories Ectopic, AIU, NIU):
   * <pre>
   *            Ectopic AIU NIU
   *   Ectopic       13   0   0
   *   AIU            0  20   7
   *   NIU            0   4  56
   * kappa2.table   Cohen's Kappa     0.7964094 se 0.05891072
   * scott2.table   Scott's Pi        0.7962397 se 0.05905473
   * gwet.ac1.table Gwet's AC1        0.8493305 se 0.04321747
   * bp2.table      Brennan-Prediger  0.835     se 0.04693346
   * pa2.table      Percent Agreement 0.89      se 0.03128898
   * </pre>
   * Cohen's standard error is the Fleiss-Cohen-Everitt one, equal to ours. The other {@code .table}
   * functions divide the linearised variance by {@code n^2} where the {@code .raw} functions (and we)
   * divide by {@code n (n - 1)}: their SE is ours times {@code sqrt((n - 1)/n)}.
   */
  @Test
  void contingencyTable() {
    int[][] table = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
    ReliabilityData.Builder b = ReliabilityData.builder(Scale.nominal("Ectopic", "AIU", "NIU"));
    int unit = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (int c = 0; c < table[i][j]; c++) {
          String u = "case" + unit++;
          b.rate(u, "abstractor 1", i).rate(u, "abstractor 2", j);
        }
      }
    }
    ReliabilityData d = b.build();
    double toTable = Math.sqrt(99.0 / 100);
    Estimate kappa = Agreement.cohenKappa(d).estimate();
    assertEquals(0.7964094, kappa.value(), 5e-8);
    assertEquals(0.05891072, kappa.standardError().getAsDouble(), 5e-9);
    Estimate pi = Agreement.scottPi(d).estimate();
    assertEquals(0.7962397, pi.value(), 5e-8);
    assertEquals(0.05905473, pi.standardError().getAsDouble() * toTable, 5e-9);
    Estimate ac1 = Agreement.gwetAc1(d);
    assertEquals(0.8493305, ac1.value(), 5e-8);
    assertEquals(0.04321747, ac1.standardError().getAsDouble() * toTable, 5e-9);
    Estimate s = Agreement.bennettS(d).estimate();
    assertEquals(0.835, s.value(), 1e-12);
    assertEquals(0.04693346, s.standardError().getAsDouble() * toTable, 5e-9);
    Estimate pa = Agreement.percentAgreement(d);
    assertEquals(0.89, pa.value(), 1e-12);
    assertEquals(0.03128898, pa.standardError().getAsDouble() * toTable, 5e-9);
  }

  private static void check(Estimate e, double value, double se, double lower, double upper, double twoSidedP) {
    assertEquals(value, e.value(), 5e-6, e.toString());
    assertEquals(se, e.standardError().getAsDouble(), 5e-6, e.toString());
    ConfidenceInterval ci = e.confidenceInterval().orElseThrow();
    assertEquals(lower, ci.lower(), 5e-4, e.toString());
    assertEquals(upper, ci.upper(), 5e-4, e.toString());
    if (!Double.isNaN(twoSidedP)) {
      assertEquals(twoSidedP, e.pValue().getAsDouble(), twoSidedP * 1e-5, e.toString());
    }
  }
}
