package dev.losi.stats.review;

/**
 * What reconciliation does with an item that has no majority and no reviewer decision (a tie, such as
 * one PRESENT and one ABSENT from two assessors). A tie is never broken silently: every item resolved by
 * a policy is listed in {@link CityReconciliation#resolved()} with {@link Resolution#TIE_POLICY}.
 *
 * @since 0.1.0
 */
public enum TiePolicy {
  /**
   * The default: the item is listed as needing a decision and the city gets no consensus assessment
   * (its scoring waits) until a {@link ReviewerDecision} settles every tie.
   */
  WAIT_FOR_DECISION,
  /**
   * A tie becomes ABSENT, following the LOSI rule that a feature not found (here: not found by a
   * majority) scores 0. The city is reconciled; the tied items are reported as resolved by policy.
   */
  ABSENT_WHEN_TIED
}
