package dev.losi.stats.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.level.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the result on random studies of the fixture instrument. */
class RankUncertaintyProperties {

  @Property(tries = 40)
  void boundsAndOrderHold(@ForAll @IntRange(min = 2, max = 7) int cities, @ForAll long answers,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<Assessment> study = new ArrayList<>();
    java.util.Random rnd = new java.util.Random(answers);
    String letters = "PSAN";
    for (int c = 0; c < cities; c++) {
      int assessors = 1 + rnd.nextInt(3);
      for (int a = 0; a < assessors; a++) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
          sb.append(letters.charAt(rnd.nextInt(4)));
        }
        study.add(StudyFixture.assess("X" + c, c % 2 == 0 ? "BRA" : "ARG", "r" + a, sb.toString()));
      }
    }
    RankUncertainty.Result r = RankUncertainty.defaults().withDraws(40).withSeed(seed).withThreads(1)
        .withSources(EnumSet.allOf(Source.class)).withDenominators(List.of(8.0, 9.0))
        .analyse(StudyFixture.INSTRUMENT, study, StudyFixture.ADJUSTMENTS);
    assertEquals(cities, r.cities().size());
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      assertTrue(1 <= c.rankLow() && c.rankLow() <= c.medianRank() && c.medianRank() <= c.rankHigh()
          && c.rankHigh() <= cities, c.toString());
      assertTrue(c.meanRank() >= 1 && c.meanRank() <= cities, c.toString());
      double sum = 0;
      for (Level l : Level.values()) {
        double p = c.levelProbabilities().get(l);
        assertTrue(p >= 0 && p <= 1);
        sum += p;
      }
      assertEquals(1.0, sum, 1e-12);
      assertEquals(1 - c.levelProbabilities().get(c.pointLevel()), c.levelChangeProbability(), 1e-12);
      assertTrue(c.pointScore() >= 0 && c.pointScore() <= 1);
    }
    assertTrue(r.spearman().defined() == 0 || (r.spearman().min() >= -1 && r.spearman().max() <= 1));
  }
}
