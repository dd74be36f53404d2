package dev.losi.core.scoring;

/**
 * What scoring does with indicators that were not assessed ({@link dev.losi.core.Answer#NOT_ASSESSED},
 * or no response at all).
 *
 * @since 0.1.0
 */
public enum MissingAnswerPolicy {
  /**
   * The default: an assessment with unassessed indicators is incomplete, and scoring refuses it with a
   * problem naming every missing indicator.
   */
  REJECT,
  /**
   * Count unassessed indicators as absent, the UN rule "not found in reasonable time is 0". The result
   * says how many were so counted ({@link AnswerCounts#notAssessedCountedAbsent()}).
   */
  COUNT_AS_ABSENT
}
