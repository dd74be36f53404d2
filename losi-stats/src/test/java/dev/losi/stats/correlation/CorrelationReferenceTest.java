package dev.losi.stats.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.testing.TsvResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares every coefficient, p-value and interval with values computed independently in JavaScript
 * (resource reference.js: @stdlib/stats-pcorrtest 0.2.3, @stdlib normal and t cdf, O(n^2) definitions of
 * ranks and Kendall's pair counts, exact BigInt Mahonian numbers), stored in reference-values.tsv.
 * The Hollander-Wolfe rows also agree with the published output of R's {@code cor.test} help example
 * (r = 0.5711816, p = 0.1082, CI -0.1497426 0.8955795; Kendall tau = 0.4444444, exact two-sided p = 0.1194).
 */
class CorrelationReferenceTest {

  record Row(String dataset, String statistic, double estimate, double p, double lo, double hi, String pExact) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String[] f : TsvResource.rows(CorrelationReferenceTest.class, "reference-values.tsv")) {
      rows.add(new Row(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          Double.parseDouble(f[5]), f[6]));
    }
    return rows;
  }

  static void close(double expected, double actual, double relTol, double absTol, String what) {
    assertTrue(Math.abs(expected - actual) <= Math.max(absTol, relTol * Math.abs(expected)),
        what + ": expected " + expected + " got " + actual);
  }

  @TestFactory
  List<DynamicTest> matchesIndependentReference() throws IOException {
    Map<String, double[][]> data = ReferenceData.all();
    List<DynamicTest> tests = new ArrayList<>();
    List<Row> rows = rows();
    assertEquals(24, rows.size());
    for (Row row : rows) {
      tests.add(DynamicTest.dynamicTest(row.dataset() + " " + row.statistic(), () -> {
        double[][] xy = data.get(row.dataset());
        Estimate e = switch (row.statistic()) {
          case "pearson" -> Correlation.pearson(xy[0], xy[1]);
          case "spearman" -> Correlation.spearman(xy[0], xy[1]);
          default -> Correlation.kendall(xy[0], xy[1], KendallPValue.ASYMPTOTIC);
        };
        String what = row.dataset() + " " + row.statistic();
        close(row.estimate(), e.value(), 1e-12, 1e-14, what + " estimate");
        // p-values: the reference underflows to 0 below about 1e-16 (it computes 1 - cdf).
        close(row.p(), e.pValue().getAsDouble(), 1e-9, 1e-15, what + " p-value");
        ConfidenceInterval ci = e.confidenceInterval().orElseThrow();
        close(row.lo(), ci.lower(), 1e-10, 1e-12, what + " ci lower");
        close(row.hi(), ci.upper(), 1e-10, 1e-12, what + " ci upper");
        assertEquals(0.95, ci.level());
        if (!row.pExact().isEmpty()) {
          Estimate exact = Correlation.kendall(xy[0], xy[1], KendallPValue.EXACT);
          close(Double.parseDouble(row.pExact()), exact.pValue().getAsDouble(), 1e-12, 1e-300, what + " exact p");
        }
      }));
    }
    return tests;
  }
}
