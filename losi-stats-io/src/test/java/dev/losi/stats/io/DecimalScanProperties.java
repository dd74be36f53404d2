package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written scan {@link CsvRows#isDecimal} accepts exactly the texts the regular expression
 * {@link CsvRows#DECIMAL} (the second implementation, run here) matches, over random texts of the
 * characters that matter (signs, digits, point, exponent letters, a space and a comma).
 */
class DecimalScanProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("+-0123456789.eE ,x").ofMinLength(0).ofMaxLength(8);
  }

  @Property(tries = 5000)
  void scanEqualsTheRegularExpression(@ForAll("texts") String s) {
    assertEquals(CsvRows.DECIMAL.matcher(s).matches(), CsvRows.isDecimal(s), s);
  }
}
