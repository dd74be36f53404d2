package dev.losi.core.level;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Competition ranking ("1224" ranking) of index values, highest first: tied values share the best rank
 * of their group and the next value skips as many ranks as were shared, e.g. values
 * {@code 0.9, 0.8, 0.8, 0.7} get ranks {@code 1, 2, 2, 4}. This is how the UN Survey ranks cities and
 * countries: Copenhagen, New York and Dubai share rank 4 in LOSI 2024.
 *
 * <p>Values are compared exactly ({@link Double#compare}); scores computed as exact fractions compare
 * equal exactly when the fractions are equal. NaN is rejected.
 *
 * @since 0.1.0
 */
public final class Ranking {

  private Ranking() {}

  /**
   * The competition ranks of the values, highest value first: the rank of {@code v} is 1 plus the number of
   * values greater than {@code v} ({@link Double#compare}). Computed from one sorted copy, each rank by binary
   * search: {@code O(n log n)}, no boxing.
   *
   * @param values index values, none NaN
   * @return ranks from 1, in the order of {@code values}
   * @throws IllegalArgumentException if a value is NaN
   */
  public static int[] competition(double[] values) {
    int n = values.length;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException("cannot rank NaN (value " + (i + 1) + ")");
      }
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted); // ascending in the order of Double.compare
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = 1 + n - above(sorted, values[i]);
    }
    return rank;
  }

  /** The index of the first element of {@code sorted} greater than {@code v} ({@link Double#compare}), or its length. */
  private static int above(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(sorted[mid], v) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The competition ranks of the values within each group (country, region, size class, ...): each unit
   * is ranked only against the units of its own group.
   *
   * @param values index values, none NaN
   * @param groups the group of each value, same length, none null
   * @param <G> the type of a group key, compared with {@code equals}
   * @return ranks from 1 within the group, in the order of {@code values}
   */
  public static <G> int[] competitionWithin(double[] values, List<G> groups) {
    if (groups.size() != values.length) {
      throw new IllegalArgumentException("need one group per value, got " + groups.size() + " groups for "
          + values.length + " values");
    }
    // each value's group as a dense index, in order of first appearance, and each group's size
    Map<G, Integer> index = new HashMap<>();
    int[] groupOf = new int[values.length];
    int[] sizes = new int[8];
    for (int i = 0; i < values.length; i++) {
      G g = Objects.requireNonNull(groups.get(i), "group");
      Integer known = index.get(g);
      int k = known != null ? known : index.size();
      if (known == null) {
        index.put(g, k);
        if (k == sizes.length) {
          sizes = Arrays.copyOf(sizes, 2 * k);
        }
      }
      groupOf[i] = k;
      sizes[k]++;
    }
    // the members of each group, consecutive in one array, in value order
    int[] start = new int[index.size() + 1];
    for (int k = 0; k < index.size(); k++) {
      start[k + 1] = start[k] + sizes[k];
    }
    int[] fill = Arrays.copyOf(start, index.size());
    int[] members = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      members[fill[groupOf[i]]++] = i;
    }
    int[] rank = new int[values.length];
    for (int k = 0; k < index.size(); k++) {
      double[] sub = new double[start[k + 1] - start[k]];
      for (int j = 0; j < sub.length; j++) {
        sub[j] = values[members[start[k] + j]];
      }
      int[] r = competition(sub);
      for (int j = 0; j < sub.length; j++) {
        rank[members[start[k] + j]] = r[j];
      }
    }
    return rank;
  }
}
