package dev.losi.stats.correlation;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.internal.Moments;
import dev.losi.stats.internal.Percentiles;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Bootstrap confidence intervals for any of the three correlation coefficients, by resampling pairs
 * with replacement (Efron and Tibshirani 1993, An Introduction to the Bootstrap, ch. 13-14).
 *
 * <ul>
 *   <li>{@link Kind#PERCENTILE}: the α/2 and 1-α/2 quantiles of the B bootstrap replicates.
 *   <li>{@link Kind#BCA}: bias-corrected and accelerated: quantiles at
 *       α<sub>1,2</sub> = Φ(z<sub>0</sub> + (z<sub>0</sub> + z<sub>α/2, 1-α/2</sub>)/(1 - a(z<sub>0</sub> + z<sub>α/2, 1-α/2</sub>))),
 *       with bias correction z<sub>0</sub> = Φ<sup>-1</sup>((#{θ* &lt; θ̂} + #{θ* = θ̂}/2)/B) and acceleration
 *       a = Σ(θ̄<sub>(.)</sub> - θ<sub>(i)</sub>)³ / (6 [Σ(θ̄<sub>(.)</sub> - θ<sub>(i)</sub>)²]<sup>3/2</sup>) from the
 *       leave-one-out jackknife (Efron 1987, JASA 82:171-185).
 * </ul>
 *
 * <p>Quantiles interpolate linearly between order statistics (Hyndman-Fan type 7, as numpy's default).
 * Resamples are drawn with Commons RNG {@link RandomSource#XO_RO_SHI_RO_128_PP} seeded from the given
 * seed, so a seed always gives the same interval. Resamples in which x or y is constant have no
 * coefficient: they are skipped and counted in the interval's method text; if more than half are
 * skipped the result is undefined. The jackknife for BCa costs n extra evaluations.
 *
 * <p>The returned {@link Estimate} carries the coefficient of the full sample, its analytic p-value,
 * the bootstrap standard error (standard deviation of the replicates) and the bootstrap interval.
 *
 * @since 0.1.0
 */
public final class Bootstrap {

  /** The bootstrap interval method. */
  public enum Kind {
    /** Percentile interval. */
    PERCENTILE,
    /** Bias-corrected and accelerated interval. */
    BCA
  }

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final int replicates;
  private final long seed;
  private final double level;
  private final Kind kind;

  private Bootstrap(int replicates, long seed, double level, Kind kind) {
    if (replicates < 100) {
      throw new IllegalArgumentException("need at least 100 bootstrap replicates, got " + replicates);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the confidence level must be in (0, 1), got " + level);
    }
    this.replicates = replicates;
    this.seed = seed;
    this.level = level;
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * A BCa bootstrap with 95% intervals.
   *
   * @param replicates the number of resamples B, at least 100 (2000 or more for BCa is usual)
   * @param seed the random seed; the same seed gives the same interval
   * @return the bootstrap
   */
  public static Bootstrap of(int replicates, long seed) {
    return new Bootstrap(replicates, seed, 0.95, Kind.BCA);
  }

  /**
   * {@return this bootstrap with another interval kind}
   *
   * @param newKind the interval kind
   */
  public Bootstrap withKind(Kind newKind) {
    return new Bootstrap(replicates, seed, level, newKind);
  }

  /**
   * {@return this bootstrap with another confidence level in (0, 1)}
   *
   * @param newLevel the confidence level in (0, 1)
   */
  public Bootstrap withLevel(double newLevel) {
    return new Bootstrap(replicates, seed, newLevel, kind);
  }

  /** {@return the number of resamples} */
  public int replicates() {
    return replicates;
  }

  /** {@return the seed} */
  public long seed() {
    return seed;
  }

  /** {@return the confidence level} */
  public double level() {
    return level;
  }

  /** {@return the interval kind} */
  public Kind kind() {
    return kind;
  }

  /**
   * The coefficient of {@code method} with a bootstrap interval and standard error.
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   * @param method the coefficient
   * @return an undefined estimate when the coefficient itself is undefined (see {@link Correlation}),
   *     when more than half of the resamples are degenerate, or (BCa) when the bias correction is
   *     infinite (every replicate on one side of the estimate) or a jackknife sample is degenerate
   * @throws dev.losi.core.LosiValidationException for unequal lengths or non-finite values
   */
  public Estimate interval(double[] x, double[] y, CorrelationMethod method) {
    Estimate analytic = method.compute(x, y);
    if (!analytic.isDefined()) {
      return analytic;
    }
    String name = method.key();
    double theta = analytic.value();
    int n = x.length;
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    double[] bx = new double[n];
    double[] by = new double[n];
    double[] reps = new double[replicates];
    int used = 0;
    for (int b = 0; b < replicates; b++) {
      for (int k = 0; k < n; k++) {
        int i = rng.nextInt(n);
        bx[k] = x[i];
        by[k] = y[i];
      }
      if (Correlation.degenerate(name, bx, by) == null) {
        reps[used++] = method.value(bx, by);
      }
    }
    int skipped = replicates - used;
    if (used * 2 < replicates) {
      return Estimate.undefined(name, skipped + " of " + replicates
          + " bootstrap resamples had a constant x or y; the data are too small or too tied for a bootstrap");
    }
    double[] sorted = Arrays.copyOf(reps, used);
    Arrays.sort(sorted);
    double alpha = 1 - level;
    double lowerProbability = alpha / 2;
    double upperProbability = 1 - alpha / 2;
    String what;
    if (kind == Kind.BCA) {
      int less = 0;
      int equal = 0;
      for (double r : sorted) {
        if (r < theta) {
          less++;
        } else if (r == theta) {
          equal++;
        }
      }
      double proportion = (less + equal / 2.0) / used;
      if (proportion <= 0 || proportion >= 1) {
        return Estimate.undefined(name, "BCa bias correction is infinite: every bootstrap replicate lies on one side of "
            + theta + " (use the percentile interval)");
      }
      double z0 = STANDARD_NORMAL.inverseCumulativeProbability(proportion);
      double a = acceleration(x, y, method);
      if (Double.isNaN(a)) {
        return Estimate.undefined(name, "BCa acceleration is undefined: a leave-one-out jackknife sample is degenerate"
            + " (fewer than 3 pairs, or a constant x or y); use the percentile interval");
      }
      double zl = STANDARD_NORMAL.inverseCumulativeProbability(lowerProbability);
      double zu = STANDARD_NORMAL.inverseCumulativeProbability(upperProbability);
      lowerProbability = STANDARD_NORMAL.cumulativeProbability(z0 + (z0 + zl) / (1 - a * (z0 + zl)));
      upperProbability = STANDARD_NORMAL.cumulativeProbability(z0 + (z0 + zu) / (1 - a * (z0 + zu)));
      what = String.format(Locale.ROOT, "BCa bootstrap (z0 %.4g, a %.4g)", z0, a);
    } else {
      what = "percentile bootstrap";
    }
    double lo = quantile(sorted, lowerProbability);
    double hi = quantile(sorted, upperProbability);
    String method2 = what + ", " + replicates + " resamples, seed " + seed
        + (skipped > 0 ? ", " + skipped + " degenerate resamples skipped" : "");
    var builder = Estimate.builder(name, theta).standardError(Moments.standardDeviation(sorted))
        .confidenceInterval(ConfidenceInterval.of(lo, Math.max(lo, hi), level, method2));
    analytic.pValue().ifPresent(builder::pValue);
    return builder.build();
  }

  /**
   * All three coefficients with bootstrap intervals, each from its own run with this seed (so each equals
   * {@link #interval} for that method).
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   * @return Pearson, Spearman and Kendall with bootstrap intervals
   * @throws dev.losi.core.LosiValidationException for unequal lengths or non-finite values
   */
  public CorrelationSummary all(double[] x, double[] y) {
    PairedData.check(x, y);
    return new CorrelationSummary(x.length, interval(x, y, CorrelationMethod.PEARSON),
        interval(x, y, CorrelationMethod.SPEARMAN), interval(x, y, CorrelationMethod.KENDALL));
  }

  /** Linear interpolation between order statistics (type 7): h = (m-1)p. */
  static double quantile(double[] sorted, double p) {
    return Percentiles.type7(sorted, p);
  }

  /** Jackknife acceleration, NaN if a leave-one-out sample is degenerate; 0 when all jackknife values agree. */
  static double acceleration(double[] x, double[] y, CorrelationMethod method) {
    int n = x.length;
    double[] jx = new double[n - 1];
    double[] jy = new double[n - 1];
    double[] jack = new double[n];
    for (int leave = 0; leave < n; leave++) {
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (i != leave) {
          jx[k] = x[i];
          jy[k] = y[i];
          k++;
        }
      }
      if (Correlation.degenerate(method.key(), jx, jy) != null) {
        return Double.NaN;
      }
      jack[leave] = method.value(jx, jy);
    }
    double mean = 0;
    for (double d : jack) {
      mean += d;
    }
    mean /= n;
    double num = 0;
    double den = 0;
    for (double d : jack) {
      double e = mean - d;
      num += e * e * e;
      den += e * e;
    }
    if (den == 0) {
      return 0;
    }
    return num / (6 * Math.pow(den, 1.5));
  }

  @Override
  public String toString() {
    return kind + " bootstrap, " + replicates + " resamples, seed " + seed + ", level " + level;
  }
}
