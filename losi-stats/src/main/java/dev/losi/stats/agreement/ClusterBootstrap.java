package dev.losi.stats.agreement;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.internal.Percentiles;
import dev.losi.stats.internal.Streams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A cluster (city) bootstrap for any agreement coefficient: items cluster within cities, so an interval
 * that resamples items as if independent is too narrow. Each replicate resamples whole clusters with
 * replacement and recomputes the coefficient on all their units.
 *
 * <h2>Scheme</h2>
 * Clusters are ordered by label. Replicate {@code b} (0-based) draws {@code G} cluster indices with
 * {@code nextInt(G)} from a Commons RNG XoRoShiRo128++ stream seeded with
 * {@code Streams.seed(seed, b, 0, 0)} (a SplitMix64 mix of seed and b), and concatenates the drawn
 * clusters' units in draw order. Replicates are independent of each other and of the thread that computes
 * them, so the result is the same for any thread count.
 *
 * <h2>Interval</h2>
 * Percentile interval over the defined replicates with linear interpolation between order statistics
 * (Hyndman and Fan 1996 type 7, R's default): {@code h = (B - 1) p}, {@code x[floor h] + (h - floor h)
 * (x[floor h + 1] - x[floor h])}. Replicates where the coefficient is undefined are counted and left out.
 * Both the bootstrap interval and the coefficient's own analytic interval (kept beside it, labelled with its
 * assumption of independent items) are clipped to the coefficient's range, with a flag when clipping
 * happened. Reference: B. Efron and R. Tibshirani (1993), <em>An Introduction to the Bootstrap</em>,
 * section 13.3; cluster resampling: A. C. Davison and D. V. Hinkley (1997), <em>Bootstrap Methods and their
 * Application</em>, section 3.8.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClusterBootstrap {

  private final int replicates;
  private final long seed;
  private final double confidence;
  private final int threads;

  private ClusterBootstrap(int replicates, long seed, double confidence, int threads) {
    this.replicates = replicates;
    this.seed = seed;
    this.confidence = confidence;
    this.threads = threads;
  }

  /**
   * A bootstrap with this many replicates (at least 2), seed 0, 95% intervals and one thread.
   *
   * @param replicates the number of replicates B, at least 2
   * @return the bootstrap settings
   * @throws IllegalArgumentException if {@code replicates < 2}
   */
  public static ClusterBootstrap withReplicates(int replicates) {
    if (replicates < 2) {
      throw new IllegalArgumentException("replicates must be at least 2, got " + replicates);
    }
    return new ClusterBootstrap(replicates, 0L, 0.95, 1);
  }

  /**
   * {@return the same with another seed}
   *
   * @param seed the seed; the same seed gives the same result
   */
  public ClusterBootstrap withSeed(long seed) {
    return new ClusterBootstrap(replicates, seed, confidence, threads);
  }

  /**
   * {@return the same with another confidence level in (0, 1)}
   *
   * @param level the confidence level in (0, 1)
   */
  public ClusterBootstrap withConfidence(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + level);
    }
    return new ClusterBootstrap(replicates, seed, level, threads);
  }

  /**
   * {@return the same computed on this many threads (at least 1); the result does not depend on it}
   *
   * @param threads the number of threads, at least 1
   */
  public ClusterBootstrap withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new ClusterBootstrap(replicates, seed, confidence, threads);
  }

  /** {@return the number of replicates B} */
  public int replicates() {
    return replicates;
  }

  /** {@return the seed} */
  public long seed() {
    return seed;
  }

  /**
   * Bootstraps a coefficient over clusters of units.
   *
   * @param data the reliability data
   * @param clusterOfUnit the cluster label (city id) of each unit, in unit order
   * @param coefficient computes the coefficient on (resampled) data; must be thread-safe
   * @param min the smallest value the coefficient can take (for example -1 for Cohen's kappa)
   * @param max the largest (1 for every chance-corrected coefficient)
   * @return the point estimate, its cluster-bootstrap percentile interval and its analytic interval, both
   *     clipped to {@code [min, max]}
   * @throws IllegalArgumentException if the labels do not match the units or there are fewer than 2 clusters
   */
  public Result run(ReliabilityData data, List<String> clusterOfUnit, Function<ReliabilityData, Estimate> coefficient,
      double min, double max) {
    int[][] clusters = clusters(data, clusterOfUnit);
    double[][] values = computeAll(data, clusters, d -> {
      Estimate e = coefficient.apply(d);
      return new double[] {e.isDefined() ? e.value() : Double.NaN};
    });
    return result(coefficient.apply(data), column(values, 0), clusters.length, min, max);
  }

  /**
   * Bootstraps every coefficient of {@link AgreementReport#of} at once, over the same replicates (one report
   * per replicate), each with its range ({@link Coefficient#minimum()}, {@link Coefficient#maximum()}).
   *
   * @param data the reliability data
   * @param clusterOfUnit the cluster label (city id) of each unit, in unit order
   * @param level the level of measurement of the report
   * @return the result of every coefficient that applies to the whole data, in report order
   * @throws IllegalArgumentException if the labels do not match the units or there are fewer than 2 clusters
   */
  public java.util.Map<Coefficient, Result> runReport(ReliabilityData data, List<String> clusterOfUnit,
      MeasurementLevel level) {
    int[][] clusters = clusters(data, clusterOfUnit);
    AgreementReport point = AgreementReport.of(data, level);
    List<Coefficient> keys = new ArrayList<>(point.estimates().keySet());
    double[][] values = computeAll(data, clusters, d -> {
      java.util.Map<Coefficient, Estimate> m = AgreementReport.of(d, level).estimates();
      double[] v = new double[keys.size()];
      for (int k = 0; k < v.length; k++) {
        Estimate e = m.get(keys.get(k));
        v[k] = e != null && e.isDefined() ? e.value() : Double.NaN;
      }
      return v;
    });
    java.util.Map<Coefficient, Result> out = new java.util.LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      Coefficient c = keys.get(k);
      out.put(c, result(point.estimates().get(c), column(values, k), clusters.length, c.minimum(), c.maximum()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static int[][] clusters(ReliabilityData data, List<String> clusterOfUnit) {
    if (clusterOfUnit.size() != data.units()) {
      throw new IllegalArgumentException("need one cluster label per unit, got " + clusterOfUnit.size() + " for "
          + data.units() + " units");
    }
    TreeMap<String, List<Integer>> byCluster = new TreeMap<>();
    for (int u = 0; u < data.units(); u++) {
      byCluster.computeIfAbsent(clusterOfUnit.get(u), k -> new ArrayList<>()).add(u);
    }
    if (byCluster.size() < 2) {
      throw new IllegalArgumentException("a cluster bootstrap needs at least 2 clusters, got " + byCluster.size());
    }
    return byCluster.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  private static double[] column(double[][] values, int k) {
    double[] c = new double[values.length];
    for (int b = 0; b < c.length; b++) {
      c[b] = values[b][k];
    }
    return c;
  }

  private Result result(Estimate point, double[] values, int clusters, double min, double max) {
    double[] defined = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    Optional<ClippedInterval> boot = Optional.empty();
    if (defined.length >= 2) {
      double a = (1 - confidence) / 2;
      boot = Optional.of(ClippedInterval.of(Percentiles.type7(defined, a), Percentiles.type7(defined, 1 - a), confidence,
          "cluster bootstrap over " + clusters + " clusters, " + replicates + " replicates, percentile",
          min, max));
    }
    Optional<ClippedInterval> analytic = point.confidenceInterval().map(ci -> ClippedInterval.of(ci.lower(),
        ci.upper(), ci.level(), ci.method() + " (assumes independent items)", min, max));
    return new Result(point, boot, analytic, clusters, replicates, values.length - defined.length);
  }

  private double[][] computeAll(ReliabilityData data, int[][] clusters,
      Function<ReliabilityData, double[]> coefficients) {
    int[][] ratings = new int[data.units()][data.raters()];
    for (int u = 0; u < data.units(); u++) {
      for (int r = 0; r < data.raters(); r++) {
        ratings[u][r] = data.code(u, r);
      }
    }
    if (threads == 1) {
      return IntStream.range(0, replicates).mapToObj(b -> replicate(b, data, clusters, ratings, coefficients))
          .toArray(double[][]::new);
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      return pool.submit(() -> IntStream.range(0, replicates).parallel()
          .mapToObj(b -> replicate(b, data, clusters, ratings, coefficients)).toArray(double[][]::new)).join();
    } finally {
      pool.shutdown();
    }
  }

  private double[] replicate(int b, ReliabilityData data, int[][] clusters, int[][] ratings,
      Function<ReliabilityData, double[]> coefficients) {
    UniformRandomProvider rng = Streams.stream(seed, b, 0, 0);
    int g = clusters.length;
    List<int[]> rows = new ArrayList<>();
    for (int k = 0; k < g; k++) {
      for (int u : clusters[rng.nextInt(g)]) {
        rows.add(ratings[u]);
      }
    }
    return coefficients.apply(ReliabilityData.of(data.scale(), rows.toArray(new int[0][])));
  }

  /**
   * An interval clipped to a coefficient's range.
   *
   * @param interval the interval after clipping
   * @param clipped true when a bound lay outside the range and was moved to it
   * @since 0.1.0
   */
  public record ClippedInterval(ConfidenceInterval interval, boolean clipped) {

    /**
     * {@return Clips {@code [lower, upper]} to {@code [min, max]}}
     *
     * @param lower the lower bound
     * @param upper the upper bound, not below {@code lower}
     * @param level the confidence level in (0, 1)
     * @param method how the interval was made
     * @param min the smallest value the coefficient can take
     * @param max the largest value the coefficient can take
     */
    public static ClippedInterval of(double lower, double upper, double level, String method, double min, double max) {
      double lo = Math.max(min, Math.min(max, lower));
      double hi = Math.max(min, Math.min(max, upper));
      return new ClippedInterval(ConfidenceInterval.of(lo, hi, level, method), lo != lower || hi != upper);
    }
  }

  /**
   * The point estimate with both intervals.
   *
   * @param point the coefficient on all data, with its analytic standard error if any
   * @param bootstrap the cluster-bootstrap percentile interval, clipped; empty with fewer than 2 defined replicates
   * @param analytic the coefficient's analytic interval, clipped, labelled "(assumes independent items)"
   * @param clusters the number of clusters G
   * @param replicates the number of replicates B
   * @param undefinedReplicates replicates where the coefficient was undefined, left out of the interval
   * @since 0.1.0
   */
  public record Result(Estimate point, Optional<ClippedInterval> bootstrap, Optional<ClippedInterval> analytic,
      int clusters, int replicates, int undefinedReplicates) {}
}
