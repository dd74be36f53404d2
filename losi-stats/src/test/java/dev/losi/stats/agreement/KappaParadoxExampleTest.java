package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/agreement.md: two assessors, 100 city portals, one near-universal LOSI
 * feature (present in 93% of the ratings). Table (first assessor by second): PRESENT/PRESENT 88,
 * PRESENT/ABSENT 5, ABSENT/PRESENT 5, ABSENT/ABSENT 2. Worked by hand:
 * p_o = 0.90; Cohen: p_e = 0.93^2 + 0.07^2 = 0.8698, kappa = 0.0302/0.1302 = 0.2319508448540707;
 * AC1: p_e = 2 * 0.93 * 0.07 = 0.1302, AC1 = 0.7698/0.8698 = 0.8850310416187629;
 * PABAK = 2 * 0.9 - 1 = 0.8; alpha (nominal): o_PA = o_AP = 10, n_P = 186, n_A = 14, n = 200,
 * alpha = 1 - 199 * 20 / (2 * 186 * 14) = 0.2357910906298003.
 */
class KappaParadoxExampleTest {

  static ReliabilityData example() {
    ReliabilityData.Builder b = ReliabilityData.builder(Scale.LOSI_BINARY);
    int unit = 0;
    int[][] cells = {{88, 1, 1}, {5, 1, 0}, {5, 0, 1}, {2, 0, 0}};
    for (int[] cell : cells) {
      for (int i = 0; i < cell[0]; i++) {
        String u = "city" + (++unit);
        b.rate(u, "assessor 1", cell[1] == 1 ? Scale.PRESENT : Scale.ABSENT);
        b.rate(u, "assessor 2", cell[2] == 1 ? Scale.PRESENT : Scale.ABSENT);
      }
    }
    return b.build();
  }

  @Test
  void paradox() {
    AgreementReport r = AgreementReport.of(example(), MeasurementLevel.NOMINAL);
    assertEquals(0.9, r.estimate(Coefficient.PERCENT_AGREEMENT).orElseThrow().value(), 1e-12);
    assertEquals(0.2319508448540707, r.estimate(Coefficient.COHEN_KAPPA).orElseThrow().value(), 1e-12);
    assertEquals(0.8850310416187629, r.estimate(Coefficient.GWET_AC1).orElseThrow().value(), 1e-12);
    assertEquals(0.8, r.estimate(Coefficient.BENNETT_S).orElseThrow().value(), 1e-12);
    assertEquals(0.2357910906298003, r.estimate(Coefficient.KRIPPENDORFF_ALPHA).orElseThrow().value(), 1e-12);
    assertTrue(r.prevalenceNote().orElseThrow().startsWith("Cohen's kappa (0.232) and Krippendorff's alpha (0.236)"));
    Estimate ac1 = r.estimate(Coefficient.GWET_AC1).orElseThrow();
    assertTrue(ac1.confidenceInterval().orElseThrow().contains(ac1.value()));
    // the bootstrap numbers quoted in docs/agreement.md (seed 2024, 1000 replicates)
    AlphaBootstrap b = KrippendorffAlpha.bootstrap(example(), MeasurementLevel.NOMINAL, 1000, 2024L, 0.667, 0.8);
    assertEquals(0.996, b.probabilityBelow().get(0.667), 1e-12);
    assertEquals(0.999, b.probabilityBelow().get(0.8), 1e-12);
    assertEquals(-0.0699, b.percentileInterval(0.95).lower(), 1e-4);
    assertEquals(0.5811, b.percentileInterval(0.95).upper(), 1e-4);
    assertEquals(0.1708, b.standardError(), 1e-4);
  }
}
