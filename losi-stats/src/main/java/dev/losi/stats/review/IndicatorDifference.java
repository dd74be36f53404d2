package dev.losi.stats.review;

import dev.losi.core.Indicator;
import java.util.Objects;

/**
 * How one indicator contributes to the difference between two organisations' results.
 *
 * @param indicator the indicator
 * @param leftOnly cities where it counts for the left organisation only
 * @param rightOnly cities where it counts for the right organisation only
 * @param meanContribution its contribution to the mean score difference (right minus left):
 *     {@code (rightOnly - leftOnly) * weight / maximumPoints / cities}; the contributions of all
 *     indicators add up to the mean difference
 *
 * @since 0.1.0
 */
public record IndicatorDifference(Indicator indicator, long leftOnly, long rightOnly, double meanContribution) {

  /**
   * Checks that no component is null.
   *
   * @param indicator the indicator
   * @param leftOnly cities where it counts for the left organisation only
   * @param rightOnly cities where it counts for the right organisation only
   * @param meanContribution its contribution to the mean score difference
   */
  public IndicatorDifference {
    Objects.requireNonNull(indicator, "indicator");
  }

  /** {@return cities where the organisations differ on this indicator} */
  public long citiesDiffering() {
    return leftOnly + rightOnly;
  }
}
