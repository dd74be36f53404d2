package dev.losi.bench;

import dev.losi.stats.correlation.Correlation;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Kendall's tau-b on n = 1,000,000 pairs with ties: this SDK (tau-b with its p-value and interval)
 * against Commons Math 3.6.1's {@code KendallsCorrelation} (tau-b only), in the same run. Goal (issue
 * "Performance"): faster than Commons Math, although this SDK also computes the p-value.
 *
 * @since 0.1.0
 */
public class CorrelationBenchmark extends BenchmarkSettings {

  double[] x;
  double[] y;

  /** The pairs of GenerateInputs.pairs. */
  @Setup
  public void setUp() {
    int n = 1_000_000;
    SplittableRandom rnd = new SplittableRandom(11);
    x = new double[n];
    y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.floor(rnd.nextDouble() * 1000) / 1000;
      y[i] = Math.round((x[i] / 2 + rnd.nextGaussian() * 0.25) * 100) / 100.0;
    }
  }

  /** This SDK: Kendall's tau-b with p-value and interval. */
  @Benchmark
  public double losiKendall() {
    return Correlation.kendall(x, y).value();
  }

  /** Commons Math 3.6.1: Kendall's tau-b. */
  @Benchmark
  public double commonsMathKendall() {
    return new KendallsCorrelation().correlation(x, y);
  }

  /** This SDK: Pearson, Spearman and Kendall with p-values (the job of {@code losi correlate --data}). */
  @Benchmark
  public Object losiAllThree() {
    return Correlation.all(x, y);
  }
}
