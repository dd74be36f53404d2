package dev.losi.stats.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairable units of {@link KrippendorffAlpha} grouped by their pattern of category counts, and the
 * distances and sums that alpha is made of. Alpha is a function of how many times each pattern occurs, so
 * the sparse path and each bootstrap replicate work on pattern counts, not on units. The distinct patterns
 * are held as {@link UnitCounts} (one "unit" per pattern, its total being the pattern's number of values).
 */
final class AlphaPatterns {
  /** The number of pairable units (at least two values). */
  final int units;
  /** The pattern of each pairable unit, in unit order. */
  final int[] patternOfUnit;
  /** The distinct patterns, in order of first appearance. */
  final UnitCounts distinct;

  private AlphaPatterns(int units, int[] patternOfUnit, UnitCounts distinct) {
    this.units = units;
    this.patternOfUnit = patternOfUnit;
    this.distinct = distinct;
  }

  /** The patterns of the pairable units of the counts. */
  static AlphaPatterns of(UnitCounts uc) {
    Map<Key, Integer> index = new HashMap<>();
    int[] patternOfUnit = new int[uc.n2];
    List<int[]> cats = new ArrayList<>();
    List<int[]> cnts = new ArrayList<>();
    int u = 0;
    for (int i = 0; i < uc.n; i++) {
      int q = uc.unit[i];
      if (uc.total[q] < 2) {
        continue;
      }
      int s = uc.start[q];
      int e = uc.start[q + 1];
      int[] c = Arrays.copyOfRange(uc.cat, s, e);
      int[] k = Arrays.copyOfRange(uc.cnt, s, e);
      Key key = new Key(c, k);
      Integer p = index.get(key);
      if (p == null) {
        p = cats.size();
        index.put(key, p);
        cats.add(c);
        cnts.add(k);
      }
      patternOfUnit[u++] = p;
    }
    return new AlphaPatterns(uc.n2, patternOfUnit, UnitCounts.ofRows(uc.q, cats, cnts));
  }

  /** The number of distinct patterns. */
  int patterns() {
    return distinct.patterns;
  }

  /** How many units have each pattern (the observed data). */
  long[] unitCounts() {
    long[] counts = new long[distinct.n];
    for (int p : patternOfUnit) {
      counts[p]++;
    }
    return counts;
  }

  /** Alpha when pattern {@code p} is present {@code counts[p]} times; {@code nc} is scratch of length q. */
  KrippendorffAlpha.Result alpha(long[] counts, MeasurementLevel level, double[] values, double[] nc) {
    int[] start = distinct.start;
    int[] cat = distinct.cat;
    int[] cnt = distinct.cnt;
    int[] m = distinct.total;
    int patterns = distinct.n;
    Arrays.fill(nc, 0);
    double n = 0;
    for (int p = 0; p < patterns; p++) {
      long w = counts[p];
      if (w == 0) {
        continue;
      }
      for (int a = start[p]; a < start[p + 1]; a++) {
        nc[cat[a]] += (double) w * cnt[a];
      }
      n += (double) w * m[p];
    }
    if (n == 0) {
      return new KrippendorffAlpha.Result(false, Double.NaN, KrippendorffAlpha.NO_PAIRABLE);
    }
    double[] cum = cumulative(level, nc);
    // observed: sum over patterns of count * sum_{a != b} n_a n_b delta / (m - 1)
    double observed = 0;
    for (int p = 0; p < patterns; p++) {
      long w = counts[p];
      if (w == 0) {
        continue;
      }
      double s = 0;
      for (int a = start[p]; a < start[p + 1]; a++) {
        for (int b = a + 1; b < start[p + 1]; b++) {
          s += 2.0 * cnt[a] * cnt[b] * delta(level, cat[a], cat[b], values, nc, cum);
        }
      }
      observed += w * s / (m[p] - 1);
    }
    return finish(level, values, nc, cum, n, observed);
  }

  static double[] cumulative(MeasurementLevel level, double[] nc) {
    if (level != MeasurementLevel.ORDINAL) {
      return null;
    }
    double[] cum = new double[nc.length + 1];
    for (int c = 0; c < nc.length; c++) {
      cum[c + 1] = cum[c] + nc[c];
    }
    return cum;
  }

  static KrippendorffAlpha.Result finish(MeasurementLevel level, double[] values, double[] nc, double[] cum, double n, double observed) {
    double expected = expected(level, values, nc, cum, n);
    if (expected <= 0) {
      return new KrippendorffAlpha.Result(false, Double.NaN, "only one value occurs among the pairable values, so the expected"
          + " disagreement is 0 and alpha is undefined");
    }
    double alpha = 1 - (n - 1) * observed / expected;
    return new KrippendorffAlpha.Result(true, alpha > 1 && alpha - 1 < 1e-12 ? 1 : alpha, null);
  }

  private static double expected(MeasurementLevel level, double[] v, double[] nc, double[] cum, double n) {
    switch (level) {
      case NOMINAL: {
        double s = 0;
        for (double x : nc) {
          s += x * x;
        }
        return n * n - s;
      }
      case INTERVAL: {
        double s1 = 0;
        double s2 = 0;
        for (int c = 0; c < nc.length; c++) {
          s1 += nc[c] * v[c];
          s2 += nc[c] * v[c] * v[c];
        }
        return Math.max(0, 2 * (n * s2 - s1 * s1));
      }
      default: {
        double s = 0;
        for (int c = 0; c < nc.length; c++) {
          if (nc[c] == 0) {
            continue;
          }
          for (int k = c + 1; k < nc.length; k++) {
            if (nc[k] != 0) {
              s += 2 * nc[c] * nc[k] * delta(level, c, k, v, nc, cum);
            }
          }
        }
        return s;
      }
    }
  }

  static double delta(MeasurementLevel level, int c, int k, double[] v, double[] nc, double[] cum) {
    if (c == k) {
      return 0;
    }
    switch (level) {
      case NOMINAL:
        return 1;
      case ORDINAL: {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double d = cum[hi + 1] - cum[lo] - (nc[lo] + nc[hi]) / 2;
        return d * d;
      }
      case INTERVAL: {
        double d = v[c] - v[k];
        return d * d;
      }
      default: {
        double sum = v[c] + v[k];
        double d = sum == 0 ? 0 : (v[c] - v[k]) / sum;
        return d * d;
      }
    }
  }

  /** A pattern of (category, count) pairs; array identity by content. */
  private static final class Key {
    private final int[] cat;
    private final int[] cnt;
    private final int hash;

    Key(int[] cat, int[] cnt) {
      this.cat = cat;
      this.cnt = cnt;
      this.hash = 31 * Arrays.hashCode(cat) + Arrays.hashCode(cnt);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(k.cat, cat) && Arrays.equals(k.cnt, cnt);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
