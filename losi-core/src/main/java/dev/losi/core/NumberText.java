package dev.losi.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The text of a number in LOSI's outputs: the SDK's CSV and Markdown tables, the reports' chart tables and the
 * command's summaries use this one rule, and its JSON writers write the same digits (jackson-core's Schubfach
 * conversion), so a value has the same text in every output, on every Java version, in every locale.
 *
 * <p>The rule, for a double {@code x}:
 *
 * <ul>
 *   <li>a whole number of magnitude below 2<sup>53</sup> is written as an integer: {@code 95}, not {@code
 *       95.0} (every such integer is a double exactly); negative zero is not, since {@code 0} would read back
 *       as positive zero;
 *   <li>any other finite value is written as the shortest decimal that reads back to {@code x}, in the form of
 *       {@link Double#toString(double)}: plain from 10<sup>-3</sup> (inclusive) to 10<sup>7</sup> (exclusive) in
 *       magnitude ({@code 0.6947368421052632}, {@code 0.001}), else in computerized scientific notation ({@code
 *       9.5E-4}, {@code 1.0E23}); with {@code -0.0} for negative zero;
 *   <li>{@code NaN}, {@code Infinity} and {@code -Infinity} as {@code Double.toString} writes them.
 * </ul>
 *
 * <p>The digits are those that {@code Double.toString} is specified to give from Java 19 (JDK-4511638): of all
 * the decimals that round to {@code x} (to the nearest, ties to even), those of the least length {@code m};
 * when {@code m} is 1, those of length 1 or 2; of these, the one closest to {@code x}, and of two equally
 * close, the one whose last digit is even. Java 17's {@code Double.toString} gives the same text except for
 * some values, mostly from 10<sup>16</sup> to 10<sup>26</sup> and below 10<sup>-307</sup>: for {@code 1.0E23}
 * it gives {@code 9.999999999999999E22}, and {@code 2.82879384806159008E17} (18 digits) for {@code
 * 2.82879384806159E17}. This class gives Java 19's text on Java 17 too. There, for a value from 10<sup>-3</sup>
 * to 10<sup>7</sup>, it checks the JDK's digits in exact 128-bit integer arithmetic ({@code PlainDigits}: about
 * 0.3 microseconds) and takes them when they are the rule's; for any other value, or digits it cannot confirm,
 * it searches exactly in {@link BigDecimal} (2 to 10 microseconds, more for large exponents). From Java 19 it
 * calls {@code Double.toString}. JMH: {@code NumberTextBenchmark} in losi-bench.
 *
 * <p>Stateless and thread-safe.
 */
public final class NumberText {

  private static final double TWO_53 = 0x1p53;
  /** From Java 19 the JDK's {@code Double.toString} gives these digits itself, about 20 times faster. */
  private static final boolean JDK_IS_SHORTEST = Runtime.version().feature() >= 19;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private NumberText() {}

  /**
   * {@return the text of {@code x}, by the rule in the class comment}
   *
   * @param x any double
   */
  public static String of(double x) {
    if (x == Math.rint(x) && Math.abs(x) < TWO_53 && !(x == 0 && 1 / x < 0)) {
      return Long.toString((long) x);
    }
    return shortest(x);
  }

  /**
   * {@return the shortest decimal of {@code x} in the form of {@link Double#toString(double)}, with the digits
   * that Java 19 and later give}: the rule of the class comment without the whole-number case ({@code 95.0},
   * {@code -1.0}, {@code 0.0}, {@code 1.0E23}, {@code NaN}), for a message that quotes a double as Java writes it
   *
   * @param x any double
   */
  public static String shortest(double x) {
    return JDK_IS_SHORTEST ? Double.toString(x) : computedShortest(x);
  }

  /**
   * {@link #shortest(double)} as computed here on Java 17 and 18, on any version: the check of the JDK's digits
   * ({@link PlainDigits}), else the exact search.
   */
  static String computedShortest(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    boolean negative = Double.doubleToRawLongBits(x) < 0;
    if (x == 0) {
      return negative ? "-0.0" : "0.0";
    }
    double v = Math.abs(x);
    String text = v >= 1e-3 && v < 1e7 ? PlainDigits.of(v) : null;
    if (text == null) {
      text = exact(v);
    }
    return negative ? "-" + text : text;
  }

  /** The text of {@code v > 0}, finite, by the exact search in {@link BigDecimal} alone (for any value). */
  static String exact(double v) {
    return layout(exactDigits(v), v);
  }

  /** The decimal chosen for {@code v > 0}, finite (the rule in the class comment), by the exact search. */
  private static BigDecimal exactDigits(double v) {
    Interval r = new Interval(v);
    // Whether some decimal of n digits rounds to v is monotone in n (pad it with zeros), so the least length
    // is found by walking from any start: this one starts at the length of the JDK's text, which is right or
    // one or two digits too long (Java 17), so that two or three lengths are tried, not up to 17.
    int n = Math.min(17, new BigDecimal(Double.toString(v)).stripTrailingZeros().precision());
    BigDecimal best = r.closest(n);
    while (best == null) { // not expected: the JDK's digits read back to v; kept so the result never depends on it
      best = r.closest(++n);
    }
    for (BigDecimal shorter; n > 1 && (shorter = r.closest(n - 1)) != null; n--) {
      best = shorter;
    }
    return n == 1 ? r.closest(2) : best; // m = 1: the decimals of length 2 are candidates too
  }

  /** The decimals that round to a double {@code v > 0}: those between the midpoints to its neighbours. */
  private static final class Interval {
    private final BigDecimal exact;
    private final BigDecimal lower;
    private final BigDecimal upper;
    private final boolean even;

    Interval(double v) {
      exact = new BigDecimal(v);
      // Every decimal strictly between the two midpoints to the neighbours rounds to v; a midpoint itself
      // rounds to v when v's significand is even. Above the largest double, the midpoint is where rounding
      // overflows.
      lower = exact.add(new BigDecimal(Math.nextDown(v))).multiply(HALF);
      upper = v == Double.MAX_VALUE
          ? exact.add(new BigDecimal(Math.ulp(v)).multiply(HALF))
          : exact.add(new BigDecimal(Math.nextUp(v))).multiply(HALF);
      even = (Double.doubleToRawLongBits(v) & 1) == 0;
    }

    /**
     * Of the decimals of {@code n} significant digits that round to v, the closest to v (of two equally
     * close, the one with an even last digit); null when there is none. Only the two around v can be it.
     */
    BigDecimal closest(int n) {
      BigDecimal down = exact.round(new MathContext(n, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(n, RoundingMode.UP));
      boolean downIn = roundsToV(down.compareTo(lower), down.compareTo(upper), even);
      boolean upIn = roundsToV(up.compareTo(lower), up.compareTo(upper), even);
      if (downIn && upIn) {
        int c = exact.subtract(down).compareTo(up.subtract(exact));
        if (c != 0) {
          return c < 0 ? down : up;
        }
        return down.unscaledValue().testBit(0) ? up : down;
      }
      return downIn ? down : upIn ? up : null;
    }
  }

  /**
   * True when a decimal rounds to v (to the nearest, ties to even), given the signs of its differences from the
   * lower and the upper midpoint around v: strictly between them, or on one when v's significand is even.
   */
  static boolean roundsToV(int fromLower, int fromUpper, boolean even) {
    return (fromLower > 0 || (fromLower == 0 && even)) && (fromUpper < 0 || (fromUpper == 0 && even));
  }

  /** The digits of {@code d} laid out as {@link Double#toString(double)} does for {@code v > 0}. */
  private static String layout(BigDecimal d, double v) {
    BigDecimal s = d.stripTrailingZeros();
    String digits = s.unscaledValue().toString();
    return layout(digits, digits.length() - 1 - s.scale(), v >= 1e-3 && v < 1e7);
  }

  /**
   * Significant digits (no trailing zeros) laid out as {@link Double#toString(double)} lays out a positive value:
   * plain ({@code 0.00123}, {@code 123.45}) or in computerized scientific notation ({@code 1.2345E-4}).
   *
   * @param digits the significant digits, the first not 0, the last not 0 unless it is the only one
   * @param exponent the decimal exponent of the first digit: the value is {@code 0.digits x 10^(exponent + 1)}
   * @param plain true for a value from 10^-3 to 10^7, which {@code Double.toString} writes plain
   */
  static String layout(String digits, int exponent, boolean plain) {
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (plain) {
      if (exponent >= 0) {
        int whole = exponent + 1;
        if (digits.length() <= whole) {
          sb.append(digits).append("0".repeat(whole - digits.length())).append(".0");
        } else {
          sb.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
        }
      } else {
        sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
      }
    } else {
      sb.append(digits.charAt(0)).append('.');
      sb.append(digits.length() > 1 ? digits.substring(1) : "0");
      sb.append('E').append(exponent);
    }
    return sb.toString();
  }
}
