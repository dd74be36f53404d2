package dev.losi.stats.agreement;

import dev.losi.stats.Estimate;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Krippendorff's alpha at the nominal, ordinal, interval and ratio levels, with missing values, and a
 * seeded unit bootstrap.
 *
 * <h2>Computation (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", sections A-C)</h2>
 * In one pass over the primitive ratings, each unit {@code u} with {@code m_u >= 2} values adds
 * {@code n_uc n_uk / (m_u - 1)} to the coincidence {@code o_ck} ({@code c != k}) and
 * {@code n_uc (n_uc - 1) / (m_u - 1)} to {@code o_cc}. With marginals {@code n_c = sum_k o_ck} and
 * {@code n = sum_c n_c} (the pairable values),
 * {@code alpha = 1 - (n - 1) sum_ck o_ck delta2_ck / sum_ck n_c n_k delta2_ck}. Distances
 * {@code delta2}: nominal 0/1; ordinal {@code (sum_{g=c..k} n_g - (n_c + n_k)/2)^2} (ranks of the
 * scale's order); interval {@code (v_c - v_k)^2}; ratio {@code ((v_c - v_k)/(v_c + v_k))^2}, with the
 * scale's values {@code v}. Sums run over the categories and units actually present, so the cost is
 * {@code O(units x raters^2 + used categories^2)} with no per-rating object.
 *
 * <h2>Undefined</h2>
 * No unit with two values (no pairable values), or only one value among the pairable values
 * (expected disagreement 0): an undefined {@link Estimate} with the reason.
 *
 * <h2>Bootstrap</h2>
 * {@link #bootstrap} resamples the pairable units (units with at least two values) with replacement,
 * keeping each unit's values together, as recommended by Zapf et al. (2016, <i>BMC Med. Res.
 * Methodol.</i> 16:93) and Gwet (2014) rather than Hayes and Krippendorff's (2007) resampling of pairs.
 * Units are grouped by their pattern of counts, so a replicate draws {@code n'} unit indices and then
 * works on pattern counts: the unit-level coincidence contributions are resampled, not raw ratings.
 * Replicates are split into fixed blocks of {@value #BLOCK} and each block gets its own stream of
 * an {@code XO_RO_SHI_RO_128_PP} generator by successive {@code jump()}s from the seeded generator, so
 * the result for a seed is the same whatever the number of threads.
 *
 * @since 0.1.0
 */
public final class KrippendorffAlpha {

  /** The number of replicates per random stream. */
  static final int BLOCK = 32;

  private KrippendorffAlpha() {}

  /**
   * Krippendorff's alpha of the data at the level, the point estimate only (the fastest path; see
   * {@link #withStandardError} and {@link #bootstrap} for inference).
   *
   * @param data the ratings
   * @param level the level of measurement
   * @return alpha, at most 1, or undefined with the reason
   * @throws IllegalArgumentException when the scale does not support the level (for example the
   *     interval level on a nominal scale)
   */
  public static Estimate estimate(ReliabilityData data, MeasurementLevel level) {
    return estimate(data, level, null);
  }

  /**
   * {@link #estimate(ReliabilityData, MeasurementLevel)}; {@code pairable[0]} gets the pairable values as
   * {@link #coincidences(ReliabilityData, long[])} gives them, when {@code pairable} is not null.
   */
  private static Estimate estimate(ReliabilityData data, MeasurementLevel level, long[] pairable) {
    return estimate(new ReportInput.Data(data), level, pairable, null);
  }

  /** The point estimate from a report's input; {@code counts} are its per-unit counts, or null to compute them. */
  private static Estimate estimate(ReportInput in, MeasurementLevel level, long[] pairable, UnitCounts counts) {
    Scale scale = in.scale();
    requireLevel(scale, level);
    int q = scale.size();
    String name = Coefficient.KRIPPENDORFF_ALPHA.key();
    if (q <= DENSE_LIMIT) {
      return fromCoincidences(in.coincidences(pairable), level, scale.values()).toEstimate(name);
    }
    AlphaPatterns p = AlphaPatterns.of(counts != null ? counts : in.counts(false));
    return p.alpha(p.unitCounts(), level, scale.values(), new double[q]).toEstimate(name);
  }

  /** The largest scale for which {@link #withStandardError} computes the analytic variance. */
  static final int ANALYTIC_LIMIT = 1024;

  /**
   * Krippendorff's alpha with the analytic standard error and 95% interval of Gwet (2014, <i>Handbook of
   * Inter-Rater Reliability</i>, 4th ed., ch. 5), as irrCAC's {@code krippen.alpha.raw} computes them,
   * at the nominal, interval and ratio levels, where alpha is Gwet's weighted form with the fixed weights
   * {@code w_kl = 1 - delta2_kl / max delta2}. With the {@code n} units that have two or more values,
   * {@code rbar} their mean number of values, {@code p'_a = (1/n) sum_i sum_k r_ik (r*_ik - 1) / (rbar (r_i - 1))},
   * {@code pi_k = (1/n) sum_i r_ik / rbar}, {@code p_e = sum_kl w_kl pi_k pi_l} and
   * {@code alpha' = (p'_a - p_e)/(1 - p_e)}: per unit
   * {@code p_a|i = sum_k r_ik (r*_ik - 1) / (rbar (r_i - 1)) - p'_a (r_i - rbar)/rbar},
   * {@code p_e|i = sum_k r_ik pibar_k / rbar - p_e (r_i - rbar)/rbar} with {@code pibar = (W pi + W' pi)/2},
   * {@code a*_i = (p_a|i - p_e)/(1 - p_e) - 2 (1 - alpha') (p_e|i - p_e)/(1 - p_e)} and
   * {@code var = sum_i (a*_i - alpha')^2 / (n (n - 1))}. Interval {@code alpha -/+ t se} with
   * {@code n - 1} degrees of freedom and the upper bound capped at 1; two-sided p-value from the same t.
   * On the Krippendorff (2011) data this gives se 0.14548, interval (0.419, 1), against 0.14557 and
   * (0.419, 1) printed in irrCAC's README (an earlier irrCAC version; the current irrCAC code uses the
   * units with at least one value for the degrees of freedom). At the ordinal level the distance depends on the
   * marginals, so there is no analytic variance: use {@link #bootstrap}. No standard error either for
   * fewer than two pairable units or scales of more than {@value #ANALYTIC_LIMIT} categories.
   *
   * @param data the ratings
   * @param level the level of measurement
   * @return alpha with standard error and 95% interval where the level allows them
   * @throws IllegalArgumentException when the scale does not support the level
   */
  public static Estimate withStandardError(ReliabilityData data, MeasurementLevel level) {
    return withStandardError(data, level, null);
  }

  /** {@link #withStandardError(ReliabilityData, MeasurementLevel)} with the data's counts given, or null. */
  static Estimate withStandardError(ReliabilityData data, MeasurementLevel level, UnitCounts counts) {
    return withStandardError(data, level, counts, new long[] {-1});
  }

  /**
   * {@link #withStandardError(ReliabilityData, MeasurementLevel, UnitCounts)}; {@code pairable[0]}, -1 on entry,
   * gets the data's {@link ReliabilityData#pairableValues()} when the point estimate counted them on the way
   * (from its histogram of count vectors), so that neither this nor the caller needs another pass over the
   * units for them: cold, each such pass costs its first interpreted iterations (docs/performance.md).
   */
  static Estimate withStandardError(ReliabilityData data, MeasurementLevel level, UnitCounts counts, long[] pairable) {
    return withStandardError(new ReportInput.Data(data), level, counts, pairable);
  }

  /** {@link #withStandardError(ReliabilityData, MeasurementLevel, UnitCounts, long[])} on a report's input. */
  static Estimate withStandardError(ReportInput in, MeasurementLevel level, UnitCounts counts, long[] pairable) {
    Estimate point = estimate(in, level, pairable, counts);
    int q = in.scale().size();
    if (!point.isDefined() || level == MeasurementLevel.ORDINAL || q > ANALYTIC_LIMIT) {
      return point;
    }
    UnitCounts uc = counts != null ? counts : in.counts(false);
    int n = uc.n2;
    if (n < 2) {
      return point;
    }
    double[] v = in.scale().values();
    double[][] w = new double[q][q];
    double max = 0;
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        w[c][k] = AlphaPatterns.delta(level, c, k, v, null, null);
        max = Math.max(max, w[c][k]);
      }
    }
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        w[c][k] = 1 - w[c][k] / max;
      }
    }
    // the sum of the r_i of the units with two or more values: the pairable values, an integer below 2^53 and
    // so the same double whether summed unit by unit or counted from the histogram
    double rbar = 0;
    if (pairable[0] >= 0) {
      rbar = pairable[0];
    } else {
      for (int i = 0; i < uc.n; i++) {
        int p = uc.unit[i];
        if (uc.total[p] >= 2) {
          rbar += uc.total[p];
        }
      }
    }
    rbar /= n;
    // per pattern of units: its terms, computed once; the sums run unit by unit in data order
    double[] paUnit = new double[uc.patterns];
    double[] share = new double[uc.start[uc.patterns]];
    for (int p = 0; p < uc.patterns; p++) {
      int r = uc.total[p];
      if (r < 2) {
        continue;
      }
      double sum = 0;
      for (int a = uc.start[p]; a < uc.start[p + 1]; a++) {
        share[a] = uc.cnt[a] / rbar;
        double rw = 0;
        for (int b = uc.start[p]; b < uc.start[p + 1]; b++) {
          rw += w[uc.cat[a]][uc.cat[b]] * uc.cnt[b];
        }
        sum += uc.cnt[a] * (rw - 1);
      }
      paUnit[p] = sum / (rbar * (r - 1));
    }
    double[] pi = new double[q];
    double paPrime = 0;
    for (int i = 0; i < uc.n; i++) {
      int p = uc.unit[i];
      if (uc.total[p] < 2) {
        continue;
      }
      for (int a = uc.start[p]; a < uc.start[p + 1]; a++) {
        pi[uc.cat[a]] += share[a];
      }
      paPrime += paUnit[p];
    }
    paPrime /= n;
    for (int k = 0; k < q; k++) {
      pi[k] /= n;
    }
    double pe = 0;
    double[] piBar = new double[q];
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        pe += w[c][k] * pi[c] * pi[k];
        piBar[c] += (w[c][k] + w[k][c]) * pi[k] / 2;
      }
    }
    if (1 - pe <= 1e-12) {
      return point;
    }
    double alphaPrime = (paPrime - pe) / (1 - pe);
    double[] square = new double[uc.patterns];
    for (int p = 0; p < uc.patterns; p++) {
      int r = uc.total[p];
      if (r < 2) {
        continue;
      }
      double paI = paUnit[p] - paPrime * (r - rbar) / rbar;
      double peI = 0;
      for (int a = uc.start[p]; a < uc.start[p + 1]; a++) {
        peI += uc.cnt[a] * piBar[uc.cat[a]];
      }
      peI = peI / rbar - pe * (r - rbar) / rbar;
      double x = (paI - pe) / (1 - pe) - 2 * (1 - alphaPrime) * (peI - pe) / (1 - pe);
      square[p] = (x - alphaPrime) * (x - alphaPrime);
    }
    double ss = 0;
    for (int i = 0; i < uc.n; i++) {
      int p = uc.unit[i];
      if (uc.total[p] >= 2) {
        ss += square[p];
      }
    }
    double se = Math.sqrt(ss / ((double) n * (n - 1)));
    double alpha = point.value();
    int df = n - 1;
    StudentT t = StudentT.of(df); // the same distribution and quantile, made once per df
    double half = t.quantile975 * se;
    double upper = Math.min(1, alpha + half);
    var b = Estimate.builder(point.statistic(), alpha).standardError(se)
        .confidenceInterval(dev.losi.stats.ConfidenceInterval.of(Math.min(alpha - half, upper), upper, 0.95,
            "linearised variance (Gwet 2014), t with " + df + " df, upper bound capped at 1"));
    if (se > 0) {
      b.pValue(Math.min(1, 2 * t.distribution.survivalProbability(Math.abs(alpha / se))));
    }
    return b.build();
  }

  /** Scales up to this many categories use a dense coincidence matrix; larger ones a sparse pattern form. */
  static final int DENSE_LIMIT = 256;

  /**
   * The coincidence matrix {@code o_ck} (Krippendorff 2011, section A), {@code q x q}, built in one pass
   * over the primitive ratings.
   *
   * @param data the ratings
   * @return the {@code q x q} matrix, {@code o[c][k]} the weighted count of pairable values c and k
   */
  public static double[][] coincidences(ReliabilityData data) {
    return coincidences(data, null);
  }

  /**
   * {@link #coincidences(ReliabilityData)}; when {@code pairable} is not null and the histogram of count vectors
   * is used, {@code pairable[0]} gets the number of pairable values (ratings in units with two or more).
   */
  static double[][] coincidences(ReliabilityData data, long[] pairable) {
    int q = data.scale().size();
    int raters = data.raters();
    int[] codes = data.codesNoCopy();
    double[][] o = new double[q][q];
    long keys = 1;
    for (int c = 0; c < q && keys <= KEY_LIMIT; c++) {
      keys *= raters + 1L;
    }
    if (keys <= KEY_LIMIT) {
      return coincidencesByCountVector(codes, q, raters, (int) keys, o, pairable);
    }
    return coincidencesByUnit(UnitCounts.of(data), o);
  }

  /**
   * The coincidence matrix unit by unit, over the distinct categories of each unit (each cell gets at most
   * one term per unit, in unit order).
   */
  static double[][] coincidencesByUnit(UnitCounts uc, double[][] o) {
    for (int i = 0; i < uc.n; i++) {
      int p = uc.unit[i];
      int m = uc.total[p];
      if (m < 2) {
        continue;
      }
      double inv = 1.0 / (m - 1);
      int s = uc.start[p];
      int e = uc.start[p + 1];
      for (int a = s; a < e; a++) {
        int ca = uc.cat[a];
        int na = uc.cnt[a];
        double[] row = o[ca];
        row[ca] += na * (na - 1) * inv;
        for (int b = s; b < e; b++) {
          if (b != a) {
            row[uc.cat[b]] += (double) na * uc.cnt[b] * inv;
          }
        }
      }
    }
    return o;
  }

  /** The most count vectors for which {@link #coincidencesByCountVector} keeps a histogram. */
  static final long KEY_LIMIT = 1 << 16;

  /**
   * The coincidence matrix when every unit's vector of category counts fits a small integer key
   * {@code sum_c n_uc (raters + 1)^c}: one branch-free pass adds each unit to a {@code long} histogram of
   * keys, and each distinct count vector then adds {@code count x n_uc n_uk / (m_u - 1)} once.
   */
  private static double[][] coincidencesByCountVector(int[] codes, int q, int raters, int keys, double[][] o,
      long[] pairable) {
    int base = raters + 1;
    int[] weight = UnitCounts.keyWeights(q, base);
    long[] histogram = new long[keys];
    for (int i = 0; i < codes.length; ) {
      int key = 0;
      for (int r = 0; r < raters; r++) {
        key += weight[codes[i++] + 1];
      }
      histogram[key]++;
    }
    return coincidencesOfHistogram(histogram, q, base, o, pairable);
  }

  /**
   * The coincidence matrix from a histogram of count vectors: {@code histogram[key]} units have the count vector
   * of {@code key = sum_c n_uc base^c}; each distinct vector adds {@code count x n_uc n_uk / (m_u - 1)} once, in
   * key order. {@code pairable[0]}, when not null, gets the number of pairable values.
   */
  static double[][] coincidencesOfHistogram(long[] histogram, int q, int base, double[][] o, long[] pairable) {
    int keys = histogram.length;
    int[] count = new int[q];
    long pairs = 0;
    for (int key = 0; key < keys; key++) {
      long units = histogram[key];
      if (units == 0) {
        continue;
      }
      int m = 0;
      int rest = key;
      for (int c = 0; c < q; c++) {
        count[c] = rest % base;
        rest /= base;
        m += count[c];
      }
      if (m < 2) {
        continue;
      }
      pairs += units * m;
      double f = (double) units / (m - 1);
      for (int c = 0; c < q; c++) {
        if (count[c] == 0) {
          continue;
        }
        for (int k = 0; k < q; k++) {
          if (count[k] != 0) {
            o[c][k] += f * ((double) count[c] * (c == k ? count[c] - 1 : count[k]));
          }
        }
      }
    }
    if (pairable != null) {
      pairable[0] = pairs;
    }
    return o;
  }

  /** Alpha from a coincidence matrix: {@code 1 - (n - 1) sum o_ck delta_ck / sum n_c n_k delta_ck}. */
  static Result fromCoincidences(double[][] o, MeasurementLevel level, double[] values) {
    int q = o.length;
    double[] nc = new double[q];
    double n = 0;
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        nc[c] += o[c][k];
      }
      n += nc[c];
    }
    if (n == 0) {
      return new Result(false, Double.NaN, NO_PAIRABLE);
    }
    double[] cum = AlphaPatterns.cumulative(level, nc);
    double observed = 0;
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        if (c != k && o[c][k] != 0) {
          observed += o[c][k] * AlphaPatterns.delta(level, c, k, values, nc, cum);
        }
      }
    }
    return AlphaPatterns.finish(level, values, nc, cum, n, observed);
  }

  static final String NO_PAIRABLE = "no unit has two or more values (no pairable values)";

  /**
   * Alpha with a percentile bootstrap over units, on all available processors.
   *
   * @param replicates the number of bootstrap replicates, at least 1 (1,000 or more for an interval)
   * @param seed the seed; the same seed gives the same result on any machine and thread count
   * @param minima the minimum acceptable alphas whose shortfall probability is wanted, for example
   *     0.667 and 0.800 (Krippendorff 2004, section 11.4)
   * @param data the ratings
   * @param level the level of measurement
   * @return the point estimate, the replicates and the shortfall probabilities
   */
  public static AlphaBootstrap bootstrap(ReliabilityData data, MeasurementLevel level, int replicates, long seed,
      double... minima) {
    return bootstrap(data, level, replicates, seed, Runtime.getRuntime().availableProcessors(), minima);
  }

  /**
   * Alpha with a percentile bootstrap over units on {@code threads} threads (the result does not depend
   * on {@code threads}). See {@link #bootstrap(ReliabilityData, MeasurementLevel, int, long, double...)}.
   *
   * @param data the ratings
   * @param level the level of measurement
   * @param replicates the number of bootstrap replicates, at least 1
   * @param seed the seed
   * @param threads the number of threads, at least 1
   * @param minima the minimum acceptable alphas
   * @return the point estimate, the replicates and the shortfall probabilities
   */
  public static AlphaBootstrap bootstrap(ReliabilityData data, MeasurementLevel level, int replicates, long seed,
      int threads, double... minima) {
    requireLevel(data, level);
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be >= 1, got " + replicates);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    for (double m : minima) {
      if (!Double.isFinite(m)) {
        throw new IllegalArgumentException("a minimum alpha must be finite, got " + m);
      }
    }
    String name = Coefficient.KRIPPENDORFF_ALPHA.key();
    AlphaPatterns p = AlphaPatterns.of(UnitCounts.of(data));
    double[] values = data.scale().values();
    int q = data.scale().size();
    Estimate point = p.alpha(p.unitCounts(), level, values, new double[q]).toEstimate(name);
    double[] alphas = new double[replicates];
    if (p.units > 0) {
      int blocks = (replicates + BLOCK - 1) / BLOCK;
      JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
      UniformRandomProvider[] streams = new UniformRandomProvider[blocks];
      for (int b = 0; b < blocks; b++) {
        streams[b] = master.jump();
      }
      Runnable work = () -> IntStream.range(0, blocks).parallel()
          .forEach(b -> runBlock(b, streams[b], p, replicates, level, values, q, alphas));
      if (threads == 1) {
        for (int b = 0; b < blocks; b++) {
          runBlock(b, streams[b], p, replicates, level, values, q, alphas);
        }
      } else {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
          pool.submit(work).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("bootstrap failed", e.getCause());
        } finally {
          pool.shutdown();
        }
      }
    } else {
      Arrays.fill(alphas, Double.NaN);
    }
    return AlphaBootstrap.of(point, level, seed, alphas, minima);
  }

  /** Runs the replicates of block {@code b} with its own stream, writing into {@code alphas}. */
  private static void runBlock(int b, UniformRandomProvider rng, AlphaPatterns p, int replicates, MeasurementLevel level,
      double[] values, int q, double[] alphas) {
    long[] counts = new long[p.patterns()];
    double[] scratch = new double[q];
    int end = Math.min(replicates, (b + 1) * BLOCK);
    for (int rep = b * BLOCK; rep < end; rep++) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < p.units; i++) {
        counts[p.patternOfUnit[rng.nextInt(p.units)]]++;
      }
      Result r = p.alpha(counts, level, values, scratch);
      alphas[rep] = r.defined ? r.alpha : Double.NaN;
    }
  }

  private static void requireLevel(ReliabilityData data, MeasurementLevel level) {
    requireLevel(data.scale(), level);
  }

  private static void requireLevel(Scale scale, MeasurementLevel level) {
    scale.whyNot(level).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
  }

  /** The outcome of one alpha computation. */
  static final class Result {
    final boolean defined;
    final double alpha;
    final String reason;

    Result(boolean defined, double alpha, String reason) {
      this.defined = defined;
      this.alpha = alpha;
      this.reason = reason;
    }

    Estimate toEstimate(String name) {
      return defined ? Estimate.of(name, alpha) : Estimate.undefined(name, reason);
    }
  }
}
