package dev.losi.stats.review;

import java.util.Objects;

/**
 * Settings of an {@link AssessmentReview}.
 *
 * @param alertThreshold the raw disagreement share above which a city is flagged for the reviewer, in
 *     [0, 1]; the UN platform's example is 0.05 (5%). A city is flagged when its share of compared
 *     items with any disagreement is strictly greater, decided exactly in decimal.
 * @param coding how answers become ratings
 *
 * @since 0.1.0
 */
public record ReviewSettings(double alertThreshold, AnswerCoding coding) {

  /** The default threshold, 5%. */
  public static final double DEFAULT_THRESHOLD = 0.05;

  /**
   * Checks the threshold.
   *
   * @param alertThreshold the raw disagreement share above which a city is flagged for the reviewer, in [0, 1]
   * @param coding how answers become ratings
   */
  public ReviewSettings {
    Objects.requireNonNull(coding, "coding");
    if (!(alertThreshold >= 0 && alertThreshold <= 1)) {
      throw new IllegalArgumentException("the alert threshold must be in [0, 1], got " + alertThreshold);
    }
  }

  /** {@return Threshold 0.05, scored coding} */
  public static ReviewSettings defaults() {
    return new ReviewSettings(DEFAULT_THRESHOLD, AnswerCoding.SCORED);
  }

  /**
   * {@return these settings with another threshold}
   *
   * @param threshold the raw-disagreement share above which a city is flagged, in [0, 1]
   */
  public ReviewSettings withThreshold(double threshold) {
    return new ReviewSettings(threshold, coding);
  }
}
