package dev.losi.stats.agreement;

/**
 * Reliability data as one integer key per unit: the ratings of unit {@code u} by raters {@code 0 .. R-1} are
 * the base-{@code (q + 1)} digits of {@code keys[u] = sum_r (code_r + 1) (q + 1)^r}, lowest first, digit 0 for a
 * missing rating ({@link ReliabilityData#MISSING} + 1). A view of many small groups (the views of an
 * {@code dev.losi.stats.review.AssessmentReview}) makes the keys in one pass over its own arrays, with no
 * {@code units x raters} copy; every count an {@link AgreementReport} needs comes from a histogram of the keys
 * (the contingency table, the coincidences, the category totals, missing ratings) or from the keys in unit order
 * (the per-unit counts), as the same integers the data's own passes count. The report is therefore the same,
 * bit for bit, as the report of the same ratings as {@link ReliabilityData}.
 *
 * <p>Only for small tables ({@link #fits}): at most {@value #LIMIT} keys and count vectors of at most
 * {@link UnitCounts#KEYED_LIMIT} keys. The key array is taken as it is (not copied) and must not change.
 */
final class UnitKeys implements ReportInput {

  /** The most keys {@code (q + 1)^raters} of a table. */
  static final int LIMIT = 1 << 12;

  private final Scale scale;
  private final int q;
  private final int raters;
  private final int[] keys;
  /** Units per key. */
  private final long[] histogram;
  /** Ratings per key. */
  private final int[] ratings;
  /** The count-vector key ({@code sum_c n_c (raters + 1)^c}) of each key. */
  private final int[] vector;
  private final int vectorKeys;
  /** Per key and rater, the code ({@code -1} missing): {@code code[key * raters + r]}. */
  private final int[] code;

  /**
   * @param scale the scale of the codes
   * @param raters the raters, at least 1
   * @param keys one key per unit, each below {@code (q + 1)^raters}
   */
  UnitKeys(Scale scale, int raters, int[] keys) {
    if (!fits(scale.size(), raters)) {
      throw new IllegalArgumentException("a table of " + raters + " raters on " + scale.size()
          + " categories is too large for keys");
    }
    this.scale = scale;
    this.q = scale.size();
    this.raters = raters;
    this.keys = keys;
    int size = size(q, raters);
    this.histogram = new long[size];
    for (int k : keys) {
      if (k < 0 || k >= size) {
        throw new IllegalArgumentException("key " + k + " is not below " + size);
      }
      histogram[k]++;
    }
    int[] weight = UnitCounts.keyWeights(q, raters + 1);
    this.vectorKeys = weight[q] * (raters + 1);
    this.ratings = new int[size];
    this.vector = new int[size];
    this.code = new int[size * raters];
    for (int k = 0; k < size; k++) {
      int rest = k;
      for (int r = 0; r < raters; r++, rest /= q + 1) {
        int c = rest % (q + 1) - 1;
        code[k * raters + r] = c;
        ratings[k] += c >= 0 ? 1 : 0;
        vector[k] += weight[c + 1];
      }
    }
  }

  /**
   * {@return true when data of {@code raters} raters on {@code q} categories fit keys}
   *
   * @param q the categories
   * @param raters the raters
   */
  static boolean fits(int q, int raters) {
    if (raters < 1 || q < 1) {
      return false;
    }
    long vectors = 1;
    for (int c = 0; c < q && vectors <= UnitCounts.KEYED_LIMIT; c++) {
      vectors *= raters + 1L;
    }
    return vectors <= UnitCounts.KEYED_LIMIT && size(q, raters) <= LIMIT;
  }

  /** {@code (q + 1)^raters}, or {@code LIMIT + 1} when larger than {@link #LIMIT}. */
  private static int size(int q, int raters) {
    long s = 1;
    for (int r = 0; r < raters && s <= LIMIT; r++) {
      s *= q + 1L;
    }
    return (int) Math.min(s, LIMIT + 1);
  }

  @Override
  public Scale scale() {
    return scale;
  }

  @Override
  public int units() {
    return keys.length;
  }

  @Override
  public int raters() {
    return raters;
  }

  @Override
  public boolean hasMissing() {
    for (int k = 0; k < histogram.length; k++) {
      if (histogram[k] != 0 && ratings[k] < raters) {
        return true;
      }
    }
    return false;
  }

  @Override
  public UnitCounts counts(boolean completeOnly) {
    return UnitCounts.ofKeys(q, raters, vectorKeys, keys, vector, ratings, completeOnly);
  }

  @Override
  public long[][] pairTable() {
    long[][] table = new long[q][q];
    for (int k = 0; k < histogram.length; k++) {
      int a = code[k * raters];
      int b = code[k * raters + 1];
      if (a >= 0 && b >= 0) {
        table[a][b] += histogram[k];
      }
    }
    return table;
  }

  @Override
  public double[][] coincidences(long[] pairable) {
    long[] byVector = new long[vectorKeys];
    for (int k = 0; k < histogram.length; k++) {
      byVector[vector[k]] += histogram[k];
    }
    return KrippendorffAlpha.coincidencesOfHistogram(byVector, q, raters + 1, new double[q][q], pairable);
  }

  @Override
  public long pairableValues() {
    long n = 0;
    for (int k = 0; k < histogram.length; k++) {
      if (ratings[k] >= 2) {
        n += histogram[k] * ratings[k];
      }
    }
    return n;
  }

  @Override
  public long[] categoryCounts() {
    long[] counts = new long[q];
    for (int k = 0; k < histogram.length; k++) {
      for (int r = 0; r < raters; r++) {
        int c = code[k * raters + r];
        if (c >= 0) {
          counts[c] += histogram[k];
        }
      }
    }
    return counts;
  }
}
