package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;

/**
 * How assessors' answers become ratings for agreement statistics. {@link Answer#NOT_ASSESSED} is always
 * a missing rating (the item was not checked, so there is nothing to agree on).
 *
 * @since 0.1.0
 */
public enum AnswerCoding {
  /**
   * The scored value, on {@link Scale#LOSI_BINARY}: PRESENT is 1; ABSENT and NOT_APPLICABLE are 0, as
   * the standard LOSI scores them. Assessors who differ only between ABSENT and NOT_APPLICABLE agree.
   * The default.
   */
  SCORED,
  /** The answer as given, on the nominal scale {PRESENT, ABSENT, NOT_APPLICABLE}. */
  AS_ANSWERED;

  private static final Scale ANSWERS = Scale.nominal("PRESENT", "ABSENT", "NOT_APPLICABLE");

  /** The scale of the ratings. */
  public Scale scale() {
    return this == SCORED ? Scale.LOSI_BINARY : ANSWERS;
  }

  /** The category index of an answer, or {@link ReliabilityData#MISSING} for NOT_ASSESSED. */
  public int code(Answer a) {
    if (a == Answer.NOT_ASSESSED) {
      return ReliabilityData.MISSING;
    }
    if (this == SCORED) {
      return a == Answer.PRESENT ? Scale.PRESENT.index() : Scale.ABSENT.index();
    }
    return switch (a) {
      case PRESENT -> 0;
      case ABSENT -> 1;
      default -> 2;
    };
  }
}
