package dev.losi.stats.uncertainty;

import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.review.AssessmentAnswers;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.ReviewSettings;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The reviewer's view of a set of assessments ({@link AssessmentReview}) and every city's LOSI interval
 * ({@link CityLosiInterval}) computed together, as {@code losi agreement --assessments} reports them. The
 * intervals are those of {@code CityLosiInterval.of(assessments, List.of(), MissingAnswerPolicy.COUNT_AS_ABSENT,
 * 0.95)}: no country adjustments, an unassessed indicator counted absent, 95% t intervals.
 *
 * <h2>Threads</h2>
 * With {@code threads >= 2} the intervals (which score every assessment) are computed on one daemon thread of
 * their own, named {@code losi-city-intervals}, started by {@link #of} before the review is computed on the
 * caller's thread; {@link #of} returns when the review is done, and {@link #intervals()} waits for the
 * intervals, so a caller can compute more (a bootstrap of the review) while they finish. With {@code threads ==
 * 1} both are computed on the caller's thread, the review first. The review itself uses the common fork-join
 * pool when it is large (as {@link AssessmentReview#of(AssessmentAnswers, ReviewSettings)} always does). The results are the same, bit for bit, for any thread count: each is computed
 * by the same code from the same input, and neither reads the other.
 *
 * <h2>Problems</h2>
 * They are reported as if the two ran one after the other, review first: {@link #of} throws the review's
 * problems (and then does not wait for the intervals); the intervals' problems are thrown by
 * {@link #intervals()}, as the same exception, so a caller that has a problem of its own with the review (no
 * city with two assessors, say) can report it first.
 *
 * <p>Immutable once the intervals are computed; thread-safe.
 *
 * @since 0.1.0
 */
public final class ReviewAndIntervals {

  private final AssessmentReview review;
  private final CompletableFuture<List<CityLosiInterval.Result>> intervals;

  private ReviewAndIntervals(AssessmentReview review, CompletableFuture<List<CityLosiInterval.Result>> intervals) {
    this.review = review;
    this.intervals = intervals;
  }

  /**
   * The review and the intervals of packed assessments.
   *
   * @param assessments every assessor's assessments, several per city, packed
   * @param settings the review's alert threshold and answer coding
   * @param threads 1 to compute everything on the caller's thread; 2 or more to compute the intervals on a
   *     thread of their own while the review is computed (see the class comment)
   * @return the review, and the intervals (or their problems) to be taken by {@link #intervals()}
   * @throws IllegalArgumentException when {@code threads < 1}
   * @throws dev.losi.core.LosiValidationException listing every problem of the review
   *     ({@link AssessmentReview#of(AssessmentAnswers, ReviewSettings)})
   */
  public static ReviewAndIntervals of(AssessmentAnswers assessments, ReviewSettings settings, int threads) {
    Objects.requireNonNull(assessments, "assessments");
    Objects.requireNonNull(settings, "settings");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    CompletableFuture<List<CityLosiInterval.Result>> intervals = new CompletableFuture<>();
    Runnable scoring = () -> {
      try {
        intervals.complete(CityLosiInterval.of(assessments, List.of(), MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95));
      } catch (Throwable t) { // handed to intervals(), which throws it as computed
        intervals.completeExceptionally(t);
      }
    };
    if (threads == 1) {
      AssessmentReview review = AssessmentReview.of(assessments, settings);
      scoring.run();
      return new ReviewAndIntervals(review, intervals);
    }
    Thread t = new Thread(scoring, "losi-city-intervals");
    t.setDaemon(true);
    t.start();
    return new ReviewAndIntervals(AssessmentReview.of(assessments, settings), intervals);
  }

  /** {@return the review} */
  public AssessmentReview review() {
    return review;
  }

  /**
   * {@return every city's LOSI interval, by city id; waits for them when they are computed on their own thread}
   *
   * @throws dev.losi.core.LosiValidationException listing every problem of scoring the assessments, thrown as
   *     {@link CityLosiInterval#of(AssessmentAnswers, List, MissingAnswerPolicy, double)} throws it
   */
  public List<CityLosiInterval.Result> intervals() {
    try {
      return intervals.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException x) {
        throw x;
      }
      if (e.getCause() instanceof Error x) {
        throw x;
      }
      throw e;
    }
  }
}
