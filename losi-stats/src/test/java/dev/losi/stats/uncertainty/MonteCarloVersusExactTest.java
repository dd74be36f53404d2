package dev.losi.stats.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.level.Level;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo estimates agree with the exact enumeration (7 disputed answers, two denominators, one
 * reconstructed call, adjustments on or off: 2304 combinations) within their stated error: a probability
 * estimated from N draws has standard error sqrt(p (1 - p) / N), and every estimate must lie within 4 of
 * them (a failure rate below 1e-4 per comparison for a correct sampler).
 */
class MonteCarloVersusExactTest {

  private static final int N = 4000;

  @Test
  void levelAndTopKProbabilitiesWithinStatedError() {
    RankUncertainty o = RankUncertainty.defaults().withTopK(2)
        .withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR, Source.RECONSTRUCTED, Source.ADJUSTMENTS))
        .withDenominators(List.of(8.0, 10.0));
    RankUncertainty.Result exact = o.withExact(true).analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, StudyFixture.ADJUSTMENTS);
    RankUncertainty.Result mc = o.withDraws(N).withSeed(2024).withSensitivity(false)
        .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, StudyFixture.ADJUSTMENTS);
    assertEquals(N, mc.modelRuns());
    int nonTrivial = 0;
    for (int c = 0; c < exact.cities().size(); c++) {
      RankUncertainty.CityUncertainty e = exact.cities().get(c);
      RankUncertainty.CityUncertainty m = mc.cities().get(c);
      assertEquals(e.city(), m.city());
      for (Level l : Level.values()) {
        double p = e.levelProbabilities().get(l);
        nonTrivial += p > 0 && p < 1 ? 1 : 0;
        assertEquals(p, m.levelProbabilities().get(l), 4 * Math.sqrt(p * (1 - p) / N) + 1e-12, e.city().id() + " " + l);
      }
      double t = e.topProbability();
      assertEquals(t, m.topProbability(), 4 * Math.sqrt(t * (1 - t) / N) + 1e-12, e.city().id() + " top 2");
    }
    assertTrue(nonTrivial >= 4);
  }
}
