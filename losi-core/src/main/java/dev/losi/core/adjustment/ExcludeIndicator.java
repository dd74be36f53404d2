package dev.losi.core.adjustment;

import dev.losi.core.AdjustmentKind;
import java.util.Objects;

/**
 * {@link AdjustmentKind#EXCLUDE_INDICATOR}: the indicator leaves both the numerator and the denominator
 * of the adjusted LOSI, {@code adjusted = sum over i not excluded of (w_i x_i) / (S + sum over i not
 * excluded of w_i)}, with {@code S} the instrument's surplus (declared maximum minus the sum of weights).
 *
 * @param indicator the code of the excluded indicator
 * @since 0.1.0
 */
public record ExcludeIndicator(String indicator) implements AdjustmentRule {

  /**
   * Checks for null.
   *
   * @param indicator the code of the excluded indicator
   */
  public ExcludeIndicator {
    Objects.requireNonNull(indicator, "indicator");
  }
}
