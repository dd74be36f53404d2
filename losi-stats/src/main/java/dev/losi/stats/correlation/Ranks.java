package dev.losi.stats.correlation;

import java.util.Arrays;

/**
 * Ranks of one variable from a single primitive sort: dense 0-based ranks, the size of each tie group,
 * and average (mid) ranks. Package-private; values must already be finite.
 *
 * <p>{@code -0.0} and {@code 0.0} are one value (they compare equal), as in every correlation formula.
 */
final class Ranks {

  /** Dense 0-based rank of each position: equal values share a rank, ranks are 0..distinct-1. */
  final int[] dense;
  /** counts[k]: how many values have dense rank k. */
  final int[] counts;
  /** The number of distinct values. */
  final int distinct;

  private Ranks(int[] dense, int[] counts, int distinct) {
    this.dense = dense;
    this.counts = counts;
    this.distinct = distinct;
  }

  static Ranks of(double[] v) {
    int n = v.length;
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = v[i] + 0.0; // turns -0.0 into 0.0
    }
    Arrays.sort(s);
    int[] counts = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || s[i] != s[m - 1]) {
        s[m++] = s[i];
      }
      counts[m - 1]++;
    }
    int[] dense = new int[n];
    for (int i = 0; i < n; i++) {
      double key = v[i] + 0.0;
      int lo = 0;
      int hi = m - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (s[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      dense[i] = lo;
    }
    return new Ranks(dense, counts, m);
  }

  /** Average ranks (1-based; tied values get the mean of the ranks they span), as NaturalRanking with TiesStrategy.AVERAGE. */
  double[] averageRanks() {
    double[] mid = new double[distinct];
    long start = 0;
    for (int k = 0; k < distinct; k++) {
      mid[k] = start + (counts[k] + 1) / 2.0;
      start += counts[k];
    }
    double[] r = new double[dense.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = mid[dense[i]];
    }
    return r;
  }

  /** The sum over tie groups of t(t-1)/2: the number of tied pairs. */
  long tiedPairs() {
    long sum = 0;
    for (int k = 0; k < distinct; k++) {
      long t = counts[k];
      sum += t * (t - 1) / 2;
    }
    return sum;
  }

  /** The sum over tie groups of t(t-1)(t-2), as a double (Kendall's variance term v2). */
  double tieTermTriple() {
    double sum = 0;
    for (int k = 0; k < distinct; k++) {
      double t = counts[k];
      sum += t * (t - 1) * (t - 2);
    }
    return sum;
  }

  /** The sum over tie groups of t(t-1)(2t+5), as a double (Kendall's variance term vt). */
  double tieTermVariance() {
    double sum = 0;
    for (int k = 0; k < distinct; k++) {
      double t = counts[k];
      sum += t * (t - 1) * (2 * t + 5);
    }
    return sum;
  }
}
