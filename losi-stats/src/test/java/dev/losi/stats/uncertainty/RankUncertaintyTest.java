package dev.losi.stats.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.stats.Estimate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RankUncertaintyTest {

  private static final List<Assessment> ONE_EACH = StudyFixture.STUDY.stream()
      .filter(a -> a.assessorId().equals("a")).toList();

  @Test
  void knownCaseNoDisagreementAndEverySourceOffCollapsesToThePoint() {
    for (boolean exact : new boolean[] {false, true}) {
      RankUncertainty.Result r = RankUncertainty.defaults().withDraws(50).withExact(exact)
          .analyse(StudyFixture.INSTRUMENT, ONE_EACH, List.of());
      assertEquals(0, r.disputedItems());
      for (RankUncertainty.CityUncertainty c : r.cities()) {
        assertEquals(c.pointRank(), c.medianRank());
        assertEquals(c.pointRank(), c.rankLow());
        assertEquals(c.pointRank(), c.rankHigh());
        assertEquals(c.pointRank(), c.meanRank(), 0);
        assertEquals(1.0, c.levelProbabilities().get(c.pointLevel()), 0);
        assertEquals(0.0, c.levelChangeProbability(), 0);
        assertTrue(c.firstOrder().isEmpty());
      }
      assertEquals(1.0, r.spearman().min(), 0);
      assertTrue(r.levelChanges().isEmpty());
    }
  }

  @Test
  void disagreementOnWithoutDisputesAlsoCollapses() {
    RankUncertainty.Result r = RankUncertainty.defaults().withDraws(20).withSources(EnumSet.of(Source.DISAGREEMENT))
        .analyse(StudyFixture.INSTRUMENT, ONE_EACH, List.of());
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      assertEquals(c.pointRank(), c.rankLow());
      assertEquals(c.pointRank(), c.rankHigh());
      assertFalse(c.firstOrder().get(Source.DISAGREEMENT).isDefined(), "rank never varies: index undefined");
    }
    assertEquals(20L * 3, r.modelRuns());
  }

  /** Fast path == slow path: the point score is the mean of the assessors' LOSI as losi-core's Scorer computes it. */
  @Test
  void pointScoreIsTheMeanOfTheScorersValues() {
    for (boolean adjusted : new boolean[] {false, true}) {
      Scorer scorer = Scorer.of(StudyFixture.INSTRUMENT).withAdjustments(adjusted ? StudyFixture.ADJUSTMENTS : List.of());
      Map<String, Double> mean = scorer.scoreAll(StudyFixture.STUDY).stream().collect(Collectors.groupingBy(
          s -> s.city().id(), TreeMap::new, Collectors.averagingDouble(RankUncertaintyTest::value)));
      RankUncertainty.Result r = RankUncertainty.defaults().withDraws(2)
          .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, adjusted ? StudyFixture.ADJUSTMENTS : List.of());
      for (RankUncertainty.CityUncertainty c : r.cities()) {
        assertEquals(mean.get(c.city().id()), c.pointScore(), 1e-15, c.city().id());
      }
    }
  }

  private static double value(CityScore s) {
    return s.adjusted().map(a -> a.score().value()).orElse(s.standard().value());
  }

  @Test
  void sameResultForAnyThreadCount() {
    RankUncertainty o = RankUncertainty.defaults().withDraws(700).withSeed(99)
        .withSources(EnumSet.allOf(Source.class)).withDenominators(List.of(8.0, 10.0));
    RankUncertainty.Result one = o.withThreads(1).analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, StudyFixture.ADJUSTMENTS);
    RankUncertainty.Result three = o.withThreads(3).analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, StudyFixture.ADJUSTMENTS);
    assertEquals(one, three);
    assertEquals(700L * 7, one.modelRuns());
    RankUncertainty.Result other = o.withSeed(100).withThreads(2)
        .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, StudyFixture.ADJUSTMENTS);
    assertFalse(one.equals(other), "another seed gives other draws");
  }

  /**
   * The denominator scales every city's score alike, so it never changes a rank: in the Saltelli design
   * the rows A and A_B(denominator) rank identically and the Jansen total index is exactly 0. Disagreement is
   * then the only source of rank variance: its first-order and total indices are 1 (within 4 standard errors).
   */
  @Test
  void sensitivityOfRankToDenominatorIsZeroAndToDisagreementOne() {
    RankUncertainty.Result r = RankUncertainty.defaults().withDraws(4000).withSeed(5)
        .withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR)).withDenominators(List.of(8.0, 10.0))
        .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, List.of());
    assertEquals(4000L * 4, r.modelRuns());
    int checked = 0;
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      Estimate st = c.total().get(Source.DENOMINATOR);
      if (!st.isDefined()) {
        continue;
      }
      checked++;
      assertEquals(0.0, st.value(), 0);
      assertEquals(0.0, c.firstOrder().get(Source.DENOMINATOR).value(), 4 * c.firstOrder().get(Source.DENOMINATOR).standardError().getAsDouble() + 1e-12);
      Estimate s = c.firstOrder().get(Source.DISAGREEMENT);
      Estimate t = c.total().get(Source.DISAGREEMENT);
      assertEquals(1.0, s.value(), 4 * s.standardError().getAsDouble() + 0.01, c.city().id());
      assertEquals(1.0, t.value(), 4 * t.standardError().getAsDouble() + 0.01, c.city().id());
    }
    assertTrue(checked >= 3);
  }

  /**
   * Hand computation: C4 answered only #3, #4 and #8 present (#1 #2 of IF absent), so 3/8 = 0.375 (middle).
   * With criteria weighted equally IF and CP each weigh 4 of 8 points, CP's six indicators 2/3 each, so
   * C4 scores 3 * 2/3 / 8 = 0.25 (middle). C6: only #1 of IF, so 1/8 = 0.125 (low) and with equal
   * criteria 2/8 = 0.25 (middle): P(middle) = P(low) = 1/2 exactly.
   */
  @Test
  void equalCriteriaScenarioByHand() {
    RankUncertainty.Result r = RankUncertainty.defaults().withExact(true).withSources(EnumSet.of(Source.WEIGHTS))
        .withWeights(WeightScheme.EQUAL_CRITERIA, 1).analyse(StudyFixture.INSTRUMENT, ONE_EACH, List.of());
    RankUncertainty.CityUncertainty c6 = r.cities().stream().filter(c -> c.city().id().equals("C6")).findFirst().orElseThrow();
    assertEquals(0.125, c6.pointScore(), 0);
    assertEquals(0.5, c6.levelProbabilities().get(Level.LOW), 1e-15);
    assertEquals(0.5, c6.levelProbabilities().get(Level.MIDDLE), 1e-15);
    RankUncertainty.CityUncertainty c4 = r.cities().stream().filter(c -> c.city().id().equals("C4")).findFirst().orElseThrow();
    assertEquals(0.375, c4.pointScore(), 0);
    assertEquals(1.0, c4.levelProbabilities().get(Level.MIDDLE), 1e-15);
  }

  @Test
  void dirichletWeightsWithHugeConcentrationStayAtThePoint() {
    RankUncertainty.Result r = RankUncertainty.defaults().withDraws(200).withSources(EnumSet.of(Source.WEIGHTS))
        .withWeights(WeightScheme.DIRICHLET, 1e9).analyse(StudyFixture.INSTRUMENT, ONE_EACH, List.of());
    // Weights near the instrument's only break ties: a city stays within its tie group's ranks.
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      long tied = r.cities().stream().filter(x -> x.pointScore() == c.pointScore()).count();
      assertTrue(c.rankLow() >= c.pointRank() && c.rankHigh() <= c.pointRank() + tied - 1, c.toString());
      boolean onBoundary = c.pointScore() == 0.25 || c.pointScore() == 0.5 || c.pointScore() == 0.75;
      if (!onBoundary) {
        assertEquals(1.0, c.levelProbabilities().get(c.pointLevel()), 0, c.toString());
      }
    }
  }

  @Test
  void exactRefusedWhenTooManyCombinationsOrContinuous() {
    RankUncertainty o = RankUncertainty.defaults().withExact(true).withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR))
        .withDenominators(List.of(8.0, 10.0)).withExactLimit(100);
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> o.analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, List.of()));
    assertTrue(e.getMessage().contains("exact enumeration would score 576 combinations (7 disputed answers, 2 denominators),"
        + " more than the limit of 100"), e.getMessage());
    LosiValidationException d = assertThrows(LosiValidationException.class, () -> RankUncertainty.defaults().withExact(true)
        .withSources(EnumSet.of(Source.WEIGHTS)).analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, List.of()));
    assertTrue(d.getMessage().contains("cannot cover Dirichlet weights"), d.getMessage());
  }

  @Test
  void sourcesThatCannotApplyAreRefusedTogether() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> RankUncertainty.defaults()
        .withSources(EnumSet.of(Source.DENOMINATOR, Source.ADJUSTMENTS))
        .withReviewerProbabilities(List.of(new ReviewerProbability("C1", "#3", 0.9)))
        .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, List.of()));
    assertEquals(3, e.problems().size(), e.getMessage());
  }

  @Test
  void reviewerProbabilityTableIsUsedExactly() {
    // C1's only disputed answer is #3 (P by a, S by b): with P(present) = 0.9 ... both are "present";
    // the table then has no effect and draws stay uniform. C2's #5 (P by a, A by b) with P(present) = 0.8.
    RankUncertainty.Result r = RankUncertainty.defaults().withExact(true).withSources(EnumSet.of(Source.DISAGREEMENT))
        .withReviewerProbabilities(List.of(new ReviewerProbability("C2", "#5", 0.8)))
        .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY.stream().filter(a -> a.city().id().equals("C2")).toList(),
            List.of());
    // C2: a = PAPSPPAA, b = PAPPAPAA; #4 disputed (S vs P, MGP-specific: S does not count), #5 P vs A.
    // Points: #1 #3 #6 always = 3; #4 counts with b's answer (1/2); #5 present with 0.8. Levels: 3/8 .. 5/8.
    // P(5/8 = HIGH) = 0.5 * 0.8 = 0.4; P(4/8 = HIGH) = 0.5 * 0.2 + 0.5 * 0.8 = 0.5; P(3/8 MIDDLE) = 0.1.
    RankUncertainty.CityUncertainty c2 = r.cities().get(0);
    assertEquals(0.9, c2.levelProbabilities().get(Level.HIGH), 1e-15);
    assertEquals(0.1, c2.levelProbabilities().get(Level.MIDDLE), 1e-15);
  }

  @Test
  void lowConfidenceCallsComeFromProvenance() {
    assertEquals(List.of(new ReconstructedCall("#3", "channelScope", "CHANNEL_INDEPENDENT", 0.5)),
        ReconstructedCall.lowConfidence(StudyFixture.INSTRUMENT, 0.5));
  }
}
