package dev.losi.stats.uncertainty;

import dev.losi.core.level.Level;
import dev.losi.stats.sensitivity.IndexSums;

/**
 * The weighted sums of one chunk of draws: per city the rank histogram, level probabilities, top-k and
 * level-change weight, rank sum, and (with sensitivity) the Saltelli/Jansen sums of its rank. Chunks are
 * fixed ranges of draw indices merged in index order, so totals do not depend on the thread count.
 */
final class Tally {

  final double[][] rankWeight; // [city][rank]
  final double[][] levelWeight; // [city][level ordinal]
  final double[] topWeight;
  final double[] changeWeight;
  final double[] rankSum;
  final IndexSums[] sums; // null without sensitivity
  double weight;

  Tally(int cities, int factors, boolean sensitivity) {
    rankWeight = new double[cities][cities + 1];
    levelWeight = new double[cities][Level.values().length];
    topWeight = new double[cities];
    changeWeight = new double[cities];
    rankSum = new double[cities];
    sums = sensitivity ? new IndexSums[cities] : null;
    if (sensitivity) {
      for (int c = 0; c < cities; c++) {
        sums[c] = new IndexSums(factors);
      }
    }
  }

  void add(double w, int[] rank, double[] score, Level[] pointLevel, int topK) {
    weight += w;
    for (int c = 0; c < rank.length; c++) {
      rankWeight[c][rank[c]] += w;
      Level l = Level.of(score[c]);
      levelWeight[c][l.ordinal()] += w;
      if (rank[c] <= topK) {
        topWeight[c] += w;
      }
      if (l != pointLevel[c]) {
        changeWeight[c] += w;
      }
      rankSum[c] += w * rank[c];
    }
  }

  void merge(Tally o) {
    weight += o.weight;
    for (int c = 0; c < rankSum.length; c++) {
      for (int r = 0; r < rankWeight[c].length; r++) {
        rankWeight[c][r] += o.rankWeight[c][r];
      }
      for (int l = 0; l < levelWeight[c].length; l++) {
        levelWeight[c][l] += o.levelWeight[c][l];
      }
      topWeight[c] += o.topWeight[c];
      changeWeight[c] += o.changeWeight[c];
      rankSum[c] += o.rankSum[c];
      if (sums != null) {
        sums[c].merge(o.sums[c]);
      }
    }
  }

  /** Competition ranks of the scores, highest first ("1224"), without boxing. */
  static void rank(double[] score, double[] sorted, int[] rank) {
    int n = score.length;
    System.arraycopy(score, 0, sorted, 0, n);
    java.util.Arrays.sort(sorted);
    for (int c = 0; c < n; c++) {
      double v = score[c];
      int lo = 0;
      int hi = n; // first index with sorted[idx] > v
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (Double.compare(sorted[mid], v) > 0) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      rank[c] = 1 + (n - lo);
    }
  }
}
