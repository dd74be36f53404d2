package dev.losi.stats.study;

import dev.losi.core.internal.Checks;
import dev.losi.stats.correlation.CorrelationSummary;

/**
 * Correlation of one LOSI criterion sub-index with the matching OSI sub-index, over the joined cities
 * that have both.
 *
 * @param criterion the criterion code of the city rows
 * @param subIndex the OSI sub-index key it was paired with
 * @param correlation Pearson, Spearman and Kendall (x = OSI sub-index, y = LOSI criterion)
 *
 * @since 0.1.0
 */
public record CriterionCorrelation(String criterion, String subIndex, CorrelationSummary correlation) {

  /**
   * Checks that no component is null.
   *
   * @param criterion the criterion code of the city rows
   * @param subIndex the OSI sub-index key it was paired with
   * @param correlation Pearson, Spearman and Kendall
   */
  public CriterionCorrelation {
    Checks.nonNull("criterion", criterion, "subIndex", subIndex, "correlation", correlation);
  }
}
