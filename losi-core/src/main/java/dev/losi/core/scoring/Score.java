package dev.losi.core.scoring;

import dev.losi.core.level.Level;

/**
 * A score: {@code points} obtained out of {@code maximum}, its {@link #value()} in [0, 1] and its
 * {@link Level}.
 *
 * <p>With whole-number weights, {@code points} and {@code maximum} are whole numbers and the score is the
 * exact fraction {@code points / maximum}: {@link #value()} is that fraction correctly rounded to a
 * double, and {@link #level()} is decided on the fraction itself (69 out of 92 is very high), never on a
 * rounded value.
 *
 * @param points the weighted points obtained, {@code 0 <= points <= maximum}
 * @param maximum the weighted maximum, {@code > 0}
 */
public record Score(double points, double maximum) {

  /** Checks the invariants. */
  public Score {
    if (!(maximum > 0) || Double.isInfinite(maximum)) {
      throw new IllegalArgumentException("maximum must be a finite number > 0, got " + maximum);
    }
    if (!(points >= 0) || points > maximum) {
      throw new IllegalArgumentException("points must be in [0, maximum], got " + points + " of " + maximum);
    }
  }

  /** {@code points / maximum}, in [0, 1]. */
  public double value() {
    return points / maximum;
  }

  /** True when points and maximum are whole numbers, so {@link #value()} is an exact fraction. */
  public boolean isExactFraction() {
    return isWhole(points) && isWhole(maximum);
  }

  /** The level, decided on the exact fraction when {@link #isExactFraction()}. */
  public Level level() {
    return isExactFraction() ? Level.of((long) points, (long) maximum) : Level.of(value());
  }

  private static boolean isWhole(double d) {
    return d == Math.rint(d) && d < 0x1p52;
  }

  @Override
  public String toString() {
    return isExactFraction()
        ? (long) points + "/" + (long) maximum + " = " + value()
        : points + "/" + maximum + " = " + value();
  }
}
