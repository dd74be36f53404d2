package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.level.Level;
import dev.losi.core.plan.Effort;
import dev.losi.core.plan.EffortTable;
import dev.losi.core.plan.Planner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the improvement plans across cities in the study report and as a policy message of the summary,
 * on the three-city fixture ({@link Fixtures#threeCities}), against the plans worked out by hand here.
 *
 * <p>Without an effort table (see {@link PlanIntervalTransitionTest} for CAIRO): ALPHA is very high, nothing to
 * plan. CAIRO (3/6, high) needs 2 more points: quick fixes {S1} give 4/6, still high; unclassified {S3} give
 * 5/6, very high. HOSTILE (1/6, low) needs ceil(0.25 x 6) - 1 = 1 point: one unclassified change, 2/6, middle.
 * So per phase (cities with changes, changes, cities up a level after it): quick fixes 1, 1, 0; moderate and
 * hard 0, 0, 0; unclassified 2, 2, 2.
 *
 * <p>With S3 easy: CAIRO's cheapest 2 changes are S1 (a link, easy) and S3 (easy), both quick fixes: 5/6,
 * very high after the quick fixes; HOSTILE's one change is S3, the only easy candidate: 2/6, middle. So quick
 * fixes 2 cities, 3 changes, 2 up.
 */
class PlanOverviewTest {

  private static Reports reports(Planner planner) {
    List<Assessment> cities = Fixtures.threeCities();
    return Reports.of(Fixtures.sixScorer(), cities).withPlans(planner.planAll(cities));
  }

  @Test
  void studyReportCountsPerPhaseTheCitiesUpALevel() {
    Report study = reports(Planner.of(Fixtures.sixScorer())).study();
    assertEquals("phase,cities_with_changes,changes,cities_up_a_level\n"
        + "quick fixes,1,1,0\nmoderate,0,0,0\nhard,0,0,0\nunclassified,2,2,2\n",
        study.chartData().get("study-plans.csv"));
    String html = study.html();
    assertTrue(html.contains("<section id=\"plans\">\n<h2>Improvement plans across the cities</h2>"), html);
    assertTrue(html.contains("2 of the 3 cities planned have changes to make to reach each city&#39;s next level up;"
        + " 1 are there already, and 0 would not reach it even with every change.")
        || html.contains("2 of the 3 cities planned have changes to make to reach each city's next level up;"
        + " 1 are there already, and 0 would not reach it even with every change."), html);
    assertTrue(html.contains("<tr><td>quick fixes</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td></tr>"));
    assertTrue(html.contains("<tr><td>unclassified changes</td><td class=\"n\">2</td><td class=\"n\">2</td>"
        + "<td class=\"n\">2</td></tr>"));
    // no plans, no section
    assertFalse(Reports.of(Fixtures.sixScorer(), Fixtures.threeCities()).study().html().contains("id=\"plans\""));
  }

  @Test
  void summaryMessageShowsTheRuleAndTheNumbersOfTheQuickFixes() {
    Planner easyS3 = Planner.of(Fixtures.sixScorer())
        .withEfforts(EffortTable.of(List.of(new EffortTable.Entry("S3", Effort.EASY, Optional.empty()))));
    Report study = reports(easyS3).study();
    assertEquals("phase,cities_with_changes,changes,cities_up_a_level\n"
        + "quick fixes,2,3,2\nmoderate,0,0,2\nhard,0,0,2\nunclassified,0,0,2\n", study.chartData().get("study-plans.csv"));
    String summary = reports(easyS3).summary().html();
    assertTrue(summary.contains("<div class=\"msg\" id=\"msg-plan-quick-fixes\"><p><b>2 of 2 cities with changes to make"
        + " could move up a level with quick fixes alone</b></p><p>Quick fixes: 2 cities up a level (changes: 3); with"
        + " the moderate changes too: 2; with the hard changes too: 2; with every change: 2."), summary);
    String none = reports(Planner.of(Fixtures.sixScorer())).summary().html();
    assertTrue(none.contains("<b>0 of 2 cities with changes to make could move up a level with quick fixes alone</b></p>"
        + "<p>Quick fixes: 0 cities up a level (changes: 1); with the moderate changes too: 0; with the hard changes"
        + " too: 0; with every change: 2.</p>"), none);
    // without plans the summary has no such message
    assertFalse(Reports.of(Fixtures.sixScorer(), Fixtures.threeCities()).summary().html().contains("msg-plan"));
  }

  @Test
  void aCommonTargetIsNamedAndTheLabelsAreTranslated() {
    Reports high = reports(Planner.of(Fixtures.sixScorer()).withTarget(Level.VERY_HIGH));
    assertTrue(high.study().html().contains("to reach the very high level;"), high.study().html());
    String fr = high.withOptions(ReportOptions.defaults().withLanguage("fr")).study().html();
    assertTrue(fr.contains("<h2>Les plans d&#39;amélioration de toutes les villes</h2>")
        || fr.contains("<h2>Les plans d'amélioration de toutes les villes</h2>"), fr);
    String es = high.withOptions(ReportOptions.defaults().withLanguage("es")).summary().html();
    assertTrue(es.contains("ciudades con cambios por hacer podrían subir un nivel solo con las correcciones rápidas"), es);
  }
}
