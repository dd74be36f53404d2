package dev.losi.core.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic for scores: the decimal a double stands for, and correctly rounded ratios.
 *
 * <p>A weight such as {@code 0.7} is read into a double that is not exactly 7/10. The decimal it stands
 * for is recovered as the shortest decimal that rounds to the double (at most 17 significant digits;
 * computed here rather than with {@link Double#toString(double)}, which is not always shortest before
 * Java 19). Any decimal of at most 15 significant digits is recovered exactly, because two such decimals
 * never round to the same double.
 */
final class Decimals {

  /** Scores are exact while every sum, in units of the common last decimal place, stays below 10^15. */
  static final long LIMIT = 1_000_000_000_000_000L;

  private static final double TWO_53 = 0x1p53;

  private Decimals() {}

  /** The shortest decimal that rounds to {@code d}; {@code d} finite. Trailing zeros stripped. */
  static BigDecimal of(double d) {
    if (d == Math.rint(d) && Math.abs(d) < TWO_53) {
      return BigDecimal.valueOf((long) d);
    }
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p < 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        return r.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  /** {@code units / 10^scale}, correctly rounded to a double. */
  static double toDouble(long units, int scale) {
    if (scale == 0) {
      return units;
    }
    if (scale <= 22 && Math.abs(units) < TWO_53) {
      return units / POWERS[scale]; // both operands exact: one correctly rounded division
    }
    return BigDecimal.valueOf(units, scale).doubleValue();
  }

  /** {@code p / m} correctly rounded to a double (to the nearest, ties to even); {@code m > 0}. */
  static double ratio(BigDecimal p, BigDecimal m) {
    int s = Math.max(0, Math.max(p.scale(), m.scale()));
    BigInteger pu = p.setScale(s).unscaledValue();
    BigInteger mu = m.setScale(s).unscaledValue();
    if (pu.bitLength() <= 53 && mu.bitLength() <= 53) {
      return pu.doubleValue() / mu.doubleValue();
    }
    return new BigDecimal(pu).divide(new BigDecimal(mu), MathContext.DECIMAL128).doubleValue();
  }

  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }
}
