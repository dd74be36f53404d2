package dev.losi.stats.review;

import static dev.losi.stats.review.Fixtures.INSTRUMENT;
import static dev.losi.stats.review.Fixtures.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.stats.agreement.Coefficient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the review, reconciliation and comparison on random assessments. */
class ReviewProperties {

  private static String answers(Random rnd, String letters) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      sb.append(letters.charAt(rnd.nextInt(letters.length())));
    }
    return sb.toString();
  }

  /** With two assessors and complete answers, a city's raw disagreement is 1 - percent agreement. */
  @Property(tries = 100)
  void rawDisagreementIsOneMinusPercentAgreement(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int cities) {
    Random rnd = new Random(seed);
    List<Assessment> as = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      as.add(assess("C" + c, "A", answers(rnd, "PAN")));
      as.add(assess("C" + c, "B", answers(rnd, "PAN")));
    }
    AssessmentReview r = AssessmentReview.of(INSTRUMENT, as);
    for (CityAgreement c : r.byCity()) {
      double pa = c.report().estimate(Coefficient.PERCENT_AGREEMENT).orElseThrow().value();
      assertEquals(1 - pa, c.rawDisagreement().getAsDouble(), 1e-12);
    }
    long disagreeing = r.byCity().stream().mapToLong(CityAgreement::itemsDisagreeing).sum();
    assertEquals(disagreeing, r.disagreements().size());
  }

  /** Three assessors answering PRESENT or ABSENT always have a majority: every city is reconciled to it. */
  @Property(tries = 100)
  void threeBinaryAssessorsAlwaysReconcile(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int cities) {
    Random rnd = new Random(seed);
    List<Assessment> as = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      for (String who : List.of("A", "B", "C")) {
        as.add(assess("C" + c, who, answers(rnd, "PA")));
      }
    }
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT, as, List.of());
    assertTrue(r.isComplete());
    for (Assessment consensus : r.consensusAssessments()) {
      for (var ind : INSTRUMENT.indicators()) {
        int present = 0;
        for (Assessment a : as) {
          if (a.city().id().equals(consensus.city().id()) && a.answer(ind.code()) == Answer.PRESENT) {
            present++;
          }
        }
        assertEquals(present >= 2 ? Answer.PRESENT : Answer.ABSENT, consensus.answer(ind.code()));
      }
    }
  }

  /** The drivers add up to the mean difference; swapping the organisations negates it and keeps rho and kappa. */
  @Property(tries = 100)
  void comparisonInvariants(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int cities) {
    Random rnd = new Random(seed);
    List<Assessment> left = new ArrayList<>();
    List<Assessment> right = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      left.add(assess("C" + c, "L", answers(rnd, "PAN")));
      right.add(assess("C" + c, "R", answers(rnd, "PAN")));
    }
    OrganisationComparison lr = OrganisationComparison.compare(INSTRUMENT, left, right);
    OrganisationComparison rl = OrganisationComparison.compare(INSTRUMENT, right, left);
    double sum = lr.drivers().stream().mapToDouble(IndicatorDifference::meanContribution).sum();
    assertEquals(lr.meanDifference(), sum, 1e-12);
    assertEquals(-lr.meanDifference(), rl.meanDifference(), 1e-12);
    assertEquals(lr.rankCorrelation().isDefined(), rl.rankCorrelation().isDefined());
    if (lr.rankCorrelation().isDefined()) {
      assertEquals(lr.rankCorrelation().value(), rl.rankCorrelation().value(), 1e-12);
    }
    assertEquals(lr.levelChanges().size(), rl.levelChanges().size());
  }
}
