package dev.losi.stats.agreement;

import java.util.Arrays;
import java.util.List;

/**
 * Per-unit category counts, built in one pass over the primitive rating array, as distinct <em>patterns</em>
 * of counts: unit {@code i} (units with at least one rating only, in data order) has the pattern
 * {@code unit[i]}; for pattern {@code p}, entries {@code start[p]} to {@code start[p+1]-1} hold its distinct
 * categories {@code cat} (ascending) and their counts {@code cnt}, and {@code total[p]} is its number of
 * ratings {@code r_i}. When every count vector fits a small key ({@code (raters + 1)^q} at most
 * {@value #KEYED_LIMIT}) units with the same counts share one pattern, so a coefficient computes each
 * per-unit term once per pattern (two raters on a binary scale have at most 5); otherwise each unit is its
 * own pattern. Either way a sum over units is taken unit by unit in data order, so every value is the same
 * bits as a computation unit by unit.
 */
final class UnitCounts {

  /** The most count-vector keys for which units share patterns. */
  static final int KEYED_LIMIT = 4096;

  final int q;
  /** Units with at least one rating. */
  final int n;
  /** Units with at least two ratings. */
  final int n2;
  /** The pattern of each unit with at least one rating, in data order. */
  final int[] unit;
  /** The number of distinct patterns. */
  final int patterns;
  final int[] start;
  final int[] cat;
  final int[] cnt;
  final int[] total;

  private UnitCounts(int q, int n, int n2, int[] unit, int patterns, int[] start, int[] cat, int[] cnt, int[] total) {
    this.q = q;
    this.n = n;
    this.n2 = n2;
    this.unit = unit;
    this.patterns = patterns;
    this.start = start;
    this.cat = cat;
    this.cnt = cnt;
    this.total = total;
  }

  /**
   * Counts from rows given one by one: row {@code i} has the categories {@code cats.get(i)} (ascending) with
   * the counts {@code cnts.get(i)}; every row counts as a unit with its own pattern, its total the sum of its
   * counts.
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
    return new UnitCounts(q, n, n2, identity(n), n, start, cat, cnt, total);
  }

  private static int[] identity(int n) {
    int[] u = new int[n];
    for (int i = 0; i < n; i++) {
      u[i] = i;
    }
    return u;
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
    long keys = 1;
    for (int c = 0; c < data.scale().size() && keys <= KEYED_LIMIT; c++) {
      keys *= data.raters() + 1L;
    }
    return keys <= KEYED_LIMIT ? keyed(data, completeOnly, (int) keys) : byUnit(data, completeOnly);
  }

  /**
   * Units sharing patterns: a unit's key is {@code sum_c n_uc (raters + 1)^c}, so its categories come out of
   * the key's digits in ascending order, with the counts and total the unit-by-unit form gives.
   */
  private static UnitCounts keyed(ReliabilityData data, boolean completeOnly, int keys) {
    int units = data.units();
    int raters = data.raters();
    int q = data.scale().size();
    int base = raters + 1;
    int[] codes = data.codesNoCopy();
    int[] weight = keyWeights(q, base);
    Patterns t = new Patterns(q, base, keys, units);
    for (int u = 0, at = 0; u < units; u++) {
      int key = 0;
      int m = 0;
      for (int r = 0; r < raters; r++) {
        int c = codes[at++];
        key += weight[c + 1];
        m += c >= 0 ? 1 : 0;
      }
      if (m == 0 || (completeOnly && m < raters)) {
        continue;
      }
      t.unit(key, m);
    }
    return t.counts();
  }

  /**
   * Counts of units given by count-vector key (as {@link #keyed} computes it, {@code sum_c n_uc (raters + 1)^c}):
   * unit {@code u} has the key {@code vector[keys[u]]} and {@code ratings[keys[u]]} ratings; {@code keys} indexes
   * the two tables. The same counts, patterns numbered alike, as {@link #keyed} gives for the same units.
   *
   * @param vectorKeys the number of count-vector keys, {@code (raters + 1)^q}, at most {@value #KEYED_LIMIT}
   */
  static UnitCounts ofKeys(int q, int raters, int vectorKeys, int[] keys, int[] vector, int[] ratings,
      boolean completeOnly) {
    int units = keys.length;
    Patterns t = new Patterns(q, raters + 1, vectorKeys, units);
    for (int u = 0; u < units; u++) {
      int k = keys[u];
      int m = ratings[k];
      if (m == 0 || (completeOnly && m < raters)) {
        continue;
      }
      t.unit(vector[k], m);
    }
    return t.counts();
  }

  /**
   * The distinct patterns of count-vector keys, numbered in order of first appearance, and the pattern of each
   * unit counted so far.
   */
  private static final class Patterns {
    final int q;
    final int base;
    final int[] patternOf;
    final int[] start;
    final int[] total;
    final int[] unit;
    int[] cat = new int[16];
    int[] cnt = new int[16];
    int patterns;
    int n;
    int n2;

    Patterns(int q, int base, int keys, int units) {
      this.q = q;
      this.base = base;
      this.patternOf = new int[keys];
      Arrays.fill(patternOf, -1);
      this.start = new int[Math.min(keys, units) + 1];
      this.total = new int[start.length - 1];
      this.unit = new int[units];
    }

    /** Counts one unit with count-vector key {@code key} and {@code m >= 1} ratings. */
    void unit(int key, int m) {
      int p = patternOf[key];
      if (p < 0) {
        p = add(key, m);
      }
      unit[n++] = p;
      if (m >= 2) {
        n2++;
      }
    }

    /** A new pattern for {@code key} with {@code m} ratings: its categories come out of the key's digits, ascending. */
    int add(int key, int m) {
      int p = patterns++;
      patternOf[key] = p;
      int e = start[p];
      for (int c = 0, rest = key; c < q; c++, rest /= base) {
        if (rest % base != 0) {
          if (e == cat.length) {
            cat = Arrays.copyOf(cat, 2 * e);
            cnt = Arrays.copyOf(cnt, 2 * e);
          }
          cat[e] = c;
          cnt[e] = rest % base;
          e++;
        }
      }
      start[p + 1] = e;
      total[p] = m;
      return p;
    }

    UnitCounts counts() {
      return new UnitCounts(q, n, n2, unit, patterns, start, cat, cnt, total);
    }
  }

  /**
   * The weight of each code in a count-vector key {@code sum_c n_uc base^c}: {@code weight[code + 1]}, with
   * {@code weight[0] = 0} for {@link ReliabilityData#MISSING}.
   */
  static int[] keyWeights(int q, int base) {
    int[] weight = new int[q + 1];
    int w = 1;
    for (int c = 0; c < q; c++) {
      weight[c + 1] = w;
      w *= base;
    }
    return weight;
  }

  /** Each unit its own pattern (scales and rater counts too large for keys). */
  static UnitCounts byUnit(ReliabilityData data, boolean completeOnly) {
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
    return new UnitCounts(q, n, n2, identity(n), n, start, cat, cnt, total);
  }
}
