package dev.losi.stats.correlation;

/**
 * Ranks of one variable from a single primitive (radix) sort: dense 0-based ranks, the size of each tie group,
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

  private Ranks(int[] dense, int[] counts, int distinct, int[] order) {
    this.dense = dense;
    this.counts = counts;
    this.distinct = distinct;
    this.order = order;
  }

  static Ranks of(double[] v) {
    int n = v.length;
    long[][] sortedKeys = new long[1][];
    int[] order = argsort(v, sortedKeys);
    long[] keys = sortedKeys[0];
    int[] dense = new int[n];
    int[] counts = new int[Math.max(n, 1)];
    int m = 0;
    for (int k = 0; k < n; k++) {
      // Equal keys are equal values (the key is a bijection of the double once -0.0 is 0.0).
      if (k == 0 || keys[k] != keys[k - 1]) {
        m++;
      }
      dense[order[k]] = m - 1;
      counts[m - 1]++;
    }
    return new Ranks(dense, counts, m, order);
  }

  /** The positions of {@code v} in ascending order of value, ties in position order (a stable sort). */
  final int[] order;

  /**
   * Stable LSD radix sort of the positions by the order-preserving 64-bit key of each double (sign bit
   * flipped for positives, all bits flipped for negatives; -0.0 is first turned into 0.0). One pass per
   * key byte that varies, each O(n) on primitive arrays.
   */
  static int[] argsort(double[] v) {
    return argsort(v, new long[1][]);
  }

  /** As {@link #argsort(double[])}, also handing back the sorted keys in {@code sortedKeys[0]}. */
  static int[] argsort(double[] v, long[][] sortedKeys) {
    int n = v.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(v[i] + 0.0);
      keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
    int[][] histograms = new int[8][257];
    for (long key : keys) {
      for (int b = 0; b < 8; b++) {
        histograms[b][(int) ((key >>> (8 * b)) & 0xFF) + 1]++;
      }
    }
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    long[] keyBuffer = new long[n];
    int[] idxBuffer = new int[n];
    for (int b = 0; b < 8; b++) {
      int[] start = histograms[b];
      boolean single = false;
      for (int d = 1; d <= 256; d++) {
        if (start[d] == n) {
          single = true;
          break;
        }
      }
      if (single) {
        continue; // every key has the same byte here: this pass would not move anything
      }
      for (int d = 0; d < 256; d++) {
        start[d + 1] += start[d];
      }
      int shift = 8 * b;
      for (int k = 0; k < n; k++) {
        long key = keys[k];
        int dst = start[(int) ((key >>> shift) & 0xFF)]++;
        keyBuffer[dst] = key;
        idxBuffer[dst] = idx[k];
      }
      long[] tk = keys;
      keys = keyBuffer;
      keyBuffer = tk;
      int[] ti = idx;
      idx = idxBuffer;
      idxBuffer = ti;
    }
    sortedKeys[0] = keys;
    return idx;
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
