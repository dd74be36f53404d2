package dev.losi.stats.correlation;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kendall's tau-b by Knight's (1966) O(n log n) algorithm, and its p-values. Package-private.
 *
 * <p>Steps: dense ranks and the sorted order of x and of y (one primitive radix sort each), a stable counting
 * sort of the y-ordered positions by the rank of x in O(n), giving the order by (x, y), the joint ties from runs of equal pairs, then the
 * inversions of the y ranks by a bottom-up merge sort. Pairs tied in x are sorted by y, so they add no
 * inversions; discordant pairs are exactly the inversions.
 */
final class Kendall {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  final long totalPairs;
  final long tiedX;
  final long tiedY;
  final long tiedBoth;
  final long discordant;
  final long concordant;
  final double tauB;
  private final Ranks rx;
  private final Ranks ry;

  private Kendall(long totalPairs, long tiedX, long tiedY, long tiedBoth, long discordant, Ranks rx, Ranks ry) {
    this.totalPairs = totalPairs;
    this.tiedX = tiedX;
    this.tiedY = tiedY;
    this.tiedBoth = tiedBoth;
    this.discordant = discordant;
    this.concordant = totalPairs - tiedX - tiedY + tiedBoth - discordant;
    this.rx = rx;
    this.ry = ry;
    double denominator = Math.sqrt((double) (totalPairs - tiedX) * (double) (totalPairs - tiedY));
    double tau = (concordant - discordant) / denominator;
    this.tauB = Math.max(-1.0, Math.min(1.0, tau));
  }

  /** Counts for non-degenerate finite data (neither variable constant). */
  static Kendall compute(double[] x, double[] y) {
    return compute(Ranks.of(x), Ranks.of(y));
  }

  /** Counts from the ranks of non-degenerate finite data (neither variable constant); the ranks are not changed. */
  static Kendall compute(Ranks rx, Ranks ry) {
    int n = rx.dense.length;
    int[] seq = new int[n];
    long tiedBoth = 0;
    if (rx.distinct == n) {
      // No ties in x: the x order is already the (x, y) order, and no pair is tied in both.
      int[] order = rx.order;
      for (int k = 0; k < n; k++) {
        seq[k] = ry.dense[order[k]];
      }
    } else {
      // Positions in y order, then stably by x rank: sorted by (x, y).
      int[] order = countingSort(ry.order, rx.dense, rx.distinct);
      long run = 1;
      for (int k = 0; k < n; k++) {
        int i = order[k];
        seq[k] = ry.dense[i];
        if (k > 0) {
          int prev = order[k - 1];
          if (rx.dense[i] == rx.dense[prev] && seq[k] == seq[k - 1]) {
            run++;
          } else {
            tiedBoth += run * (run - 1) / 2;
            run = 1;
          }
        }
      }
      tiedBoth += run * (run - 1) / 2;
    }
    long swaps = inversions(seq);
    long total = (long) n * (n - 1) / 2;
    return new Kendall(total, rx.tiedPairs(), ry.tiedPairs(), tiedBoth, swaps, rx, ry);
  }

  /** Stable counting sort of the positions in {@code in} by {@code key[position]} in [0, buckets). */
  private static int[] countingSort(int[] in, int[] key, int buckets) {
    int[] start = new int[buckets + 1];
    for (int p : in) {
      start[key[p] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] out = new int[in.length];
    for (int p : in) {
      out[start[key[p]]++] = p;
    }
    return out;
  }

  /** The number of pairs i &lt; j with a[i] &gt; a[j] (strict), by bottom-up merge sort; sorts {@code a}. */
  static long inversions(int[] a) {
    int n = a.length;
    long count = 0;
    // Insertion sort on blocks of 16 first.
    final int block = 16;
    for (int lo = 0; lo < n; lo += block) {
      int hi = Math.min(lo + block, n);
      for (int i = lo + 1; i < hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && a[j] > v) {
          a[j + 1] = a[j];
          j--;
        }
        count += i - 1 - j;
        a[j + 1] = v;
      }
    }
    int[] src = a;
    int[] dst = new int[n];
    for (int width = block; width < n; width <<= 1) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          if (src[j] < src[i]) {
            count += mid - i;
            dst[k++] = src[j++];
          } else {
            dst[k++] = src[i++];
          }
        }
        while (i < mid) {
          dst[k++] = src[i++];
        }
        while (j < hi) {
          dst[k++] = src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
    return count;
  }

  /** Two-sided p-value from the tie-corrected normal approximation (Kendall 1970). */
  double asymptoticPValue(int size) {
    double n = size;
    double v0 = n * (n - 1) * (2 * n + 5);
    double vt = rx.tieTermVariance();
    double vu = ry.tieTermVariance();
    double t1 = 2.0 * rx.tiedPairs(); // Σ t(t-1)
    double u1 = 2.0 * ry.tiedPairs();
    double t2 = rx.tieTermTriple();
    double u2 = ry.tieTermTriple();
    double var = (v0 - vt - vu) / 18 + t1 * u1 / (2 * n * (n - 1)) + t2 * u2 / (9 * n * (n - 1) * (n - 2));
    double s = (double) (concordant - discordant);
    double z = Math.abs(s) / Math.sqrt(var);
    return Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(z));
  }

  /**
   * Exact two-sided p-value without ties: 2 P(D &lt;= min(d, N - d)) capped at 1, where D is the number of
   * inversions of a uniformly random permutation of n items and N = n(n-1)/2. P(D = k) follows from
   * f<sub>m</sub>(k) = (1/m) Σ<sub>j=0..min(k,m-1)</sub> f<sub>m-1</sub>(k-j), computed only up to the cutoff.
   */
  static double exactPValue(int n, long discordant) {
    long total = (long) n * (n - 1) / 2;
    int c = (int) Math.min(discordant, total - discordant);
    double[] f = new double[c + 1];
    double[] prefix = new double[c + 2];
    f[0] = 1.0;
    for (int m = 2; m <= n; m++) {
      prefix[0] = 0;
      for (int k = 0; k <= c; k++) {
        prefix[k + 1] = prefix[k] + f[k];
      }
      for (int k = 0; k <= c; k++) {
        int from = Math.max(0, k - (m - 1));
        f[k] = (prefix[k + 1] - prefix[from]) / m;
      }
    }
    double cdf = 0;
    for (int k = 0; k <= c; k++) {
      cdf += f[k];
    }
    return Math.min(1.0, 2 * cdf);
  }
}
