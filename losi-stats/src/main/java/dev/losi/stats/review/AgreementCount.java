package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Indicator;
import dev.losi.stats.agreement.ReliabilityData;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How {@code losi agreement} (an {@link AssessmentReview} with the default {@link AnswerCoding#SCORED}
 * coding) counts an item that reconciliation lists as pending or resolved. Reconciliation compares the
 * answers as given and needs two answers; agreement compares the answers as the LOSI scores them and only
 * items that two or more assessors answered. So the two counts of one city differ by the items of the
 * kinds other than {@link #DISAGREEMENT}.
 *
 * @since 0.1.0
 */
public enum AgreementCount {
  /** The scored answers differ: agreement counts the item as answered differently. */
  DISAGREEMENT("answered differently as scored"),
  /**
   * The answers differ only between ABSENT and NOT_APPLICABLE, which both score 0: agreement counts the
   * item as agreed.
   */
  ABSENT_VERSUS_NOT_APPLICABLE("differs only between ABSENT and NA, which both score 0"),
  /**
   * A PRESENT of an MGP-specific indicator found only off the municipal portal, which scores 0, against
   * ABSENT or NOT_APPLICABLE (or another such PRESENT): agreement counts the item as agreed.
   */
  OFF_PORTAL_PRESENT("has a PRESENT found only off the portal, which scores 0 as ABSENT and NA do"),
  /** Fewer than two assessors answered: agreement does not compare the item at all. */
  NOT_COMPARED("answered by fewer than two assessors, which agreement does not compare"),
  /** The answers are all equal (a reviewer decided an item the assessors agreed on). */
  AGREED("answered alike (a reviewer decided it anyway)");

  private final String explanation;

  AgreementCount(String explanation) {
    this.explanation = explanation;
  }

  /** {@return a short explanation for a reviewer, for example {@code differs only between ABSENT and NA, which both score 0}} */
  public String explanation() {
    return explanation;
  }

  /** The kind of an item from its indicator and the assessors' answers. */
  static AgreementCount of(Indicator indicator, List<AssessorAnswer> answers) {
    int given = 0;
    Set<Answer> raw = EnumSet.noneOf(Answer.class);
    int scored = ReliabilityData.MISSING;
    boolean scoredDiffer = false;
    boolean offPortal = false;
    for (AssessorAnswer a : answers) {
      if (a.answer() == Answer.NOT_ASSESSED) {
        continue;
      }
      given++;
      raw.add(a.answer());
      int c = AnswerCoding.SCORED.code(indicator, a.answer(), a.evidence());
      scoredDiffer |= given > 1 && c != scored;
      scored = c;
      offPortal |= a.answer() == Answer.PRESENT && AnswerCoding.offPortal(indicator, a.evidence());
    }
    if (given < 2) {
      return NOT_COMPARED;
    }
    if (scoredDiffer) {
      return DISAGREEMENT;
    }
    if (raw.size() == 1) {
      return AGREED;
    }
    return offPortal ? OFF_PORTAL_PRESENT : ABSENT_VERSUS_NOT_APPLICABLE;
  }
}
