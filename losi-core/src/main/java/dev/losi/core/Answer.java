package dev.losi.core;

/** An assessor's answer for one indicator. */
public enum Answer {
  /** The feature was found: the indicator scores its weight. */
  PRESENT,
  /** The feature was not found (in reasonable time): the indicator scores 0. */
  ABSENT,
  /**
   * The assessor judged the indicator not applicable to this city. In the standard LOSI it scores 0
   * like {@link #ABSENT}; it leaves the denominator of the adjusted LOSI only when a documented
   * {@link AdjustmentKind#EXCLUDE_INDICATOR} adjustment says so.
   */
  NOT_APPLICABLE,
  /**
   * The indicator was not checked. An assessment with such answers is incomplete: scoring refuses it
   * unless a missing-answer policy says to count them as absent.
   */
  NOT_ASSESSED
}
