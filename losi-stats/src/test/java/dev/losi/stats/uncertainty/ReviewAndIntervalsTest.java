package dev.losi.stats.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.review.AnswerCoding;
import dev.losi.stats.review.AssessmentAnswers;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.ReviewSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ReviewAndIntervals} against the two library entries run one after the other in the test (the second
 * implementation): the same review and the same intervals, on the caller's thread and on two threads; the review's
 * problems first.
 */
class ReviewAndIntervalsTest {

  private static final ReviewSettings SETTINGS = new ReviewSettings(0.1, AnswerCoding.AS_ANSWERED);

  @Test
  void theSameReviewAndIntervalsOnOneThreadOrTwo() {
    AssessmentAnswers answers = AssessmentAnswers.of(StudyFixture.INSTRUMENT, StudyFixture.STUDY);
    AssessmentReview review = AssessmentReview.of(answers, SETTINGS);
    List<CityLosiInterval.Result> intervals = CityLosiInterval.of(answers, List.of(),
        MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95);
    for (int threads : new int[] {1, 2, 4}) {
      ReviewAndIntervals both = ReviewAndIntervals.of(answers, SETTINGS, threads);
      assertEquals(describe(review), describe(both.review()), "threads " + threads);
      assertEquals(intervals, both.intervals(), "threads " + threads); // records: every double compared exactly
      assertEquals(intervals, both.intervals(), "taken twice");
    }
  }

  /** An assessor with two assessments of a city: the review's problem, from of, on any thread count. */
  @Test
  void theReviewsProblemsAreThrownByOf() {
    List<Assessment> twice = new ArrayList<>(StudyFixture.STUDY);
    twice.add(StudyFixture.STUDY.get(0));
    for (int threads : new int[] {1, 2}) {
      LosiValidationException e = assertThrows(LosiValidationException.class,
          () -> ReviewAndIntervals.of(AssessmentAnswers.of(StudyFixture.INSTRUMENT, twice), SETTINGS, threads));
      LosiValidationException expected = assertThrows(LosiValidationException.class,
          () -> AssessmentReview.of(AssessmentAnswers.of(StudyFixture.INSTRUMENT, twice), SETTINGS));
      assertEquals(expected.getMessage(), e.getMessage());
    }
  }

  @Test
  void noThreadsIsRefused() {
    AssessmentAnswers answers = AssessmentAnswers.of(StudyFixture.INSTRUMENT, StudyFixture.STUDY);
    assertThrows(IllegalArgumentException.class, () -> ReviewAndIntervals.of(answers, SETTINGS, 0));
  }

  private static String describe(AssessmentReview r) {
    StringBuilder sb = new StringBuilder(r.overall().report().toString());
    r.byIndicator().forEach(g -> sb.append(g.key()).append(g.report()));
    r.byCriterion().forEach(g -> sb.append(g.key()).append(g.report()));
    for (CityAgreement c : r.byCity()) {
      sb.append(c.city().id()).append(c.itemsDisagreeing()).append(c.alert()).append(c.report());
    }
    r.byAssessorPair().forEach(g -> sb.append(g.key()).append(g.report()));
    r.disagreements().forEach(d -> sb.append(d));
    return sb.append(r.singleAssessorCities()).toString();
  }
}
