package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.internal.KeyedReports;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The keyed path ({@link UnitKeys} through {@link KeyedReports}, which the review's views take) gives the report of
 * the {@link ReliabilityData} path bit for bit, the second implementation being {@link AgreementReport#of} on
 * {@link ReliabilityData#of(Scale, int, int[])} of the same ratings: random data of 1 to 5 raters on 1 to 5
 * categories at every level, with missing ratings (none, some, most), units with one rating or none, skewed
 * prevalence (the kappa-paradox note) and empty data. Every double is compared by its bits.
 */
class UnitKeysProperties {

  @Property(tries = 400)
  void keyedReportEqualsTheReliabilityDataReport(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int units,
      @ForAll @IntRange(min = 1, max = 5) int raters, @ForAll @IntRange(min = 1, max = 5) int q,
      @ForAll @IntRange(min = 0, max = 3) int missingness) {
    if (!UnitKeys.fits(q, raters)) {
      return; // (5 raters on 5 categories: 6^5 keys) the views keep the data path for such tables
    }
    Random rnd = new Random(seed);
    int[] codes = new int[units * raters];
    int[] keys = new int[units];
    int dominant = rnd.nextInt(q);
    for (int u = 0; u < units; u++) {
      int key = 0;
      int weight = 1;
      for (int r = 0; r < raters; r++) {
        int c;
        if (missingness > 0 && rnd.nextInt(4) < missingness) {
          c = ReliabilityData.MISSING;
        } else {
          c = rnd.nextInt(5) == 0 ? rnd.nextInt(q) : dominant;
        }
        codes[u * raters + r] = c;
        key += (c + 1) * weight;
        weight *= q + 1;
      }
      keys[u] = key;
    }
    Scale scale = scale(q);
    for (MeasurementLevel level : MeasurementLevel.values()) {
      AgreementReport expected = AgreementReport.of(ReliabilityData.of(scale, raters, codes), level);
      AgreementReport actual = KeyedReports.report(scale, raters, keys.clone(), level);
      assertSame(expected, actual);
    }
  }

  /** Keys fit exactly when both tables are small: {@code (q + 1)^raters <= 4096} and {@code (raters + 1)^q <= 4096}. */
  @Example
  void whatFits() {
    assertTrue(UnitKeys.fits(2, 2));
    assertTrue(UnitKeys.fits(3, 5)); // 4^5 = 1024 keys, 6^3 = 216 vectors
    assertTrue(UnitKeys.fits(3, 6)); // 4^6 = 4096
    assertFalse(UnitKeys.fits(3, 7)); // 4^7 = 16384
    assertFalse(UnitKeys.fits(12, 2)); // 13^2 = 169 keys but 3^12 = 531441 vectors
    assertFalse(UnitKeys.fits(2, 0));
    assertTrue(KeyedReports.fits(2, 2));
  }

  @Example
  void aKeyOutOfRangeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> KeyedReports.report(Scale.LOSI_BINARY, 2, new int[] {9}, MeasurementLevel.NOMINAL));
    assertThrows(IllegalArgumentException.class,
        () -> KeyedReports.report(Scale.LOSI_BINARY, 12, new int[] {0}, MeasurementLevel.NOMINAL));
  }

  private static Scale scale(int q) {
    double[] v = new double[q];
    for (int k = 0; k < q; k++) {
      v[k] = 2.5 * k * k - k; // unequal steps, so that the interval and ratio levels differ from the ordinal
    }
    v[0] = q == 1 ? 1 : v[0] + 0.25;
    return Scale.numeric(v);
  }

  private static void assertSame(AgreementReport expected, AgreementReport actual) {
    assertEquals(expected.level(), actual.level());
    assertEquals(expected.units(), actual.units());
    assertEquals(expected.raters(), actual.raters());
    assertEquals(expected.pairableValues(), actual.pairableValues());
    assertEquals(expected.prevalenceNote(), actual.prevalenceNote());
    assertEquals(expected.ac2Weights(), actual.ac2Weights());
    List<CoefficientResult> e = expected.results();
    List<CoefficientResult> a = actual.results();
    assertEquals(e.size(), a.size());
    for (int i = 0; i < e.size(); i++) {
      CoefficientResult x = e.get(i);
      CoefficientResult y = a.get(i);
      String what = x.coefficient() + " at " + expected.level();
      assertEquals(x.coefficient(), y.coefficient(), what);
      assertEquals(x.notApplicableReason(), y.notApplicableReason(), what);
      if (!x.isApplicable()) {
        continue;
      }
      Estimate ex = x.estimate();
      Estimate ey = y.estimate();
      assertEquals(ex.statistic(), ey.statistic(), what);
      assertEquals(ex.undefinedReason(), ey.undefinedReason(), what);
      if (ex.isDefined()) {
        assertEquals(bits(ex.value()), bits(ey.value()), what);
      }
      assertEquals(bits(ex.standardError()), bits(ey.standardError()), what + " se");
      assertEquals(bits(ex.pValue()), bits(ey.pValue()), what + " p");
      Optional<ConfidenceInterval> cx = ex.confidenceInterval();
      Optional<ConfidenceInterval> cy = ey.confidenceInterval();
      assertEquals(cx.isPresent(), cy.isPresent(), what + " ci");
      if (cx.isPresent()) {
        assertEquals(bits(cx.get().lower()), bits(cy.get().lower()), what + " lower");
        assertEquals(bits(cx.get().upper()), bits(cy.get().upper()), what + " upper");
        assertEquals(cx.get().method(), cy.get().method(), what + " method");
        assertEquals(bits(cx.get().level()), bits(cy.get().level()), what + " level");
      }
    }
  }

  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  private static String bits(OptionalDouble x) {
    return x.isPresent() ? Long.toHexString(bits(x.getAsDouble())) : "none";
  }
}
