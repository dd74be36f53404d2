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
   * The competition ranks of the values, highest value first.
   *
   * @param values index values, none NaN
   * @return ranks from 1, in the order of {@code values}
   * @throws IllegalArgumentException if a value is NaN
   */
  public static int[] competition(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException("cannot rank NaN (value " + (i + 1) + ")");
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    int[] rank = new int[n];
    for (int k = 0; k < n; k++) {
      int i = order[k];
      rank[i] = (k > 0 && Double.compare(values[order[k - 1]], values[i]) == 0) ? rank[order[k - 1]] : k + 1;
    }
    return rank;
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
    Map<G, int[]> members = new HashMap<>();
    Map<G, Integer> counts = new HashMap<>();
    for (G g : groups) {
      counts.merge(Objects.requireNonNull(g, "group"), 1, Integer::sum);
    }
    Map<G, Integer> fill = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      G g = groups.get(i);
      int[] idx = members.computeIfAbsent(g, k -> new int[counts.get(k)]);
      int f = fill.merge(g, 1, Integer::sum) - 1;
      idx[f] = i;
    }
    int[] rank = new int[values.length];
    for (int[] idx : members.values()) {
      double[] sub = new double[idx.length];
      for (int k = 0; k < idx.length; k++) {
        sub[k] = values[idx[k]];
      }
      int[] r = competition(sub);
      for (int k = 0; k < idx.length; k++) {
        rank[idx[k]] = r[k];
      }
    }
    return rank;
  }
}
