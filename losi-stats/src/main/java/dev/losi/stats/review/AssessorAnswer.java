package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Evidence;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessor's answer to one indicator for one city, with the evidence recorded.
 *
 * @param assessorId the assessor
 * @param answer the answer ({@link Answer#NOT_ASSESSED} when there was no response)
 * @param evidence the evidence, if recorded
 *
 * @since 0.1.0
 */
public record AssessorAnswer(String assessorId, Answer answer, Optional<Evidence> evidence) {

  /**
   * Checks that no component is null.
   *
   * @param assessorId the assessor's id
   * @param answer the answer
   * @param evidence the evidence, if recorded
   */
  public AssessorAnswer {
    Objects.requireNonNull(assessorId, "assessorId");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(evidence, "evidence");
  }
}
