package dev.losi.core.level;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies a set of index values (cities' LOSI, countries' EGDI or OSI) into levels, rating classes and
 * competition ranks, as the UN E-Government Survey does.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li>Each value gets its {@link Level} (lower bounds inclusive: 0.75, 0.50, 0.25).</li>
 *   <li>Within each level, the first, second and third quartiles {@code Q1 <= Q2 <= Q3} of the values in
 *       that level are computed with the Hyndman–Fan type 7 rule (linear interpolation between order
 *       statistics; R's default {@code quantile(type = 7)}, numpy's default "linear"): for sorted values
 *       {@code x[0..m-1]} and probability {@code p}, {@code h = (m - 1) p},
 *       {@code Q(p) = x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)])}.</li>
 *   <li>A value {@code v} is in the top class (VH, HV, MH, LM) when {@code v >= Q3}, in the third when
 *       {@code Q2 <= v < Q3}, in the second when {@code Q1 <= v < Q2}, and in the bottom class otherwise
 *       (lower bounds inclusive, like the levels).</li>
 *   <li>Ranks are competition ranks over all values (see {@link Ranking}).</li>
 * </ol>
 * The UN does not publish its quantile rule. Type 7 reproduces the published 2024 EGDI group sizes and
 * Togo's class (M2); small groups are sensitive to the rule, which is why it is stated here.
 *
 * <p>Thread-safe: the classifier has no state.
 *
 * @since 0.1.0
 */
public final class RatingClassifier {

  private RatingClassifier() {}

  /**
   * The level, rating class and rank of one unit.
   *
   * @param value the index value
   * @param level its level
   * @param ratingClass its rating class within the level
   * @param rank its competition rank among all values classified together (1 = highest)
   *
   * @since 0.1.0
   */
  public record Classification(double value, Level level, RatingClass ratingClass, int rank) {}

  /**
   * The quartile cuts of one level's values.
   *
   * @since 0.1.0
   */
  public record Quartiles(double q1, double q2, double q3) {}

  /**
   * Classifies the values.
   *
   * @param values index values in [0, 1]
   * @return one classification per value, in the order given
   * @throws IllegalArgumentException if a value is NaN or outside [0, 1] (the message gives its position)
   */
  public static List<Classification> classify(double[] values) {
    Level[] level = new Level[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && values[i] <= 1)) {
        throw new IllegalArgumentException("value " + (i + 1) + " is " + values[i] + ", not in [0, 1]");
      }
      level[i] = Level.of(values[i]);
    }
    Map<Level, Quartiles> cuts = quartilesByLevel(values);
    int[] rank = Ranking.competition(values);
    List<Classification> out = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      Quartiles q = cuts.get(level[i]);
      double v = values[i];
      int quartile = v >= q.q3() ? 4 : v >= q.q2() ? 3 : v >= q.q1() ? 2 : 1;
      out.add(new Classification(v, level[i], RatingClass.of(level[i], quartile), rank[i]));
    }
    return List.copyOf(out);
  }

  /**
   * The quartile cuts of the values in each level that has at least one value.
   *
   * @param values index values in [0, 1]
   * @return the cuts per level, for the levels with values, in level order
   */
  public static Map<Level, Quartiles> quartilesByLevel(double[] values) {
    Level[] levels = Level.values();
    int[] counts = new int[levels.length];
    for (double v : values) {
      counts[Level.of(v).ordinal()]++;
    }
    double[][] byLevel = new double[levels.length][];
    for (int k = 0; k < levels.length; k++) {
      byLevel[k] = new double[counts[k]];
    }
    int[] fill = new int[levels.length];
    for (double v : values) {
      int k = Level.of(v).ordinal();
      byLevel[k][fill[k]++] = v;
    }
    Map<Level, Quartiles> cuts = new EnumMap<>(Level.class);
    for (int k = 0; k < levels.length; k++) {
      double[] sorted = byLevel[k];
      if (sorted.length > 0) {
        Arrays.sort(sorted);
        cuts.put(levels[k], new Quartiles(quantile7(sorted, 0.25), quantile7(sorted, 0.5), quantile7(sorted, 0.75)));
      }
    }
    return cuts;
  }

  /** Hyndman–Fan type 7 quantile of sorted values. */
  static double quantile7(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
