package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.LosiValidationException;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's improvement plan and rank interval and the study report's level transition matrices on
 * the three-city fixture ({@link Fixtures#threeCities}), against hand computations written out here.
 */
class PlanIntervalTransitionTest {

  /**
   * CAIRO: 3 of 6 points (I1, S2, T1), high. Very high needs ceil(0.75 x 6) = 5 points: 2 more. Candidates:
   * I2 absent, S3 absent (unclassified, no effort table) and S1 found only on the national portal (a
   * channel downgrade: easy). Fewest changes: 2; then fewest unclassified: S1 and one of I2, S3. Both have
   * peer uptake 1/2 (ALPHA has them, HOSTILE not); the weakest criterion goes first: SP (1/3) before IF
   * (1/2), so S3. Phases: quick fixes {S1} -> 4/6 high; unclassified {S3} -> 5/6 very high.
   */
  @Test
  void scorecardShowsThePlanPhasesAndTheProjectedScoreAndLevelAfterEach() {
    List<Assessment> cities = Fixtures.threeCities();
    Reports reports = Reports.of(Fixtures.sixScorer(), cities)
        .withPlans(Planner.of(Fixtures.sixScorer()).planAll(cities));
    Report cairo = reports.scorecard("EGY-01");
    assertEquals("stage,changes,points,maximum,losi,level\n"
        + "today,0,3,6,0.5,HIGH\n"
        + "quick fixes,1,4,6," + (4.0 / 6) + ",HIGH\n"
        + "unclassified,2,5,6," + (5.0 / 6) + ",VERY_HIGH\n", cairo.chartData().get("scorecard-EGY-01-plan.csv"));
    String html = cairo.html();
    assertTrue(html.contains("Today: 3 of 6 points (LOSI 0.5000, high level). Target: the very high level."), html);
    assertTrue(html.contains("2 more points reach the very high level: 2 changes in 2 phases."));
    assertTrue(html.contains("<tr><td>quick fixes</td><td>S1</td><td class=\"n\">4</td><td class=\"n\">0.6667</td><td>high</td></tr>"));
    assertTrue(html.contains("<tr><td>unclassified changes</td><td>S3</td><td class=\"n\">5</td><td class=\"n\">0.8333</td>"
        + "<td>very high</td></tr>"));
    assertTrue(html.contains("<td class=\"n\">1</td><td>S1</td><td>Pay local taxes</td><td>link it from the municipal portal"),
        "the first step is the easy link");
    assertTrue(html.contains("<td class=\"n\">2</td><td>S3</td><td>Book an appointment</td><td>provide it on the municipal portal"
        + "</td><td>unclassified</td><td class=\"n\">1</td><td class=\"n\">50%</td>"));
    assertTrue(html.contains("<figure id=\"chart-plan\"><svg class=\"chart\""));
    // ALPHA is very high: its next level is very high, nothing to plan
    assertTrue(reports.scorecard("AAA-01").html().contains("The city is at the very high level already"));
    assertFalse(reports.scorecard("AAA-01").chartData().containsKey("scorecard-AAA-01-plan.csv"));
  }

  @Test
  void aPlanOfACityOutsideTheReportIsRefused() {
    List<Assessment> cities = Fixtures.threeCities();
    Reports two = Reports.of(Fixtures.sixScorer(), cities.subList(0, 2));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> two.withPlans(Planner.of(Fixtures.sixScorer()).planAll(cities)));
    assertTrue(e.getMessage().contains("EGY-02"), e.getMessage());
  }

  /**
   * Assessor B sees HOSTILE with all six present; A with S2 only. Its five disputed items are drawn from A
   * (absent) or B (present) with probability 1/2 each, so its score is (1 + K) / 6 with K ~ Binomial(5, 1/2),
   * against CAIRO 3/6 and ALPHA 6/6 (one assessor each). HOSTILE ranks 1 when K = 5 (P 1/32, a tie with
   * ALPHA), 2 when K = 2..4 (P 25/32; K = 2 ties CAIRO), 3 when K &lt;= 1 (P 6/32): the 0.05 quantile is 2
   * (cumulative 1/32 &lt; 0.05), the 0.95 quantile 3 (cumulative 26/32 &lt; 0.95). Point score (1/6 + 1) / 2
   * = 7/12 above CAIRO: point rank 2. CAIRO ranks 3 when K &gt;= 3 (16/32), else 2: interval 2 to 3. ALPHA
   * ranks 1 in every draw: the interval collapses.
   */
  @Test
  void scorecardShowsTheNinetyPercentRankIntervalFromAssessorDisagreement() {
    List<Assessment> all = new ArrayList<>(Fixtures.threeCities());
    all.add(Fixtures.assessment(City.of("EGY-02", Fixtures.HOSTILE, "EGY"), "B", "111111", null));
    RankUncertainty.Result exact = RankUncertainty.defaults().withSources(EnumSet.of(Source.DISAGREEMENT)).withExact(true)
        .analyse(Fixtures.six(), all, List.of());
    Reports reports = Reports.of(Fixtures.sixScorer(), Reports.oneViewPerCity(all, Optional.of("A"))).withRankIntervals(exact);
    Report hostile = reports.scorecard("EGY-02");
    assertEquals("city_id,assessors,point_losi,point_rank,median_rank,rank_low,rank_high,cities,coverage,draws,seed,sources\n"
        + "EGY-02,2," + (7.0 / 12) + ",2,2,2,3,3,0.9,0,0,disagreement\n", hostile.chartData().get("scorecard-EGY-02-rank-interval.csv"));
    assertTrue(hostile.html().contains("Rank 2 to 3 of 3"), hostile.html());
    assertTrue(hostile.html().contains("90% rank interval from the uncertainty of: assessor disagreement; exact enumeration of 32"
        + " combinations."), hostile.html());
    assertTrue(reports.scorecard("EGY-01").html().contains("Rank 2 to 3 of 3"));
    String alpha = reports.scorecard("AAA-01").html();
    assertTrue(alpha.contains("The interval collapses to the point rank: 1 of 3 in every draw. The city had one assessor"), alpha);
    assertTrue(alpha.contains("<figure id=\"chart-rank-interval\"><svg class=\"chart\""));

    RankUncertainty.Result drawn = RankUncertainty.defaults().withSources(EnumSet.of(Source.DISAGREEMENT)).withDraws(400)
        .withSeed(7).withSensitivity(false).analyse(Fixtures.six(), all, List.of());
    String monteCarlo = reports.withRankIntervals(drawn).scorecard("EGY-02").html();
    assertTrue(monteCarlo.contains("400 random draws, seed 7"), "the draws and the seed are stated");
  }

  /**
   * Before (same six-indicator edition, identity mapping): ALPHA 110100 = 3/6 high, CAIRO 000100 = 1/6 low,
   * HOSTILE 000100 = 1/6 low. After (the fixture): ALPHA very high, CAIRO high (S1 downgraded), HOSTILE low.
   * Both matrices: HIGH -> VERY_HIGH 1, LOW -> HIGH 1, LOW -> LOW 1; 1 unchanged, 2 up, 0 down.
   */
  @Test
  void studyShowsTheLevelTransitionMatricesOfTwoEditions() {
    List<Assessment> after = Fixtures.threeCities();
    List<Assessment> before = List.of(
        Fixtures.assessment(after.get(0).city(), "A", "110100", null),
        Fixtures.assessment(after.get(1).city(), "A", "000100", null),
        Fixtures.assessment(after.get(2).city(), "A", "000100", null));
    Reports reports = Reports.of(Fixtures.sixScorer(), after).withEditions(LongitudinalComparison.compare(
        EditionMapping.identity(Fixtures.six()), before, after, MissingAnswerPolicy.REJECT));
    Report study = reports.study();
    String want = "level_before,level_after,cities\n"
        + "VERY_HIGH,VERY_HIGH,0\nVERY_HIGH,HIGH,0\nVERY_HIGH,MIDDLE,0\nVERY_HIGH,LOW,0\n"
        + "HIGH,VERY_HIGH,1\nHIGH,HIGH,0\nHIGH,MIDDLE,0\nHIGH,LOW,0\n"
        + "MIDDLE,VERY_HIGH,0\nMIDDLE,HIGH,0\nMIDDLE,MIDDLE,0\nMIDDLE,LOW,0\n"
        + "LOW,VERY_HIGH,0\nLOW,HIGH,1\nLOW,MIDDLE,0\nLOW,LOW,1\n";
    assertEquals(want, study.chartData().get("study-transitions-official.csv"));
    assertEquals(want, study.chartData().get("study-transitions-core.csv"));
    String html = study.html();
    assertTrue(html.contains("Official levels: 3 cities; 1 at the same level, 2 moved up (left of the diagonal), 0 moved down"), html);
    assertTrue(html.contains("<figure id=\"chart-transitions-core\"><svg class=\"chart\""));
    assertFalse(Reports.of(Fixtures.sixScorer(), after).study().html().contains("id=\"transitions\""),
        "one edition: no transition section");
  }
}
