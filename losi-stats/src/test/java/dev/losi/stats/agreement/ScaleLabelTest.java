package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The label of a numeric category is its value's shortest decimal in plain form, the same on every Java
 * version. Hand-worked: 1e23 is the double 99999999999999991611392; the shortest decimal that reads back to it
 * is 1E+23 (Java 19's Double.toString gives 1.0E23; Java 17's gives 9.999999999999999E22, whose plain form
 * 99999999999999990000000 is what the label was on Java 17). CI runs this on Java 17 and 25.
 */
class ScaleLabelTest {

  @Test
  void numericLabelsArePlainShortestDecimals() {
    Scale s = Scale.numeric(-1, 0, 2.5, 66.0 / 95.0 * 10, 1e23);
    assertEquals(List.of("-1", "0", "2.5", "6.947368421052632", "100000000000000000000000"), s.labels());
  }
}
