package dev.losi.stats.agreement;

import java.util.List;

/**
 * Per-unit category counts in compressed sparse rows, built in one pass over the primitive rating
 * array: for unit {@code i} (units with at least one rating only), entries {@code start[i]} to
 * {@code start[i+1]-1} hold the distinct categories {@code cat} used in that unit and their counts
 * {@code cnt}; {@code total[i]} is the number of ratings {@code r_i}.
 */
final class UnitCounts {

  final int q;
  /** Units with at least one rating. */
  final int n;
  /** Units with at least two ratings. */
  final int n2;
  final int[] start;
  final int[] cat;
  final int[] cnt;
  final int[] total;

  private UnitCounts(int q, int n, int n2, int[] start, int[] cat, int[] cnt, int[] total) {
    this.q = q;
    this.n = n;
    this.n2 = n2;
    this.start = start;
    this.cat = cat;
    this.cnt = cnt;
    this.total = total;
  }

  /**
   * Counts from rows given one by one: row {@code i} has the categories {@code cats.get(i)} (ascending) with
   * the counts {@code cnts.get(i)}; every row counts as a unit, its total the sum of its counts.
   */
  static UnitCounts ofRows(int q, List<int[]> cats, List<int[]> cnts) {
    int n = cats.size();
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + cats.get(i).length;
    }
    int[] cat = new int[start[n]];
    int[] cnt = new int[start[n]];
    int[] total = new int[n];
    int n2 = 0;
    for (int i = 0; i < n; i++) {
      System.arraycopy(cats.get(i), 0, cat, start[i], cats.get(i).length);
      System.arraycopy(cnts.get(i), 0, cnt, start[i], cnts.get(i).length);
      for (int x : cnts.get(i)) {
        total[i] += x;
      }
      if (total[i] >= 2) {
        n2++;
      }
    }
    return new UnitCounts(q, n, n2, start, cat, cnt, total);
  }

  /** Counts of every unit of the data (units without a rating are left out). */
  static UnitCounts of(ReliabilityData data) {
    return of(data, false);
  }

  /**
   * Counts of the units of the data; with {@code completeOnly}, only the units rated by every rater
   * (listwise deletion, for the two-rater coefficients).
   */
  static UnitCounts of(ReliabilityData data, boolean completeOnly) {
    int units = data.units();
    int raters = data.raters();
    int q = data.scale().size();
    int[] codes = data.codesNoCopy();
    int[] start = new int[units + 1];
    int[] cat = new int[Math.max(16, (int) Math.min((long) units * raters, Integer.MAX_VALUE - 8))];
    int[] cnt = new int[cat.length];
    int[] total = new int[units];
    int[] scratch = new int[q];
    int[] touched = new int[Math.max(1, raters)];
    int n = 0;
    int n2 = 0;
    int e = 0;
    for (int u = 0; u < units; u++) {
      int m = 0;
      int distinct = 0;
      int base = u * raters;
      for (int r = 0; r < raters; r++) {
        int c = codes[base + r];
        if (c >= 0) {
          if (scratch[c]++ == 0) {
            touched[distinct++] = c;
          }
          m++;
        }
      }
      if (m == 0 || (completeOnly && m < raters)) {
        for (int t = 0; t < distinct; t++) {
          scratch[touched[t]] = 0;
        }
        continue;
      }
      for (int t = 1; t < distinct; t++) { // insertion sort: a unit has at most a few distinct categories
        int c = touched[t];
        int j = t;
        while (j > 0 && touched[j - 1] > c) {
          touched[j] = touched[j - 1];
          j--;
        }
        touched[j] = c;
      }
      for (int t = 0; t < distinct; t++) {
        int c = touched[t];
        cat[e] = c;
        cnt[e] = scratch[c];
        scratch[c] = 0;
        e++;
      }
      total[n] = m;
      n++;
      start[n] = e;
      if (m >= 2) {
        n2++;
      }
    }
    return new UnitCounts(q, n, n2, start, cat, cnt, total);
  }
}
