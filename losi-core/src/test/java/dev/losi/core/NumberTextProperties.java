package dev.losi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.io.NumberOutput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link NumberText} over doubles drawn from every binade: any bit pattern, values near powers of
 * two and of ten (where the rounding interval is uneven or the layout switches), subnormals, and LOSI-like
 * ratios. The second implementation is jackson-core's Schubfach conversion; on Java 19 and later, the JDK's own
 * {@code Double.toString} as well.
 */
class NumberTextProperties {

  /** The text reads back to the same double, sign of zero included. */
  @Property(tries = 20_000)
  void readsBackToTheSameDouble(@ForAll("doubles") double x) {
    assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(NumberText.of(x))));
  }

  /**
   * The digits are those of jackson-core's Schubfach conversion, and on Java 19 and later those of the JDK's
   * {@code Double.toString} too (on Java 17 they differ for some values; {@link NumberTextTest} lists three).
   */
  @Property(tries = 20_000)
  void sameDigitsAsSchubfachAndAsJava19DoubleToString(@ForAll("doubles") double x) {
    String text = NumberText.computedShortest(x);
    assertEquals(NumberOutput.toString(x, true), text);
    if (Runtime.version().feature() >= 19) {
      assertEquals(Double.toString(x), text);
    }
  }

  /** The exact search alone (the slow path, which the plain fast path leaves most values to) gives the same. */
  @Property(tries = 10_000)
  void exactSearchGivesSchubfachDigits(@ForAll("doubles") double x) {
    Assume.that(x != 0);
    double v = Math.abs(x);
    assertEquals(NumberOutput.toString(v, true), NumberText.exact(v));
  }

  /** Where the plain fast path decides (it may leave a value to the exact search), it decides the same. */
  @Property(tries = 20_000)
  void plainFastPathEqualsTheExactSearch(@ForAll("plainRange") double v) {
    String fast = PlainDigits.of(v);
    if (fast != null) {
      assertEquals(NumberText.exact(v), fast);
    }
  }

  /** Hand-picked LOSI numbers: the fast path decides them all (a path that always declined would pass above). */
  @Example
  void plainFastPathDecidesLosiNumbers() {
    for (double v : new double[] {48.0 / 95, 44.0 / 95, 0.375, 0.53125, 4.0 / 11, 11.0 / 18, 0.6, 17.0 / 31,
        31.0 / 64, 0.001, 0.5, 0.1 + 0.2, 1234567.875, 9999999.999999998}) {
      assertEquals(NumberText.exact(v), PlainDigits.of(v), () -> "for " + v);
    }
  }

  /**
   * Whole numbers below 2^53 are the integer's digits; every other value is the shortest decimal: from Java 19
   * {@code of} takes the fast path, {@code Double.toString}, and this is where it must equal the exact one.
   */
  @Property(tries = 20_000)
  void wholeNumbersAsIntegersElseTheShortestDecimal(@ForAll("doubles") double x) {
    boolean integer = x == Math.rint(x) && Math.abs(x) < 0x1p53 && Double.doubleToRawLongBits(x) != Long.MIN_VALUE;
    assertEquals(integer ? Long.toString((long) x) : NumberText.computedShortest(x), NumberText.of(x));
  }

  /** The public shortest (from Java 19 the JDK's) equals the computed one; of keeps its whole-number rule apart. */
  @Property(tries = 20_000)
  void shortestIsTheComputedShortest(@ForAll("doubles") double x) {
    assertEquals(NumberText.computedShortest(x), NumberText.shortest(x));
  }

  @Provide
  Arbitrary<Double> doubles() {
    Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
    Arbitrary<Double> nearPowerOfTwo = Arbitraries.integers().between(-1074, 1023).flatMap(e -> Arbitraries
        .integers().between(-2, 2).map(k -> step(Math.scalb(1.0, e), k)));
    Arbitrary<Double> nearPowerOfTen = Arbitraries.integers().between(-323, 308).flatMap(e -> Arbitraries
        .integers().between(-2, 2).map(k -> step(Double.parseDouble("1e" + e), k)));
    Arbitrary<Double> subnormal = Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble);
    Arbitrary<Double> ratio = Arbitraries.integers().between(0, 400).flatMap(p -> Arbitraries.integers()
        .between(1, 400).map(m -> (double) p / m));
    Arbitrary<Double> wide = Arbitraries.doubles().between(-1e30, 1e30);
    return Arbitraries.oneOf(anyBits, nearPowerOfTwo, nearPowerOfTen, subnormal, ratio, wide)
        .map(d -> d == 0 ? d : d) // keeps -0.0 and +0.0 apart (no boxing cache of zero)
        .filter(d -> !d.isNaN());
  }

  @Provide
  Arbitrary<Double> plainRange() {
    Arbitrary<Double> anyBits = Arbitraries.longs().between(Double.doubleToRawLongBits(1e-3),
        Double.doubleToRawLongBits(Math.nextDown(1e7))).map(Double::longBitsToDouble);
    Arbitrary<Double> ratio = Arbitraries.integers().between(1, 400).flatMap(p -> Arbitraries.integers()
        .between(1, 400).map(m -> (double) p / m)).filter(d -> d >= 1e-3);
    Arbitrary<Double> nearPowerOfTwo = Arbitraries.integers().between(-9, 23).flatMap(e -> Arbitraries
        .integers().between(-2, 2).map(k -> step(Math.scalb(1.0, e), k)));
    return Arbitraries.oneOf(anyBits, ratio, nearPowerOfTwo).filter(d -> d >= 1e-3 && d < 1e7 && d != Math.rint(d));
  }

  private static double step(double d, int k) {
    double x = d;
    for (int i = 0; i < Math.abs(k); i++) {
      x = k > 0 ? Math.nextUp(x) : Math.nextDown(x);
    }
    return Double.isFinite(x) ? x : d;
  }
}
