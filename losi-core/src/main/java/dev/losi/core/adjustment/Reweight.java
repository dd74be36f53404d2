package dev.losi.core.adjustment;

import dev.losi.core.AdjustmentKind;
import java.util.Objects;

/**
 * {@link AdjustmentKind#REWEIGHT}: the indicator counts with weight {@code weight} instead of its own, in
 * both the numerator and the denominator of the adjusted LOSI.
 *
 * @param indicator the code of the indicator
 * @param weight the new weight, finite and {@code > 0}
 * @since 0.1.0
 */
public record Reweight(String indicator, double weight) implements AdjustmentRule {

  /**
   * Checks the weight.
   *
   * @param indicator the code of the indicator
   * @param weight the new weight, finite and {@code > 0}
   */
  public Reweight {
    Objects.requireNonNull(indicator, "indicator");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number > 0, got " + weight);
    }
  }
}
