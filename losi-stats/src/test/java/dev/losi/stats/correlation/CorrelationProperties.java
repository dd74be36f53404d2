package dev.losi.stats.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.Estimate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the three coefficients on random paired data (often with many ties). */
class CorrelationProperties {

  record Pairs(double[] x, double[] y) {}

  @Provide
  Arbitrary<Pairs> pairs() {
    return Arbitraries.integers().between(3, 60).flatMap(n -> {
      Arbitrary<List<Integer>> values = Arbitraries.integers().between(-20, 20).list().ofSize(n);
      return Combinators.combine(values, values).as((a, b) -> new Pairs(
          a.stream().mapToDouble(Integer::doubleValue).toArray(), b.stream().mapToDouble(Integer::doubleValue).toArray()));
    });
  }

  @Property
  void symmetricInXAndY(@ForAll("pairs") Pairs p) {
    for (CorrelationMethod m : CorrelationMethod.values()) {
      Estimate xy = m.compute(p.x(), p.y());
      Estimate yx = m.compute(p.y(), p.x());
      assertEquals(xy.isDefined(), yx.isDefined());
      if (xy.isDefined()) {
        assertEquals(xy.value(), yx.value(), 1e-12, m.key());
        assertEquals(xy.pValue().getAsDouble(), yx.pValue().getAsDouble(), 1e-12, m.key());
      }
    }
  }

  @Property
  void boundedWithValidPValueAndInterval(@ForAll("pairs") Pairs p) {
    for (CorrelationMethod m : CorrelationMethod.values()) {
      Estimate e = m.compute(p.x(), p.y());
      if (e.isDefined()) {
        assertTrue(Math.abs(e.value()) <= 1, e.toString());
        double pv = e.pValue().getAsDouble();
        assertTrue(pv >= 0 && pv <= 1, e.toString());
        assertTrue(e.confidenceInterval().orElseThrow().contains(e.value()), e.toString());
        assertTrue(e.confidenceInterval().orElseThrow().lower() >= -1, e.toString());
        assertTrue(e.confidenceInterval().orElseThrow().upper() <= 1, e.toString());
      } else {
        assertTrue(e.undefinedReason().orElseThrow().contains("constant"), e.toString());
      }
    }
  }

  /** v -> v^3 + 3v is strictly increasing and exact on these integers: ranks, so rho and tau, cannot change. */
  @Property
  void rankStatisticsInvariantUnderIncreasingTransforms(@ForAll("pairs") Pairs p) {
    double[] tx = new double[p.x().length];
    double[] ty = new double[p.y().length];
    for (int i = 0; i < tx.length; i++) {
      tx[i] = p.x()[i] * p.x()[i] * p.x()[i] + 3 * p.x()[i];
      ty[i] = Math.exp(p.y()[i] / 7.0);
    }
    for (CorrelationMethod m : new CorrelationMethod[] {CorrelationMethod.SPEARMAN, CorrelationMethod.KENDALL}) {
      Estimate before = m.compute(p.x(), p.y());
      Estimate after = m.compute(tx, ty);
      assertEquals(before.isDefined(), after.isDefined());
      if (before.isDefined()) {
        assertEquals(before.value(), after.value(), 1e-12, m.key());
      }
    }
  }

  @Property
  void perfectMonotoneDataGivesOne(@ForAll @IntRange(min = 3, max = 200) int n, @ForAll @IntRange(min = 1, max = 50) int step) {
    double[] x = new double[n];
    double[] linear = new double[n];
    double[] monotone = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i * step;
      linear[i] = 3 * x[i] - 5;
      monotone[i] = Math.exp(i / 10.0);
    }
    assertEquals(1.0, Correlation.pearson(x, linear).value(), 1e-12);
    assertEquals(1.0, Correlation.spearman(x, monotone).value(), 0);
    assertEquals(1.0, Correlation.kendall(x, monotone).value(), 0);
  }

  /** Knight's O(n log n) tau-b equals the O(n^2) definition on tied data. */
  @Property
  void kendallEqualsPairCounting(@ForAll("pairs") Pairs p) {
    Estimate e = Correlation.kendall(p.x(), p.y());
    double[] x = p.x();
    double[] y = p.y();
    long c = 0;
    long d = 0;
    long tx = 0;
    long ty = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        double a = Math.signum(x[i] - x[j]);
        double b = Math.signum(y[i] - y[j]);
        if (a == 0) {
          tx++;
        }
        if (b == 0) {
          ty++;
        }
        if (a * b > 0) {
          c++;
        } else if (a * b < 0) {
          d++;
        }
      }
    }
    long n0 = (long) x.length * (x.length - 1) / 2;
    if (tx == n0 || ty == n0) {
      assertTrue(!e.isDefined());
      return;
    }
    assertEquals((c - d) / Math.sqrt((double) (n0 - tx) * (n0 - ty)), e.value(), 1e-12);
  }

  /** The radix argsort equals a stable comparison sort (Double.compare with -0.0 as 0.0) on any finite doubles. */
  @Property
  void argsortIsAStableSort(@ForAll("finiteDoubles") List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Integer[] expected = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      expected[i] = i;
    }
    java.util.Arrays.sort(expected, (a, b) -> Double.compare(v[a] + 0.0, v[b] + 0.0));
    int[] actual = Ranks.argsort(v);
    for (int i = 0; i < v.length; i++) {
      assertEquals(expected[i].intValue(), actual[i]);
    }
  }

  @Provide
  Arbitrary<List<Double>> finiteDoubles() {
    Arbitrary<Double> any = Arbitraries.oneOf(
        Arbitraries.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE),
        Arbitraries.of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1.0 / 95, 2.0 / 96),
        Arbitraries.integers().between(-3, 3).map(Integer::doubleValue));
    return any.list().ofMinSize(0).ofMaxSize(80);
  }
}
