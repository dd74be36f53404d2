package dev.losi.stats.review;

import java.util.Objects;

/**
 * How to reconcile.
 *
 * @param ties what to do with an item without a majority or decision
 * @param consensusAssessorId the assessor id of the consensus assessments, for example {@code consensus}
 *
 * @since 0.1.0
 */
public record ReconciliationPolicy(TiePolicy ties, String consensusAssessorId) {

  /**
   * Checks the components.
   *
   * @param ties what to do with an item without a majority or decision
   * @param consensusAssessorId the assessor id of the consensus assessments, for example {@code consensus}
   */
  public ReconciliationPolicy {
    Objects.requireNonNull(ties, "ties");
    if (consensusAssessorId == null || consensusAssessorId.isBlank()) {
      throw new IllegalArgumentException("the consensus assessor id must not be blank");
    }
  }

  /** {@return Ties wait for a decision; consensus assessments are by {@code consensus}} */
  public static ReconciliationPolicy defaults() {
    return new ReconciliationPolicy(TiePolicy.WAIT_FOR_DECISION, "consensus");
  }
}
