package dev.losi.core.scoring;

import dev.losi.core.NumberText;
import dev.losi.core.level.Level;

/**
 * A score: {@code points} obtained out of {@code maximum}, its {@link #value()} in [0, 1] and its
 * {@link Level}.
 *
 * <h2>Exact decisions</h2>
 * {@code points} and {@code maximum} stand for decimals: each double is read as the shortest decimal
 * that rounds to it ({@code 0.8} is 8/10, {@code 1.6} is 16/10), so a score is the exact fraction
 * {@code P / M} of two decimals. {@link #value()} is that fraction correctly rounded to a double, and
 * {@link #level()} is decided on the fraction itself, never on a rounded value: 69 out of 92 is very
 * high, and 0.8 out of 1.6 is exactly 1/2, high. The {@link Scorer} sums weights exactly (as integers
 * in units of their common last decimal place), so its scores are these exact fractions for any weights
 * written with at most 15 significant digits in common; a double with more digits stands for its
 * shortest decimal, which is what it prints as.
 *
 * @param points the weighted points obtained, {@code 0 <= points <= maximum}
 * @param maximum the weighted maximum, {@code > 0}
 *
 * @since 0.1.0
 */
public record Score(double points, double maximum) {

  /**
   * Checks the invariants.
   *
   * @param points the weighted points obtained, {@code 0 <= points <= maximum}
   * @param maximum the weighted maximum, {@code > 0}
   */
  public Score {
    if (!(maximum > 0) || Double.isInfinite(maximum)) {
      throw new IllegalArgumentException("maximum must be a finite number > 0, got " + NumberText.shortest(maximum));
    }
    if (!(points >= 0) || points > maximum) {
      throw new IllegalArgumentException("points must be in [0, maximum], got " + NumberText.shortest(points) + " of "
          + NumberText.shortest(maximum));
    }
  }

  /**
   * {@return {@code P / M}, the exact fraction of the decimals {@code points} and {@code maximum} stand for,
   * correctly rounded to a double, in [0, 1]. For whole numbers this is {@code points / maximum}; for
   * {@code new Score(0.8, 1.6)} it is 0.5 exactly, whatever the summation order that produced 0.8}
   */
  public double value() {
    if (isExactFraction()) {
      return points / maximum;
    }
    return Decimals.ratio(Decimals.of(points), Decimals.of(maximum));
  }

  /**
   * {@return true when points and maximum are whole numbers (below 2^52). Scores with decimal points are decided
   * exactly too (see the class documentation); this only says that both are integers}
   */
  public boolean isExactFraction() {
    return isWhole(points) && isWhole(maximum);
  }

  /** {@return the level, decided on the exact fraction {@code P / M} (see the class documentation)} */
  public Level level() {
    return isExactFraction() ? Level.of((long) points, (long) maximum)
        : Level.of(Decimals.of(points), Decimals.of(maximum));
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
