package dev.losi.core.adjustment;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Indicator;
import java.util.Objects;

/**
 * {@link AdjustmentKind#ADD_LOCAL_INDICATOR}: a local indicator scored in the city's own local sub-score,
 * {@code local = sum of (w_j x_j) / sum of w_j} over the local indicators {@code j}, never inside the
 * standard or adjusted LOSI.
 *
 * @param indicator the local indicator
 * @since 0.1.0
 */
public record AddLocalIndicator(Indicator indicator) implements AdjustmentRule {

  /**
   * Checks for null.
   *
   * @param indicator the local indicator
   */
  public AddLocalIndicator {
    Objects.requireNonNull(indicator, "indicator");
  }
}
