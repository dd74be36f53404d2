package dev.losi.core;

/**
 * The fast path of {@link NumberText} on Java 17 and 18: it checks, in exact 128-bit integer arithmetic, that the
 * digits of the JDK's {@code Double.toString} are the ones Java 19 specifies, for a value that is not a whole
 * number, from 10<sup>-3</sup> to 10<sup>7</sup> (the plain layout, where nearly every LOSI number lies). When
 * it cannot show that, it answers null and {@code NumberText} takes its exact {@code BigDecimal} search.
 *
 * <p>The value is {@code v = m / 2^s} ({@code m} its 53-bit significand, {@code s} from 29 to 62 in this range).
 * A decimal {@code c / 10^k} rounds to {@code v} (to the nearest, ties to even) when it lies between the
 * midpoints to the neighbours of {@code v}, {@code (4m - 2) / 2^(s + 2)} and {@code (4m + 2) / 2^(s + 2)} (the
 * lower one is {@code (4m - 1) / 2^(s + 2)} when {@code m = 2^52}, where the gap below is half the gap above),
 * or on one of them when {@code m} is even. Comparing {@code c / 10^k} with {@code N / 2^t} is comparing the
 * integers {@code c * 2^(t - k)} and {@code N * 5^k}: at most 124 and 114 bits here ({@code c < 10^18},
 * {@code 6 <= t - k <= 64}; {@code N < 2^55}, {@code k <= 25}).
 *
 * <p>Let the JDK's text be {@code c} of {@code L} digits, trailing zeros stripped. When (1) {@code c} rounds to
 * {@code v} and (2) neither decimal of {@code L - 1} digits around it does (when any decimal of fewer digits
 * rounds to {@code v}, one of these two lies between it and {@code v}, and so does too), the least length is
 * {@code L}, and the candidates are the decimals of {@code L} digits that round to {@code v} (of 1 or 2 digits
 * when {@code L} is 1; here, those of 2 digits, which include those of 1). They are consecutive, around
 * {@code v}, so the closest is {@code c} or its neighbour on the side of {@code v}, provided that neighbour is
 * past {@code v} (else the JDK's digits are not next to {@code v}, and this path answers null); of the two,
 * the closer is told by comparing their midpoint with {@code v}, and of two equally close the rule takes the
 * one with an even last digit.
 */
final class PlainDigits {

  private static final long[] POW5 = new long[26];

  static {
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
  }

  private PlainDigits() {}

  /**
   * {@return the text of the decimal the rule chooses for {@code v}, in the plain layout of {@link
   * Double#toString(double)}, or null when this path does not decide it}
   *
   * @param v a finite double, {@code 1e-3 <= v < 1e7}
   */
  static String of(double v) {
    return of(v, Double.toString(v)); // plain in this range: digits, a point, digits
  }

  /** {@link #of(double)} with the JDK's text given (the tests hand it texts the JDK does not write). */
  static String of(double v, String text) {
    int point = text.indexOf('.');
    if (point < 1 || text.indexOf('E') >= 0 || text.charAt(0) == '-') {
      return null; // not the plain layout of a positive value
    }
    String digits = text.substring(0, point) + text.substring(point + 1);
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    if (digits.length() - first > 18) {
      return null;
    }
    long c = Long.parseLong(digits, first, digits.length(), 10);
    int k = text.length() - point - 1;
    while (k > 0 && c % 10 == 0) {
      c /= 10;
      k--;
    }
    if (k == 0 || k > 24) {
      return null; // a whole number, or more places than the 128-bit comparison allows
    }
    long bits = Double.doubleToRawLongBits(v);
    int s = 52 - Math.getExponent(v);
    long m = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
    Midpoints r = new Midpoints(m, s);
    if (!r.contains(c, k)) {
      return null;
    }
    int length = Long.toString(c).length();
    if (length >= 2 && (r.contains(c / 10, k - 1) || r.contains(c / 10 + 1, k - 1))) {
      return null; // a shorter decimal rounds to v
    }
    // the candidates: decimals of c's length (of 2 digits when c has 1), in units of 10^-places
    long centre = length >= 2 ? c : c * 10;
    int places = length >= 2 ? k : k + 1;
    int side = r.compare(centre, places, 4 * m); // the sign of centre - v (v is 4m / 2^t)
    if (side == 0) {
      return plain(c, k);
    }
    long other = side > 0 ? centre - 1 : centre + 1; // the next candidate towards v
    if (r.compare(other, places, 4 * m) == side) {
      return null; // the JDK's digits are not next to v: a closer candidate rounds to v too
    }
    if (!r.contains(other, places)) {
      return plain(c, k);
    }
    // two candidates on either side of v round to it: the closer, of two equally close the even one
    long low = Math.min(centre, other);
    int half = r.compare(2 * low + 1, places, 8 * m); // the sign of (low + 1/2) - v, times 2
    long chosen = half > 0 ? low : half < 0 ? low + 1 : (low & 1) == 0 ? low : low + 1;
    return plain(chosen, places);
  }

  /** {@code digits / 10^places} (not 0) laid out as {@code Double.toString} lays out a value from 10^-3 to 10^7. */
  private static String plain(long digits, int places) {
    long d = digits;
    int p = places;
    while (d % 10 == 0) {
      d /= 10;
      p--;
    }
    String text = Long.toString(d);
    return NumberText.layout(text, text.length() - 1 - p, true);
  }

  /** The two midpoints around {@code v = m / 2^s}, as numerators over {@code 2^(s + 2)}. */
  private static final class Midpoints {
    private final long lower;
    private final long upper;
    private final int t;
    private final boolean even;

    Midpoints(long m, int s) {
      lower = m == 1L << 52 ? 4 * m - 1 : 4 * m - 2;
      upper = 4 * m + 2;
      t = s + 2;
      even = (m & 1) == 0;
    }

    /** True when {@code c / 10^k} rounds to v ({@code 0 <= c <= 10^18}, {@code 0 <= k <= 25}). */
    boolean contains(long c, int k) {
      return NumberText.roundsToV(compare(c, k, lower), compare(c, k, upper), even);
    }

    /** The sign of {@code c / 10^k - n / 2^t}, as {@code c * 2^(t - k)} against {@code n * 5^k}. */
    private int compare(long c, int k, long n) {
      int shift = t - k;
      long aHigh = c >>> (64 - shift); // shift is from 6 to 64 (a shift of 0 leaves c: right for 64)
      long aLow = shift == 64 ? 0 : c << shift;
      long p = POW5[k];
      long bHigh = Math.multiplyHigh(n, p); // both factors below 2^63: the signed high part is the unsigned one
      long bLow = n * p;
      int high = Long.compare(aHigh, bHigh);
      return high != 0 ? high : Long.compareUnsigned(aLow, bLow);
    }
  }
}
