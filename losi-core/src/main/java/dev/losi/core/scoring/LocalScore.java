package dev.losi.core.scoring;

import java.util.List;

/**
 * The local sub-score of one assessment: the indicators a country added with
 * {@link dev.losi.core.AdjustmentKind#ADD_LOCAL_INDICATOR}, scored on their own and never inside the
 * standard or adjusted LOSI.
 *
 * @param score points over the local indicators' weights
 * @param indicators the local indicator codes, in adjustment order
 * @param adjustments the ids of the adjustments that added them
 *
 * @since 0.1.0
 */
public record LocalScore(Score score, List<String> indicators, List<String> adjustments) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param score points over the local indicators' weights
   * @param indicators the local indicator codes, in adjustment order
   * @param adjustments the ids of the adjustments that added them
   */
  public LocalScore {
    if (score == null) {
      throw new NullPointerException("score");
    }
    indicators = List.copyOf(indicators);
    adjustments = List.copyOf(adjustments);
  }
}
