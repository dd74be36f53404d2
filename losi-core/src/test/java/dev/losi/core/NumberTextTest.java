package dev.losi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of {@link NumberText}. The expected texts are those of {@code Double.toString} as the Java 19
 * specification defines it (JDK-4511638), each also printed by Temurin 25's {@code Double.toString}; where Java
 * 17's differs, its text is given beside.
 */
class NumberTextTest {

  @Test
  void wholeNumbersBelowTwoTo53AreIntegers() {
    assertEquals("95", NumberText.of(95.0));
    assertEquals("0", NumberText.of(0.0));
    assertEquals("-3", NumberText.of(-3.0));
    assertEquals("10000000", NumberText.of(1e7)); // Double.toString: 1.0E7
    assertEquals("1000000000000000", NumberText.of(1e15));
    assertEquals("9007199254740991", NumberText.of(0x1p53 - 1));
    // 2^53 = 9007199254740992 is the first whole number not followed by its successor among the doubles
    assertEquals("9.007199254740992E15", NumberText.of(0x1p53));
  }

  @Test
  void negativeZeroKeepsItsSign() {
    assertEquals("-0.0", NumberText.of(-0.0)); // "0" would read back as +0.0
  }

  @Test
  void fractionsArePlainFromOneThousandthToTenMillion() {
    assertEquals("0.6947368421052632", NumberText.of(66.0 / 95.0));
    assertEquals("0.1", NumberText.of(0.1));
    assertEquals("0.001", NumberText.of(0.001));
    assertEquals("9.999999999999998E-4", NumberText.of(Math.nextDown(0.001)));
    assertEquals("9.5E-4", NumberText.of(0.00095));
    assertEquals("1234567.5", NumberText.of(1234567.5));
    assertEquals("1.00000005E7", NumberText.of(10000000.5));
    assertEquals("-0.25", NumberText.of(-0.25));
  }

  @Test
  void theShortestDecimalWhereJava17GivesALongerOne() {
    assertEquals("1.0E23", NumberText.of(1e23)); // Java 17: 9.999999999999999E22
    assertEquals("2.0E23", NumberText.of(2e23)); // Java 17: 1.9999999999999998E23
    assertEquals("2.82879384806159E17", NumberText.of(2.82879384806159E17)); // Java 17: 2.82879384806159008E17
  }

  /**
   * Found by exact enumeration over n / 2^17: 65537 / 2^17 is 0.50000762939453125 exactly, so of the decimals of
   * 16 digits, the least length that rounds to it, 0.5000076293945312 and 0.5000076293945313 are equally close:
   * the rule takes the even last digit; likewise 65539 / 2^17 = 0.50002288818359375 gives ...937 and ...938.
   */
  @Test
  void ofTwoEquallyCloseTheEvenDigit() {
    assertEquals("0.5000076293945312", NumberText.of(65537.0 / 131072));
    assertEquals("0.5000228881835938", NumberText.of(65539.0 / 131072));
    assertEquals("0.5000076293945312", NumberText.exact(65537.0 / 131072));
    assertEquals("0.5000228881835938", NumberText.exact(65539.0 / 131072));
    assertEquals("0.5000076293945312", PlainDigits.of(65537.0 / 131072));
    assertEquals("0.5000228881835938", PlainDigits.of(65539.0 / 131072));
  }

  /**
   * The fast path takes no JDK text on trust; each of these is left to the exact search. 0.29999999999999999
   * reads back to the double 0.3 but is not its shortest decimal (0.3 is). 0.3 is not the text of 0.1 + 0.2
   * (0.30000000000000004). For 0.30817729141936545 (found by search; the double is 0.308177291419365452...,
   * and five decimals of 17 digits read back to it), 0.30817729141936547 reads back too, but ...546 lies
   * between it and the double, and the closest is ...545.
   */
  @Test
  void theFastPathDeclinesATextThatIsNotTheClosestShortestDecimalOfTheValue() {
    assertEquals(null, PlainDigits.of(0.3, "0.29999999999999999"));
    assertEquals(null, PlainDigits.of(0.1 + 0.2, "0.3"));
    assertEquals(null, PlainDigits.of(0.30817729141936545, "0.30817729141936547"));
    assertEquals("0.30817729141936545", NumberText.of(0.30817729141936545));
    assertEquals("0.3", PlainDigits.of(0.3, "0.3"));
  }

  @Test
  void extremes() {
    assertEquals("1.7976931348623157E308", NumberText.of(Double.MAX_VALUE));
    assertEquals("2.2250738585072014E-308", NumberText.of(Double.MIN_NORMAL));
    // the least subnormal, 4.94065645841246544...E-324: 5E-324 rounds to it too, but of the decimals of
    // length 1 or 2 that do (the rule when the shortest has one digit), 4.9E-324 is the closest
    assertEquals("4.9E-324", NumberText.of(Double.MIN_VALUE));
    assertEquals("1.5E-323", NumberText.of(3 * Double.MIN_VALUE));
  }

  /** The form for messages that quote a double: no whole-number rule, Java 19's digits. */
  @Test
  void shortestKeepsTheDoubleForm() {
    assertEquals("95.0", NumberText.shortest(95.0));
    assertEquals("-1.0", NumberText.shortest(-1.0));
    assertEquals("0.0", NumberText.shortest(0.0));
    assertEquals("-0.0", NumberText.shortest(-0.0));
    assertEquals("1.0E23", NumberText.shortest(1e23)); // Java 17's Double.toString: 9.999999999999999E22
    assertEquals("NaN", NumberText.shortest(Double.NaN));
  }

  @Test
  void nonFiniteValuesAsDoubleToStringNamesThem() {
    assertEquals("NaN", NumberText.of(Double.NaN));
    assertEquals("Infinity", NumberText.of(Double.POSITIVE_INFINITY));
    assertEquals("-Infinity", NumberText.of(Double.NEGATIVE_INFINITY));
  }
}
