package dev.losi.core.plan;

import dev.losi.core.level.Level;
import java.math.BigDecimal;

/**
 * A city's score at one point of a plan: today, after a phase, or after all steps.
 *
 * <p>{@code points} and {@code maximum} are exact decimals (the instrument's weights and the REWEIGHT
 * weights are taken as the shortest decimals of their doubles, {@link BigDecimal#valueOf(double)}), and
 * the level is decided on the exact fraction {@code points / maximum}, never on a rounded value.
 *
 * @param points the weighted points that count, {@code 0 <= points <= maximum}
 * @param maximum the weighted maximum (the adjusted maximum when adjustments apply), {@code > 0}
 * @param level the level of {@code points / maximum}, decided exactly
 * @since 0.1.0
 */
public record Standing(BigDecimal points, BigDecimal maximum, Level level) {

  /**
   * Checks for nulls and the range of the points.
   *
   * @param points the weighted points that count, {@code 0 <= points <= maximum}
   * @param maximum the weighted maximum
   * @param level the level of {@code points / maximum}, decided exactly
   */
  public Standing {
    if (points == null || maximum == null || level == null) {
      throw new NullPointerException("points, maximum and level are required");
    }
    if (maximum.signum() <= 0 || points.signum() < 0 || points.compareTo(maximum) > 0) {
      throw new IllegalArgumentException("need 0 <= points <= maximum and maximum > 0, got " + points + "/" + maximum);
    }
  }

  /**
   * {@return the score {@code points / maximum} as a double: {@code points.doubleValue() / maximum.doubleValue()},
   * which is the correctly rounded fraction when both are whole numbers (as the scorer computes it)}
   */
  public double score() {
    return points.doubleValue() / maximum.doubleValue();
  }
}
