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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Majority, ties, reviewer decisions and policies. */
class ReconciliationTest {

  private static List<Answer> answers(Assessment a) {
    return INSTRUMENT.indicators().stream().map(i -> a.answer(i.code())).toList();
  }

  @Test
  void majorityOfThree() {
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT,
        List.of(assess("X", "A", "PPPA"), assess("X", "B", "PPAA"), assess("X", "C", "PAPN")), List.of());
    assertTrue(r.isComplete());
    Assessment c = r.consensusAssessments().get(0);
    assertEquals("consensus", c.assessorId());
    // #1 unanimous P; #2 P (A, B) vs A (C): majority P; #3 P, A, P: majority P; #4 A, A, N: majority A
    assertEquals(List.of(Answer.PRESENT, Answer.PRESENT, Answer.PRESENT, Answer.ABSENT), answers(c));
    CityReconciliation x = r.cities().get(0);
    assertEquals(1, x.unanimousItems());
    assertEquals(3, x.resolved().size());
    assertTrue(x.resolved().stream().allMatch(i -> i.resolution() == Resolution.MAJORITY));
    // evidence comes from the first assessor who gave the consensus answer with evidence
    assertEquals("https://x.example/A/2", c.response("#2").orElseThrow().evidence().orElseThrow().url().orElseThrow());
  }

  @Test
  void tiesWaitForADecisionAndAreNeverBrokenSilently() {
    List<Assessment> as = List.of(assess("X", "A", "PPAA"), assess("X", "B", "PAAA"), assess("Y", "A", "PPPP"),
        assess("Y", "B", "PPPP"));
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT, as, List.of());
    assertFalse(r.isComplete());
    assertEquals(1, r.pending().size());
    PendingItem p = r.pending().get(0);
    assertEquals("#2", p.indicator().code());
    assertEquals("tie: PRESENT 1, ABSENT 1", p.reason());
    assertEquals(List.of("Y"), r.consensusAssessments().stream().map(a -> a.city().id()).toList());
    assertEquals("1 item needs a reviewer decision", r.notReconciled().get(0).notReconciledReason().orElseThrow());
    assertEquals("X", r.cities().get(0).city().id());
    assertEquals(1, r.cities().get(0).pending().size());

    ReviewerDecision d = ReviewerDecision.builder().city("X").indicator("#2").answer(Answer.ABSENT).reviewer("R1")
        .note("the page found by A is the national portal").build();
    ReconciliationResult decided = Reconciliation.reconcile(INSTRUMENT, as, List.of(d));
    assertTrue(decided.isComplete());
    Assessment x = decided.consensusAssessments().get(0);
    assertEquals(List.of(Answer.PRESENT, Answer.ABSENT, Answer.ABSENT, Answer.ABSENT), answers(x));
    ResolvedItem item = decided.cities().get(0).resolved().get(0);
    assertEquals(Resolution.REVIEWER_DECISION, item.resolution());
    assertEquals("R1", item.decision().orElseThrow().reviewer());

    ReconciliationResult policy = Reconciliation.reconcile(INSTRUMENT, as, List.of(),
        new ReconciliationPolicy(TiePolicy.ABSENT_WHEN_TIED, "UN"));
    assertTrue(policy.isComplete());
    assertEquals(Answer.ABSENT, policy.consensusAssessments().get(0).answer("#2"));
    assertEquals("UN", policy.consensusAssessments().get(0).assessorId());
    assertEquals(Resolution.TIE_POLICY, policy.cities().get(0).resolved().get(0).resolution());
  }

  /** A decision overrides even unanimous assessors; its note becomes evidence when nobody gave that answer. */
  @Test
  void decisionOverridesAgreement() {
    ReviewerDecision d = ReviewerDecision.of("Y", "#1", Answer.ABSENT, "R2");
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT,
        List.of(assess("Y", "A", "PPPP"), assess("Y", "B", "PPPP")), List.of(d));
    Assessment y = r.consensusAssessments().get(0);
    assertEquals(Answer.ABSENT, y.answer("#1"));
    assertEquals("reviewer R2 decided ABSENT", y.response("#1").orElseThrow().evidence().orElseThrow().note().orElseThrow());
  }

  @Test
  void missingAnswersAndSingleAssessments() {
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT,
        List.of(assess("X", "A", "PPP-"), assess("X", "B", "PPP-"), assess("Z", "A", "PPPP")), List.of(),
        new ReconciliationPolicy(TiePolicy.ABSENT_WHEN_TIED, "consensus"));
    assertEquals("no assessor answered", r.pending().get(0).reason());
    assertEquals("only one assessment (assessor A); LOSI needs at least two independent assessments",
        r.cities().get(1).notReconciledReason().orElseThrow());
    ReconciliationResult one = Reconciliation.reconcile(INSTRUMENT,
        List.of(assess("X", "A", "PPPA"), assess("X", "B", "PPP-")), List.of());
    assertEquals("only one assessor answered", one.pending().get(0).reason());
  }

  @Test
  void decisionProblemsAreCollectedWithTheirLines() {
    List<Assessment> as = List.of(assess("X", "A", "PPAA"), assess("X", "B", "PAAA"));
    List<ReviewerDecision> ds = List.of(
        ReviewerDecision.builder().city("Q").indicator("#2").answer(Answer.ABSENT).reviewer("R").source("d.csv").line(2).build(),
        ReviewerDecision.builder().city("X").indicator("#9").answer(Answer.ABSENT).reviewer("R").source("d.csv").line(3).build(),
        ReviewerDecision.builder().city("X").indicator("#2").answer(Answer.ABSENT).reviewer("R").source("d.csv").line(4).build(),
        ReviewerDecision.builder().city("X").indicator("#2").answer(Answer.PRESENT).reviewer("S").source("d.csv").line(5).build());
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Reconciliation.reconcile(INSTRUMENT, as, ds));
    assertEquals(3, e.total(), e.getMessage());
    assertTrue(e.getMessage().contains("d.csv:2: city \"Q\" indicator \"#2\": city \"Q\" has no assessments to reconcile"), e.getMessage());
    assertTrue(e.getMessage().contains("d.csv:3: city \"X\" indicator \"#9\": indicator \"#9\" is not an indicator of T-4"), e.getMessage());
    assertTrue(e.getMessage().contains("d.csv:5: city \"X\" indicator \"#2\": is decided more than once (also by R at line 4)"), e.getMessage());
    LosiValidationException single = assertThrows(LosiValidationException.class, () -> Reconciliation.reconcile(
        INSTRUMENT, List.of(assess("Z", "A", "PPPP")), List.of(ReviewerDecision.of("Z", "#1", Answer.ABSENT, "R"))));
    assertTrue(single.getMessage().contains("has a single assessment"), single.getMessage());
    LosiValidationException na = assertThrows(LosiValidationException.class,
        () -> ReviewerDecision.of("X", "#2", Answer.NOT_ASSESSED, " "));
    assertEquals(2, na.total());
  }
}
