package dev.losi.stats.review;

/**
 * How a consensus answer was reached.
 *
 * @since 0.1.0
 */
public enum Resolution {
  /** Every assessor who answered gave the same answer (at least two answered). */
  UNANIMOUS,
  /** More than half of the assessors who answered gave this answer (three or more assessors). */
  MAJORITY,
  /** A reviewer decided. */
  REVIEWER_DECISION,
  /** No majority; the {@link TiePolicy} decided. */
  TIE_POLICY
}
