package dev.losi.stats.io;

import static dev.losi.stats.io.Fixture.INSTRUMENT;
import static dev.losi.stats.io.Fixture.assessments;
import static dev.losi.stats.io.Fixture.json;
import static dev.losi.stats.io.Fixture.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.OrganisationComparison;
import dev.losi.stats.review.Reconciliation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of the reviewer's views, reconciliation and comparison (keys of docs/agreement.md and docs/cli.md). */
class ReviewJsonTest {

  /**
   * City X: A = 1 1 0 0, B = 1 0 0 0 (one disagreement of four items, #2: 25% > 5%, an alert); Y: both
   * 1 1 1 0 (no disagreement); Z: only A. Worked by hand from the definitions in docs/agreement.md.
   */
  @Test
  void reviewKeysAndValues() {
    AssessmentReview r = AssessmentReview.of(INSTRUMENT,
        assessments("X A 1100", "X B 1000", "Y A 1110", "Y B 1110", "Z A 1111"));
    JsonNode json = json(StatisticsJson.review(r));
    assertEquals(List.of("instrument", "threshold", "coding", "overall", "by_indicator", "by_criterion", "by_city",
        "by_assessor_pair", "alerts", "disagreements", "single_assessor_cities"), keys(json));
    assertEquals(0.05, json.get("threshold").asDouble(), 0);
    assertEquals("scored", json.get("coding").asText());
    assertEquals("[\"X\"]", json.get("alerts").toString());
    assertEquals("[\"Z\"]", json.get("single_assessor_cities").toString());
    JsonNode x = json.get("by_city").get(0);
    assertEquals(List.of("city", "name", "assessors", "items_compared", "items_disagreeing", "items_not_compared",
        "raw_disagreement", "alert", "coefficients"), keys(x));
    assertEquals(0.25, x.get("raw_disagreement").asDouble(), 0);
    assertEquals(3.0 / 4, x.get("coefficients").get("percent_agreement").get("value").asDouble(), 1e-15);
    JsonNode d = json.get("disagreements").get(0);
    assertEquals("#2", d.get("indicator").asText());
    assertEquals("https://x.example/A/2", d.get("answers").get(0).get("evidence").get("url").asText());
    assertTrue(d.get("answers").get(1).get("evidence").isNull());
    // overall, 8 items: 7 agree
    assertEquals(7.0 / 8, json.get("overall").get("coefficients").get("percent_agreement").get("value").asDouble(), 1e-15);
  }

  /** X ties on #2 (PRESENT 1, ABSENT 1) and waits; Y is unanimous. */
  @Test
  void reconciliationKeys() {
    JsonNode json = json(StatisticsJson.reconciliation(Reconciliation.reconcile(INSTRUMENT,
        assessments("X A 1100", "X B 1000", "Y A 1110", "Y B 1110"), List.of())));
    assertFalse(json.get("complete").asBoolean());
    JsonNode x = json.get("cities").get(0);
    assertEquals(List.of("city", "assessors", "reconciled", "reason", "unanimous_items", "as_agreement_counts", "pending", "resolved"), keys(x));
    assertEquals("X", x.get("city").asText());
    assertEquals(1, x.get("pending").size());
    assertEquals("tie: PRESENT 1, ABSENT 1", x.get("pending").get(0).get("reason").asText());
    assertEquals(3, x.get("unanimous_items").asInt());
    assertTrue(json.get("cities").get(1).get("reason").isNull());
  }

  /**
   * Left C1 1100, C2 1110, C3 1111; right C1 1110, C2 1100, C3 1111: only #3 differs (once each way), so
   * the mean difference is 0 and #3 is the one driver listed; 10 of the 12 items agree.
   */
  @Test
  void comparisonKeys() {
    OrganisationComparison c = OrganisationComparison.compare(INSTRUMENT, "gov", assessments("C1 G 1100", "C2 G 1110",
        "C3 G 1111"), "uni", assessments("C1 U 1110", "C2 U 1100", "C3 U 1111"), MissingAnswerPolicy.REJECT);
    JsonNode json = json(StatisticsJson.comparison(c));
    assertEquals(List.of("left", "right", "cities", "only_left", "only_right", "mean_difference", "level_changes",
        "rank_correlation", "item_agreement", "drivers"), keys(json));
    assertEquals(0.0, json.get("mean_difference").asDouble(), 1e-15);
    assertEquals(1, json.get("drivers").size());
    assertEquals("#3", json.get("drivers").get(0).get("indicator").asText());
    assertEquals(10.0 / 12, json.get("item_agreement").get("percent_agreement").get("value").asDouble(), 1e-15);
    assertEquals(0.25, json.get("cities").get(0).get("difference").asDouble(), 1e-15);
  }
}
