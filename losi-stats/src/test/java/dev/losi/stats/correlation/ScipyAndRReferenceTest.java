package dev.losi.stats.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares our coefficients, p-values and Pearson intervals with scipy 1.10.1 (numpy 1.24.2, Python 3.11.2)
 * and R 4.2.2 ({@code cor.test}), stored in the test resources {@code reference-scipy.tsv} and
 * {@code reference-r.tsv}. They were made by {@code reference_scipy.py} and {@code reference_r.R} beside them;
 * each file's header records the version and the exact calls. This test does not run Python or R.
 *
 * <p>The data sets are those of {@link ReferenceData} (the Hollander-Wolfe data, n = 3, heavy ties at
 * multiples of 1/95 and 1/96 with n = 200 and 10,000, continuous n = 10,000, tie-free n = 12, 30, 50), rebuilt
 * by each script from the same integer formulas; the {@code data} rows (sums of x and y) check that.
 *
 * <p>What is compared with what (our documented methods):
 * <ul>
 *   <li>Pearson: scipy {@code pearsonr} and R {@code cor.test(method="pearson")}: r, the t-test p-value and the
 *       Fisher z interval ({@code confidence_interval(0.95)}, R's {@code conf.int}; R gives none for n = 3).
 *   <li>Spearman: scipy {@code spearmanr} and R {@code cor.test(method="spearman", exact=FALSE)}: rho and the
 *       t-approximation p-value, with or without ties. R's default ({@code exact=NULL}) is the same t
 *       approximation with ties or for n &gt; 1290, and is checked there; for small tie-free data R's default
 *       is an exact or Edgeworth (AS 89) p-value that we do not implement, and the test checks that it differs,
 *       as docs/correlation.md says.
 *   <li>Kendall: scipy {@code kendalltau(variant='b', method='asymptotic')} and R
 *       {@code cor.test(method="kendall", exact=FALSE)}: tau-b and the tie-corrected normal p-value; for tie-free
 *       n &le; 50, {@code method='exact'} and {@code exact=TRUE}: the exact permutation p-value (also what
 *       {@link KendallPValue#AUTO} gives there).
 *   <li>Spearman and Kendall intervals: neither scipy 1.10 nor {@code cor.test} gives one; those are checked by
 *       {@link CorrelationReferenceTest}.
 * </ul>
 */
class ScipyAndRReferenceTest {

  /**
   * Estimates (r, rho, tau-b) and the Pearson interval ends: relative 1e-12, with an absolute floor of 1e-15.
   * The programs compute the same sums of n products in double precision but in different orders, so they
   * differ by rounding only: of order sqrt(n)·2^-53 relative, about 1e-14 for n = 10,000. Largest difference
   * seen: 3.5e-14 relative (ties_10000 Pearson, ours against scipy). There the exact r of the binary data
   * (rational arithmetic, Python fractions) is 0.85009628628401512...: R (long double sums) gives it to the
   * last digit, scipy is 1.1e-14 relative off and we are 2.4e-14 off, all rounding. Kendall's tau-b comes
   * from integer pair counts and differs by at most 1 ulp. The absolute floor is for coefficients near 0
   * (noties_50: r = -0.00068): the rounding error of r is absolute (about 1e-17 there), not relative to r.
   */
  static final double ESTIMATE_REL = 1e-12;
  static final double ESTIMATE_ABS = 1e-15;
  /**
   * p-values: relative 1e-10. They are special-function values (t or beta, normal tails) accurate to about
   * 1e-15 relative in each program; the rounding differences of the estimates move them by about
   * |d ln p / dr|·1e-14, which is largest for the smallest p: 3.2e-13 relative at p = 6.2e-58 (ties_200
   * Spearman). R's exact Kendall p-value is a sum of doubles (1 - pkendall) and is 8.4e-14 relative off the
   * exact BigInt value of reference.js (noties_12). Where the true p-value underflows (n = 10,000: p is
   * about 10^-2800) both sides must give 0 or a subnormal number.
   */
  static final double P_REL = 1e-10;

  /** One line of a reference TSV; empty cells are NaN. */
  record Row(String source, String dataset, int n, String call, double estimate, double p, double lo, double hi,
      String warnings) {
    String what() {
      return source + " " + dataset + " " + call;
    }
  }

  record Reference(List<String> header, List<Row> rows) {}

  static Reference read(String resource) throws IOException {
    InputStream in = ScipyAndRReferenceTest.class.getResourceAsStream(resource);
    assertNotNull(in, "missing test resource " + resource);
    List<String> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      boolean columns = false;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("#")) {
          header.add(line);
          continue;
        }
        if (!columns) {
          assertEquals("dataset\tn\tcall\testimate\tp_value\tci_lower\tci_upper\twarnings", line,
              resource + ":" + lineNo + ": column names");
          columns = true;
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(8, f.length, resource + ":" + lineNo + ": expected 8 tab-separated fields");
        rows.add(new Row(resource, f[0], Integer.parseInt(f[1]), f[2], num(f[3]), num(f[4]), num(f[5]), num(f[6]),
            f[7]));
      }
    }
    return new Reference(header, rows);
  }

  private static double num(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  static void closeEstimate(double expected, double actual, String what) {
    assertTrue(Double.isFinite(expected), what + ": reference value missing");
    assertTrue(Math.abs(expected - actual) <= Math.max(ESTIMATE_ABS, ESTIMATE_REL * Math.abs(expected)),
        what + ": expected " + expected + " got " + actual + " (difference " + (actual - expected) + ")");
  }

  static void closeP(double expected, double actual, String what) {
    assertTrue(Double.isFinite(expected), what + ": reference p-value missing");
    if (expected == 0) {
      assertTrue(actual >= 0 && actual < Double.MIN_NORMAL,
          what + ": reference p-value underflows to 0, ours is " + actual);
      return;
    }
    assertTrue(Math.abs(expected - actual) <= P_REL * expected,
        what + ": p-value expected " + expected + " got " + actual + " (relative difference "
            + (actual - expected) / expected + ")");
  }

  static void sameInterval(Row row, Estimate e) {
    ConfidenceInterval ci = e.confidenceInterval().orElseThrow();
    assertEquals(0.95, ci.level(), row.what());
    closeEstimate(row.lo(), ci.lower(), row.what() + " ci lower");
    closeEstimate(row.hi(), ci.upper(), row.what() + " ci upper");
  }

  /** The data row: sums of x and y, compared with the correctly rounded sums of our data (BigDecimal). */
  static void sameData(Row row, double[][] xy) {
    assertEquals(xy[0].length, row.n(), row.what() + ": n");
    closeEstimate(row.estimate(), exactSum(xy[0]), row.what() + " sum of x");
    closeEstimate(row.p(), exactSum(xy[1]), row.what() + " sum of y");
  }

  static double exactSum(double[] v) {
    BigDecimal s = BigDecimal.ZERO;
    for (double d : v) {
      s = s.add(new BigDecimal(d));
    }
    return s.round(MathContext.DECIMAL128).doubleValue();
  }

  static boolean tieFree(double[][] xy) {
    return distinct(xy[0]) && distinct(xy[1]);
  }

  private static boolean distinct(double[] v) {
    Set<Double> seen = new LinkedHashSet<>();
    for (double d : v) {
      if (!seen.add(d)) {
        return false;
      }
    }
    return true;
  }

  private static List<DynamicTest> compare(Reference ref, Map<String, Set<String>> expectedCalls) {
    Map<String, double[][]> data = ReferenceData.all();
    List<DynamicTest> tests = new ArrayList<>();
    // Every data set of ReferenceData appears, with the expected calls and nothing else.
    Map<String, Set<String>> seen = new java.util.LinkedHashMap<>();
    for (Row row : ref.rows()) {
      seen.computeIfAbsent(row.dataset(), k -> new LinkedHashSet<>()).add(row.call());
    }
    assertEquals(expectedCalls, seen, "datasets and calls in " + ref.rows().get(0).source());
    for (Row row : ref.rows()) {
      double[][] xy = data.get(row.dataset());
      tests.add(DynamicTest.dynamicTest(row.what(), () -> check(row, xy)));
    }
    return tests;
  }

  private static void check(Row row, double[][] xy) {
    double[] x = xy[0];
    double[] y = xy[1];
    assertEquals(x.length, row.n(), row.what() + ": n");
    String what = row.what();
    switch (row.call()) {
      case "data" -> sameData(row, xy);
      case "pearsonr", "pearson" -> {
        Estimate e = Correlation.pearson(x, y);
        closeEstimate(row.estimate(), e.value(), what + " r");
        closeP(row.p(), e.pValue().getAsDouble(), what);
        if (Double.isNaN(row.lo())) {
          // R gives no interval for n = 3 (Fisher's se 1/sqrt(n-3) is infinite); ours is the whole range.
          assertEquals(3, row.n(), what + ": only n = 3 has no reference interval");
          assertEquals(-1.0, e.confidenceInterval().orElseThrow().lower(), what);
          assertEquals(1.0, e.confidenceInterval().orElseThrow().upper(), what);
        } else {
          sameInterval(row, e);
        }
      }
      case "spearmanr", "spearman_t" -> {
        Estimate e = Correlation.spearman(x, y);
        closeEstimate(row.estimate(), e.value(), what + " rho");
        closeP(row.p(), e.pValue().getAsDouble(), what);
      }
      case "spearman_default" -> {
        Estimate e = Correlation.spearman(x, y);
        closeEstimate(row.estimate(), e.value(), what + " rho");
        if (!tieFree(xy) || row.n() > 1290) {
          // R falls back to the t approximation: with ties it warns "Cannot compute exact p-value with ties".
          closeP(row.p(), e.pValue().getAsDouble(), what);
          assertEquals(tieFree(xy) ? "" : "Cannot compute exact p-value with ties", row.warnings(), what);
        } else {
          // Exact (n <= 9) or AS 89 (n <= 1290): not our method. docs/correlation.md says so; check it differs
          // by more than rounding (noties_50 has the smallest difference: 9.4e-5 relative).
          double ours = e.pValue().getAsDouble();
          assertTrue(Math.abs(row.p() - ours) > 1e-6 * ours,
              what + ": R's default p " + row.p() + " was expected to differ from the t approximation " + ours);
        }
      }
      case "kendalltau_asymptotic", "kendall_asymptotic" -> {
        Estimate e = Correlation.kendall(x, y, KendallPValue.ASYMPTOTIC);
        closeEstimate(row.estimate(), e.value(), what + " tau-b");
        closeP(row.p(), e.pValue().getAsDouble(), what);
        if (!tieFree(xy) || row.n() > KendallPValue.AUTO_EXACT_MAX_N) {
          assertEquals(e.pValue().getAsDouble(), Correlation.kendall(x, y).pValue().getAsDouble(), what + " AUTO");
        }
      }
      case "kendalltau_exact", "kendall_exact" -> {
        assertTrue(tieFree(xy), what + ": exact rows only for data without ties");
        Estimate e = Correlation.kendall(x, y, KendallPValue.EXACT);
        closeEstimate(row.estimate(), e.value(), what + " tau-b");
        closeP(row.p(), e.pValue().getAsDouble(), what);
        assertEquals(e.pValue().getAsDouble(), Correlation.kendall(x, y).pValue().getAsDouble(), what + " AUTO");
      }
      default -> fail(row.source() + ": unknown call " + row.call());
    }
  }

  private static Map<String, Set<String>> expected(List<String> always, String exact) {
    Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
    ReferenceData.all().forEach((name, xy) -> {
      Set<String> calls = new LinkedHashSet<>(always);
      if (tieFree(xy) && xy[0].length <= KendallPValue.AUTO_EXACT_MAX_N) {
        calls.add(exact);
      }
      m.put(name, calls);
    });
    return m;
  }

  @TestFactory
  List<DynamicTest> matchesScipy() throws IOException {
    Reference ref = read("reference-scipy.tsv");
    return compare(ref, expected(List.of("data", "pearsonr", "spearmanr", "kendalltau_asymptotic"), "kendalltau_exact"));
  }

  @TestFactory
  List<DynamicTest> matchesR() throws IOException {
    Reference ref = read("reference-r.tsv");
    return compare(ref,
        expected(List.of("data", "pearson", "spearman_t", "spearman_default", "kendall_asymptotic"), "kendall_exact"));
  }

  /** The resources say which versions made them (the values are those versions' and no others'). */
  @Test
  void referenceFilesRecordVersionsAndCalls() throws IOException {
    Reference scipy = read("reference-scipy.tsv");
    assertEquals("# scipy 1.10.1, numpy 1.24.2, Python 3.11.2", scipy.header().get(0));
    assertTrue(String.join("\n", scipy.header()).contains(
        "scipy.stats.kendalltau(x, y, variant='b', method='asymptotic')"));
    Reference r = read("reference-r.tsv");
    assertEquals("# R version 4.2.2 Patched (2022-11-10 r83330)", r.header().get(0));
    assertTrue(String.join("\n", r.header()).contains("cor.test(x, y, method = \"kendall\", exact = FALSE)"));
  }
}
