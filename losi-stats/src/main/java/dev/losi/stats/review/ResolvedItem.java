package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.City;
import dev.losi.core.Indicator;
import dev.losi.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * An item whose consensus was not unanimous: by majority, reviewer decision or tie policy, with the
 * assessors' answers kept for the record. Its {@link #agreementCount()} comes from {@link ReviewItem}.
 *
 * @param city the city
 * @param indicator the indicator
 * @param answer the consensus answer
 * @param resolution how it was reached
 * @param answers each assessor's answer and evidence
 * @param decision the reviewer's decision, when there was one
 *
 * @since 0.1.0
 */
public record ResolvedItem(City city, Indicator indicator, Answer answer, Resolution resolution,
    List<AssessorAnswer> answers, Optional<ReviewerDecision> decision) implements ReviewItem {

  /**
   * Copies the list and checks that no component is null.
   *
   * @param city the city
   * @param indicator the indicator
   * @param answer the consensus answer
   * @param resolution how it was reached
   * @param answers each assessor's answer and evidence
   * @param decision the reviewer's decision, when there was one
   */
  public ResolvedItem {
    Checks.nonNull("city", city, "indicator", indicator, "answer", answer, "resolution", resolution,
        "answers", answers, "decision", decision);
    answers = List.copyOf(answers);
  }
}
