package dev.losi.bench;

import dev.losi.core.NumberText;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text of 10,000 doubles: {@link NumberText#of(double)} (every output's number text) against the JDK's
 * {@link Double#toString(double)}, whose digits it gives on every Java version. Two sets ({@code values}):
 * {@code losi}, LOSI numbers (points over a maximum, the values of a score table, in the plain range where
 * Java 17 takes the 128-bit check of the JDK's digits), and {@code anyMagnitude}, doubles from random bits
 * (most of them outside that range, which on Java 17 take the exact BigDecimal search). From Java 19, {@code
 * of} is {@code Double.toString} after the whole-number test. Time per value, in nanoseconds.
 *
 * @since 0.1.0
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NumberTextBenchmark extends BenchmarkSettings {

  private static final int N = 10_000;

  /** The set of values. */
  @Param({"losi", "anyMagnitude"})
  public String values;

  double[] v;

  /** Fixed seed: the same values in every run. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(19);
    v = new double[N];
    for (int i = 0; i < N; i++) {
      if (values.equals("losi")) {
        int maximum = 8 + rnd.nextInt(88);
        v[i] = (double) (1 + rnd.nextInt(maximum - 1)) / maximum;
      } else {
        double d;
        do {
          d = Double.longBitsToDouble(rnd.nextLong());
        } while (!Double.isFinite(d));
        v[i] = d;
      }
    }
  }

  /** This SDK's number text. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void numberText(Blackhole bh) {
    for (double x : v) {
      bh.consume(NumberText.of(x));
    }
  }

  /** The JDK's Double.toString. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void doubleToString(Blackhole bh) {
    for (double x : v) {
      bh.consume(Double.toString(x));
    }
  }
}
