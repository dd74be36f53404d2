package dev.losi.stats.agreement;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@link KrippendorffAlpha#bootstrap}: the point estimate, the replicates, a 95%
 * percentile interval, the bootstrap standard error and, for each chosen minimum, the probability
 * that alpha falls below it (the share of replicates below the minimum; Krippendorff 2004, section
 * 11.4 and Hayes and Krippendorff 2007 report {@code q} the same way).
 *
 * <p>A replicate in which alpha is undefined (all resampled values the same) is counted in
 * {@link #undefinedReplicates()} and left out of the interval and the probabilities.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AlphaBootstrap {

  private final Estimate point;
  private final MeasurementLevel level;
  private final long seed;
  private final double[] sorted;
  private final int requested;
  private final Map<Double, Double> below;

  private AlphaBootstrap(Estimate point, MeasurementLevel level, long seed, double[] sorted, int requested,
      Map<Double, Double> below) {
    this.point = point;
    this.level = level;
    this.seed = seed;
    this.sorted = sorted;
    this.requested = requested;
    this.below = below;
  }

  static AlphaBootstrap of(Estimate point, MeasurementLevel level, long seed, double[] alphas, double[] minima) {
    double[] defined = Arrays.stream(alphas).filter(Double::isFinite).sorted().toArray();
    Map<Double, Double> below = new LinkedHashMap<>();
    for (double min : minima) {
      if (defined.length > 0) {
        int k = 0;
        while (k < defined.length && defined[k] < min) {
          k++;
        }
        below.put(min, (double) k / defined.length);
      }
    }
    return new AlphaBootstrap(point, level, seed, defined, alphas.length, Collections.unmodifiableMap(below));
  }

  /**
   * {@return Alpha with the bootstrap standard error and 95% percentile interval attached (when the point
   * estimate and at least two replicates are defined); otherwise the plain point estimate}
   */
  public Estimate estimate() {
    if (!point.isDefined() || sorted.length < 2) {
      return point;
    }
    return Estimate.builder(point.statistic(), point.value()).standardError(standardError())
        .confidenceInterval(percentileInterval(0.95)).build();
  }

  /** {@return the point estimate of alpha on the original data} */
  public Estimate pointEstimate() {
    return point;
  }

  /** {@return the level of measurement} */
  public MeasurementLevel level() {
    return level;
  }

  /** {@return the seed used} */
  public long seed() {
    return seed;
  }

  /** {@return the number of replicates requested} */
  public int replicates() {
    return requested;
  }

  /** {@return the number of replicates in which alpha was undefined} */
  public int undefinedReplicates() {
    return requested - sorted.length;
  }

  /** {@return the defined replicate values, sorted ascending (a fresh array)} */
  public double[] sortedReplicates() {
    return sorted.clone();
  }

  /** {@return the standard deviation of the defined replicates ({@code n - 1} denominator); 0 with fewer than two} */
  public double standardError() {
    if (sorted.length < 2) {
      return 0;
    }
    double mean = 0;
    for (double a : sorted) {
      mean += a;
    }
    mean /= sorted.length;
    double ss = 0;
    for (double a : sorted) {
      ss += (a - mean) * (a - mean);
    }
    return Math.sqrt(ss / (sorted.length - 1));
  }

  /**
   * The percentile interval at a confidence level: the {@code (1-level)/2} and {@code (1+level)/2}
   * quantiles of the defined replicates, linearly interpolated (R type 7).
   *
   * @param level the confidence level in (0, 1), for example 0.95
   * @return the interval
   * @throws IllegalStateException when fewer than two replicates are defined
   */
  public ConfidenceInterval percentileInterval(double level) {
    if (sorted.length < 2) {
      throw new IllegalStateException("fewer than two defined bootstrap replicates");
    }
    return ConfidenceInterval.of(quantile((1 - level) / 2), quantile((1 + level) / 2), level,
        "percentile bootstrap over units, " + sorted.length + " replicates, seed " + seed);
  }

  /**
   * {@return the probability that alpha is below each requested minimum, in the order requested (empty when no
   * replicate is defined)}
   */
  public Map<Double, Double> probabilityBelow() {
    return below;
  }

  private double quantile(double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  @Override
  public String toString() {
    return estimate() + ", P(alpha < min) " + below + ", " + undefinedReplicates() + " undefined replicates";
  }
}
