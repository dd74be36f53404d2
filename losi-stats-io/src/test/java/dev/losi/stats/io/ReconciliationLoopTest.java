package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.AssessmentCsv;
import dev.losi.stats.review.AgreementCount;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.CityReconciliation;
import dev.losi.stats.review.PendingItem;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.ReviewerDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 11: the reconciliation loop a reviewer goes through. The pending file carries every
 * assessor's answer and evidence, a half-filled pending file is a valid decisions file (blank rows stay
 * pending), and the difference between the items reconciliation lists and the disagreements
 * {@code losi agreement} counts is explained item by item. Every expected count is a hand computation
 * written out below and is checked against the second count, {@link AssessmentReview}'s.
 */
class ReconciliationLoopTest {

  /** T-4 with #4 MGP-specific (only the municipal portal counts). */
  static final Instrument INSTRUMENT = Instrument.builder().id("T-4").editionYear(2024).title("Test instrument")
      .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION)
      .addIndicators(indicator("#1", "IF", ChannelScope.CHANNEL_INDEPENDENT),
          indicator("#2", "IF", ChannelScope.CHANNEL_INDEPENDENT), indicator("#3", "CP", ChannelScope.CHANNEL_INDEPENDENT),
          indicator("#4", "CP", ChannelScope.MGP_SPECIFIC))
      .build();

  /**
   * City X: #1 both 1 (unanimous); #2 A 0, B NA (a tie as answered, both score 0); #3 only A answered;
   * #4 A 1 found only on social media (scores 0), B 0. City Y: #2 A 1, B 0 and #4 A 1 on the portal, B 0,
   * two disagreements as scored; #1 and #3 unanimous.
   */
  static final String CSV = "city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n"
      + "X,Xville,BRA,A,#1,1,,https://x.example/1,\n"
      + "X,Xville,BRA,B,#1,1,,,\n"
      + "X,Xville,BRA,A,#2,0,,,looked twice\n"
      + "X,Xville,BRA,B,#2,NA,,,no such service here\n"
      + "X,Xville,BRA,A,#3,1,,https://x.example/3,\n"
      + "X,Xville,BRA,A,#4,1,SOCIAL_MEDIA|NATIONAL_PORTAL,https://social.example/x,post of 2024-03-01\n"
      + "X,Xville,BRA,B,#4,0,,,\n"
      + "Y,Yton,BRA,A,#1,1,,,\nY,Yton,BRA,B,#1,1,,,\n"
      + "Y,Yton,BRA,A,#2,1,,,\nY,Yton,BRA,B,#2,0,,,\n"
      + "Y,Yton,BRA,A,#3,0,,,\nY,Yton,BRA,B,#3,0,,,\n"
      + "Y,Yton,BRA,A,#4,1,MGP,https://y.example/4,\nY,Yton,BRA,B,#4,0,,,\n";

  @TempDir Path dir;

  private static Indicator indicator(String code, String criterion, ChannelScope scope) {
    return Indicator.builder().code(code).title("Feature " + code).criterion(criterion).channelScope(scope).build();
  }

  static List<Assessment> assessments() {
    return AssessmentCsv.reader(INSTRUMENT).read(CSV, "a.csv");
  }

  @Test
  void pendingFileCarriesEveryAssessorsAnswerAndEvidence() {
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT, assessments(), List.of());
    assertEquals("city,indicator,answer,reviewer,note,"
        + "assessor_1,answer_1,channels_1,url_1,evidence_note_1,assessor_2,answer_2,channels_2,url_2,evidence_note_2\n"
        + "X,#2,,,\"tie: ABSENT 1, NOT_APPLICABLE 1 (A ABSENT, B NOT_APPLICABLE)\",A,0,,,looked twice,B,NA,,,no such service here\n"
        + "X,#3,,,\"only one assessor answered (A PRESENT, B NOT_ASSESSED)\",A,1,,https://x.example/3,,B,,,,\n"
        + "X,#4,,,\"tie: PRESENT 1, ABSENT 1 (A PRESENT, B ABSENT)\","
        + "A,1,NATIONAL_PORTAL|SOCIAL_MEDIA,https://social.example/x,post of 2024-03-01,B,0,,,\n"
        + "Y,#2,,,\"tie: PRESENT 1, ABSENT 1 (A PRESENT, B ABSENT)\",A,1,,,,B,0,,,\n"
        + "Y,#4,,,\"tie: PRESENT 1, ABSENT 1 (A PRESENT, B ABSENT)\",A,1,MGP,https://y.example/4,,B,0,,,\n",
        ReviewerDecisions.pendingCsv(r.pending()));
  }

  /**
   * Reconciliation lists 3 items of X and 2 of Y. Agreement (as scored) counts X's #2 (0 vs 0) and #4 (an
   * off-portal PRESENT scores 0, vs 0) as agreed and does not compare #3 (one answer): 0 disagreements; Y's
   * #2 and #4 are 1 vs 0: 2 disagreements.
   */
  @Test
  void theDifferenceFromAgreementIsExplainedPerItem() {
    List<Assessment> as = assessments();
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT, as, List.of());
    assertEquals(List.of(AgreementCount.ABSENT_VERSUS_NOT_APPLICABLE, AgreementCount.NOT_COMPARED,
        AgreementCount.OFF_PORTAL_PRESENT, AgreementCount.DISAGREEMENT, AgreementCount.DISAGREEMENT),
        r.pending().stream().map(PendingItem::agreementCount).toList());
    CityReconciliation x = r.cities().get(0);
    assertEquals(Map.of(AgreementCount.DISAGREEMENT, 0L, AgreementCount.ABSENT_VERSUS_NOT_APPLICABLE, 1L,
        AgreementCount.OFF_PORTAL_PRESENT, 1L, AgreementCount.NOT_COMPARED, 1L, AgreementCount.AGREED, 0L),
        x.agreementCounts());
    AssessmentReview review = AssessmentReview.of(INSTRUMENT, as);
    for (int c = 0; c < 2; c++) {
      CityAgreement ca = review.byCity().get(c);
      CityReconciliation cr = r.cities().get(c);
      assertEquals(ca.city(), cr.city());
      assertEquals(ca.itemsDisagreeing(), cr.agreementCounts().get(AgreementCount.DISAGREEMENT), cr.city().id());
      assertEquals(ca.itemsNotCompared(), cr.agreementCounts().get(AgreementCount.NOT_COMPARED), cr.city().id());
    }
    assertEquals(List.of(0L, 2L), review.byCity().stream().map(CityAgreement::itemsDisagreeing).toList());
    String json = StatisticsJson.reconciliation(r);
    assertEquals("{\"disagreement\":0,\"absent_versus_not_applicable\":1,\"off_portal_present\":1,"
        + "\"not_compared\":1,\"agreed\":0}",
        Fixture.json(json).get("cities").get(0).get("as_agreement_counts").toString());
    assertEquals("\"off_portal_present\"",
        Fixture.json(json).get("cities").get(0).get("pending").get(2).get("in_agreement").toString());
  }

  /** Deciding X #2 only: X #3 and #4 and both of Y's items stay pending; the blank rows are no problem. */
  @Test
  void aHalfFilledPendingFileIsAValidDecisionsFile() throws IOException {
    List<Assessment> as = assessments();
    String pending = ReviewerDecisions.pendingCsv(Reconciliation.reconcile(INSTRUMENT, as, List.of()).pending());
    Path file = Files.writeString(dir.resolve("half.csv"), pending.replace("X,#2,,,", "X,#2,0,R1,"));
    List<ReviewerDecision> ds = ReviewerDecisions.read(file, INSTRUMENT, as);
    assertEquals(List.of("X #2 ABSENT R1"),
        ds.stream().map(d -> d.city() + " " + d.indicator() + " " + d.answer() + " " + d.reviewer()).toList());
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT, as, ds);
    assertEquals(List.of("X #3", "X #4", "Y #2", "Y #4"),
        r.pending().stream().map(p -> p.city().id() + " " + p.indicator().code()).toList());
  }

  /** A reviewer without an answer is a mistake, not a pending row. */
  @Test
  void aReviewerWithoutAnAnswerIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("d.csv"), "city,indicator,answer,reviewer\nX,#2,,R1\nX,#4,,\n");
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> ReviewerDecisions.read(file, INSTRUMENT, assessments()));
    assertEquals(List.of(file + ":2: city \"X\" indicator \"#2\": answer \"\" is empty: the reviewer must decide 1, 0 or NA"
        + " (leave the reviewer blank too to keep the item pending)"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
