package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.Estimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the coefficients on random data. */
class AgreementProperties {

  private static int[][] randomData(long seed, int units, int raters, int q, boolean missing) {
    Random rnd = new Random(seed);
    int[][] d = new int[units][raters];
    for (int u = 0; u < units; u++) {
      int truth = rnd.nextInt(q);
      for (int r = 0; r < raters; r++) {
        d[u][r] = missing && rnd.nextInt(5) == 0 ? ReliabilityData.MISSING : rnd.nextInt(3) == 0 ? rnd.nextInt(q) : truth;
      }
    }
    return d;
  }

  private static Scale scale(int q) {
    double[] v = new double[q];
    for (int k = 0; k < q; k++) {
      v[k] = k + 1;
    }
    return Scale.numeric(v);
  }

  private static Map<Coefficient, Estimate> all(ReliabilityData d, MeasurementLevel level) {
    return AgreementReport.of(d, level).estimates();
  }

  /** Identical raters: every coefficient that is defined equals 1. */
  @Property(tries = 200)
  void identicalRatersGiveOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters, @ForAll @IntRange(min = 1, max = 5) int q) {
    int[][] base = randomData(seed, units, 1, q, false);
    int[][] d = new int[units][raters];
    for (int u = 0; u < units; u++) {
      for (int r = 0; r < raters; r++) {
        d[u][r] = base[u][0];
      }
    }
    ReliabilityData data = ReliabilityData.of(scale(q), d);
    for (MeasurementLevel level : MeasurementLevel.values()) {
      for (Estimate e : all(data, level).values()) {
        if (e.isDefined()) {
          assertEquals(1.0, e.value(), 1e-12, e.toString());
        }
      }
    }
  }

  /** Every coefficient is invariant to the order of the raters. */
  @Property(tries = 200)
  void raterOrderDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters, @ForAll @IntRange(min = 2, max = 5) int q,
      @ForAll boolean missing) {
    int[][] d = randomData(seed, units, raters, q, missing);
    List<Integer> order = shuffled(raters, new Random(seed + 1));
    int[][] p = new int[units][raters];
    for (int u = 0; u < units; u++) {
      for (int r = 0; r < raters; r++) {
        p[u][r] = d[u][order.get(r)];
      }
    }
    for (MeasurementLevel level : MeasurementLevel.values()) {
      assertSame(all(ReliabilityData.of(scale(q), d), level), all(ReliabilityData.of(scale(q), p), level));
    }
  }

  /** At the nominal level, relabelling (permuting) the categories changes nothing. */
  @Property(tries = 200)
  void nominalRelabellingDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters, @ForAll @IntRange(min = 2, max = 6) int q,
      @ForAll boolean missing) {
    int[][] d = randomData(seed, units, raters, q, missing);
    List<Integer> perm = shuffled(q, new Random(seed ^ 0x5DEECE66DL));
    int[][] p = new int[units][raters];
    for (int u = 0; u < units; u++) {
      for (int r = 0; r < raters; r++) {
        p[u][r] = d[u][r] < 0 ? d[u][r] : perm.get(d[u][r]);
      }
    }
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < q; k++) {
      labels.add("c" + k);
    }
    Scale nominal = Scale.nominal(labels);
    assertSame(all(ReliabilityData.of(nominal, d), MeasurementLevel.NOMINAL),
        all(ReliabilityData.of(nominal, p), MeasurementLevel.NOMINAL));
  }

  /** Bounds: percent agreement in [0, 1]; kappa, pi, S, AC1 in [-1, 1]; every coefficient at most 1; SE >= 0; the CI holds the value. */
  @Property(tries = 300)
  void bounds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int units,
      @ForAll @IntRange(min = 1, max = 5) int raters, @ForAll @IntRange(min = 1, max = 5) int q,
      @ForAll boolean missing) {
    ReliabilityData data = ReliabilityData.of(scale(q), randomData(seed, units, raters, q, missing));
    for (MeasurementLevel level : MeasurementLevel.values()) {
      for (Map.Entry<Coefficient, Estimate> en : all(data, level).entrySet()) {
        Estimate e = en.getValue();
        if (!e.isDefined()) {
          assertTrue(e.undefinedReason().isPresent());
          continue;
        }
        double v = e.value();
        assertTrue(v <= 1 + 1e-12, e.toString());
        switch (en.getKey()) {
          case PERCENT_AGREEMENT -> assertTrue(v >= 0, e.toString());
          case COHEN_KAPPA, SCOTT_PI, BENNETT_S, GWET_AC1, RANDOLPH_KAPPA -> assertTrue(v >= -1 - 1e-12, e.toString());
          default -> { }
        }
        e.standardError().ifPresent(se -> assertTrue(se >= 0));
        e.confidenceInterval().ifPresent(ci -> assertTrue(ci.contains(v), e.toString()));
      }
    }
  }

  /** The three alpha paths agree: count-vector histogram, unit by unit (larger scales), sparse patterns (bootstrap). */
  @Property(tries = 200)
  void denseAndPatternPathsAgree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int units,
      @ForAll @IntRange(min = 1, max = 5) int raters, @ForAll @IntRange(min = 1, max = 6) int q,
      @ForAll boolean missing) {
    ReliabilityData d = ReliabilityData.of(scale(q), randomData(seed, units, raters, q, missing));
    AlphaPatterns p = AlphaPatterns.of(UnitCounts.of(d));
    for (MeasurementLevel level : MeasurementLevel.values()) {
      KrippendorffAlpha.Result dense = KrippendorffAlpha.fromCoincidences(KrippendorffAlpha.coincidences(d), level,
          d.scale().values());
      KrippendorffAlpha.Result sparse = p.alpha(p.unitCounts(), level, d.scale().values(), new double[q]);
      KrippendorffAlpha.Result byUnit = KrippendorffAlpha.fromCoincidences(KrippendorffAlpha.coincidencesByUnit(
          UnitCounts.of(d), new double[q][q]), level, d.scale().values());
      assertEquals(dense.defined, sparse.defined);
      assertEquals(dense.defined, byUnit.defined);
      if (dense.defined) {
        assertEquals(dense.alpha, sparse.alpha, 1e-12);
        assertEquals(dense.alpha, byUnit.alpha, 1e-12);
      }
    }
  }

  /** 0 .. n - 1 in the order {@link Collections#shuffle(List, Random)} gives them. */
  private static List<Integer> shuffled(int n, Random random) {
    List<Integer> list = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      list.add(k);
    }
    Collections.shuffle(list, random);
    return list;
  }

  private static void assertSame(Map<Coefficient, Estimate> a, Map<Coefficient, Estimate> b) {
    assertEquals(a.keySet(), b.keySet());
    for (Coefficient c : a.keySet()) {
      Estimate x = a.get(c);
      Estimate y = b.get(c);
      assertEquals(x.isDefined(), y.isDefined(), c.key());
      if (x.isDefined()) {
        assertEquals(x.value(), y.value(), 1e-12, c.key());
        if (x.standardError().isPresent()) {
          // A standard error is a square root: a rounding error of 1e-16 in a variance near 0 becomes about
          // 1e-8 in the standard error (seen: 0.0 against 7.4e-9 for kappa with linear weights), so compare
          // standard errors to 1e-7, values to 1e-12.
          assertEquals(x.standardError().getAsDouble(), y.standardError().getAsDouble(), 1e-7, c.key() + " se");
        }
      }
    }
  }

  /**
   * Units that share a pattern of counts ({@link UnitCounts#of}, for small scales and few raters) give every
   * coefficient of the linearised family and Krippendorff's alpha with its standard error bit for bit as
   * units taken one by one ({@link UnitCounts#byUnit}): the per-unit terms are computed once per pattern, and
   * the sums still run unit by unit in data order.
   */
  @Property(tries = 300)
  void sharedPatternsGiveTheUnitByUnitBits(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int units,
      @ForAll @IntRange(min = 1, max = 5) int raters, @ForAll @IntRange(min = 1, max = 5) int q,
      @ForAll boolean missing, @ForAll boolean completeOnly) {
    ReliabilityData d = ReliabilityData.of(scale(q), randomData(seed, units, raters, q, missing));
    UnitCounts shared = UnitCounts.of(d, completeOnly);
    UnitCounts single = UnitCounts.byUnit(d, completeOnly);
    assertTrue(shared.patterns <= single.patterns);
    assertEquals(single.n, shared.n);
    assertEquals(single.n2, shared.n2);
    Weights identity = Weights.identity(d.scale());
    for (Agreement.Kind kind : Agreement.Kind.values()) {
      assertEquals(Agreement.family(Coefficient.GWET_AC1, single, identity, kind),
          Agreement.family(Coefficient.GWET_AC1, shared, identity, kind), kind.toString());
    }
    if (!completeOnly) {
      for (MeasurementLevel level : List.of(MeasurementLevel.NOMINAL, MeasurementLevel.INTERVAL, MeasurementLevel.RATIO)) {
        assertEquals(KrippendorffAlpha.withStandardError(d, level, single),
            KrippendorffAlpha.withStandardError(d, level, shared), level.toString());
      }
      assertEquals(KrippendorffAlpha.fromCoincidences(KrippendorffAlpha.coincidencesByUnit(single, new double[q][q]),
          MeasurementLevel.NOMINAL, d.scale().values()).alpha,
          KrippendorffAlpha.fromCoincidences(KrippendorffAlpha.coincidencesByUnit(shared, new double[q][q]),
          MeasurementLevel.NOMINAL, d.scale().values()).alpha);
    }
  }

  /**
   * The pairable values that alpha counts on the way (from its histogram of count vectors) are
   * {@link ReliabilityData#pairableValues()}, counted unit by unit (the second implementation, run here), and
   * are what the report gives; without the histogram (a scale over {@link KrippendorffAlpha#KEY_LIMIT} keys)
   * nothing is counted and the report counts them unit by unit.
   */
  @Property(tries = 300)
  void alphaCountsThePairableValues(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int units,
      @ForAll @IntRange(min = 1, max = 9) int raters, @ForAll @IntRange(min = 1, max = 6) int q,
      @ForAll boolean missing) {
    ReliabilityData d = ReliabilityData.of(scale(q), randomData(seed, units, raters, q, missing));
    long[] pairable = {-1};
    KrippendorffAlpha.coincidences(d, pairable);
    boolean histogram = Math.pow(raters + 1, q) <= KrippendorffAlpha.KEY_LIMIT;
    assertEquals(histogram ? d.pairableValues() : -1, pairable[0]);
    for (MeasurementLevel level : MeasurementLevel.values()) {
      assertEquals(d.pairableValues(), AgreementReport.of(d, level).pairableValues());
    }
  }
}
