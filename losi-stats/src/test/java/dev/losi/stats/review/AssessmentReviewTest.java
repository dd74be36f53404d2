package dev.losi.stats.review;

import static dev.losi.stats.review.Fixtures.INSTRUMENT;
import static dev.losi.stats.review.Fixtures.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.stats.agreement.Coefficient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer's views, worked by hand on a small set of assessments. */
class AssessmentReviewTest {

  /**
   * City X: A = P P A A, B = P A A A (one disagreement, #2). City Y: A and B = P P P A. City Z: only A.
   * Overall (first vs second assessor) over 8 items: PP 4, PA 1, AA 3, AP 0; p_o = 7/8, first rater
   * P 5/8, second P 4/8, p_e = 5/8*4/8 + 3/8*4/8 = 0.5, Cohen's kappa = (0.875 - 0.5)/0.5 = 0.75.
   */
  static List<Assessment> sample() {
    return List.of(assess("X", "A", "PPAA"), assess("X", "B", "PAAA"), assess("Y", "B", "PPPA"),
        assess("Y", "A", "PPPA"), assess("Z", "A", "PPPP"));
  }

  @Test
  void viewsByHand() {
    AssessmentReview r = AssessmentReview.of(INSTRUMENT, sample());
    assertEquals(8, r.overall().itemsCompared());
    assertEquals(1, r.overall().itemsDisagreeing());
    assertEquals(0.875, r.overall().report().estimate(Coefficient.PERCENT_AGREEMENT).orElseThrow().value(), 1e-15);
    assertEquals(0.75, r.overall().report().estimate(Coefficient.COHEN_KAPPA).orElseThrow().value(), 1e-15);

    assertEquals("#2", r.byIndicator().get(0).key());
    assertEquals(0.5, r.byIndicator().get(0).rawDisagreement().getAsDouble(), 0);
    assertEquals(0.0, r.byIndicator().get(3).rawDisagreement().getAsDouble(), 0);
    assertEquals(List.of("IF", "CP"), r.byCriterion().stream().map(GroupAgreement::key).toList());
    assertEquals(0.25, r.byCriterion().get(0).rawDisagreement().getAsDouble(), 0);
    assertEquals(0.0, r.byCriterion().get(1).rawDisagreement().getAsDouble(), 0);

    CityAgreement x = r.byCity().get(0);
    assertEquals("X", x.city().id());
    assertEquals(List.of("A", "B"), x.assessorIds());
    assertEquals(0.25, x.rawDisagreement().getAsDouble(), 0);
    assertTrue(x.alert());
    assertFalse(r.byCity().get(1).alert());
    assertEquals(List.of("X"), r.alerts().stream().map(c -> c.city().id()).toList());
    assertEquals(List.of("Z"), r.singleAssessorCities().stream().map(c -> c.id()).toList());

    assertEquals(1, r.disagreements().size());
    Disagreement d = r.disagreements().get(0);
    assertEquals("#2", d.indicator().code());
    assertEquals(Answer.PRESENT, d.answers().get(0).answer());
    assertEquals("https://x.example/A/2", d.answers().get(0).evidence().orElseThrow().url().orElseThrow());
    assertEquals(Answer.ABSENT, d.answers().get(1).answer());

    assertEquals(List.of("A|B"), r.byAssessorPair().stream().map(GroupAgreement::key).toList());
    assertEquals(8, r.byAssessorPair().get(0).itemsCompared());

    assertEquals(0.05, r.settings().alertThreshold());
  }

  /** The threshold is strict ("exceeds") and decided exactly: 1 of 20 is exactly 5%, not above it. */
  @Test
  void thresholdIsExact() {
    assertFalse(AssessmentReview.exceeds(1, 20, 0.05));
    assertTrue(AssessmentReview.exceeds(2, 20, 0.05));
    assertTrue(AssessmentReview.exceeds(1, 19, 0.05));
    assertFalse(AssessmentReview.exceeds(0, 19, 0.0));
    assertTrue(AssessmentReview.exceeds(1, 95, 0.01));
    AssessmentReview strict = AssessmentReview.of(INSTRUMENT, sample(), ReviewSettings.defaults().withThreshold(0.25));
    assertTrue(strict.alerts().isEmpty(), "0.25 does not exceed 0.25");
  }

  /** Scored coding: ABSENT and NOT_APPLICABLE agree; as answered they differ. NOT_ASSESSED is never compared. */
  @Test
  void coding() {
    List<Assessment> as = List.of(assess("X", "A", "PPA-"), assess("X", "B", "PPN-"));
    AssessmentReview scored = AssessmentReview.of(INSTRUMENT, as);
    assertEquals(0, scored.disagreements().size());
    assertEquals(3, scored.byCity().get(0).itemsCompared());
    assertEquals(1, scored.byCity().get(0).itemsNotCompared());
    AssessmentReview answered = AssessmentReview.of(INSTRUMENT, as, new ReviewSettings(0.05, AnswerCoding.AS_ANSWERED));
    assertEquals(1, answered.disagreements().size());
    assertEquals("#3", answered.disagreements().get(0).indicator().code());
  }

  /** Three assessors: an item counts once in the raw disagreement however many assessors differ. */
  @Test
  void threeAssessors() {
    AssessmentReview r = AssessmentReview.of(INSTRUMENT,
        List.of(assess("X", "A", "PPPP"), assess("X", "B", "PPPA"), assess("X", "C", "PPAA")));
    assertEquals(0.5, r.byCity().get(0).rawDisagreement().getAsDouble(), 0);
    assertEquals(3, r.byAssessorPair().size());
    assertFalse(r.overall().report().estimate(Coefficient.COHEN_KAPPA).isPresent());
    assertTrue(r.overall().report().estimate(Coefficient.FLEISS_KAPPA).isPresent());
  }

  @Test
  void everyProblemAtOnce() {
    Assessment other = Assessment.builder().from(assess("X", "C", "PPPP")).instrumentId("OTHER").build();
    Assessment unknown = Assessment.builder().from(assess("Y", "A", "PPPP"))
        .addResponses(dev.losi.core.Response.of("#99", Answer.PRESENT)).build();
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> AssessmentReview.of(INSTRUMENT,
        List.of(assess("X", "A", "PPPP"), assess("X", "A", "PPPA"), other, unknown)));
    assertEquals(3, e.total(), e.getMessage());
    assertTrue(e.getMessage().contains("city \"X\" assessor \"A\": has more than one assessment"), e.getMessage());
    assertTrue(e.getMessage().contains("indicator \"#99\": is not an indicator of T-4"), e.getMessage());
  }
}
