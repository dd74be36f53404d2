package dev.losi.bench;

import dev.losi.core.NumberText;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text of 10,000 doubles: {@link NumberText#of(double)} (every output's number text) against the JDK's
 * {@link Double#toString(double)}, whose digits it gives on every Java version. Two sets: LOSI numbers
 * (points over a maximum, the values of a score table, in the plain range where Java 17 takes the 128-bit
 * check of the JDK's digits) and doubles of any magnitude (random bits: most of them outside that range,
 * which on Java 17 take the exact BigDecimal search). From Java 19, {@code of} is {@code Double.toString}
 * after the whole-number test. Time per value, in nanoseconds.
 *
 * @since 0.1.0
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NumberTextBenchmark extends BenchmarkSettings {

  private static final int N = 10_000;

  double[] losi;
  double[] anyMagnitude;

  /** Fixed seeds: the same values in every run. */
  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(19);
    losi = new double[N];
    anyMagnitude = new double[N];
    for (int i = 0; i < N; i++) {
      int maximum = 8 + rnd.nextInt(88);
      losi[i] = (double) (1 + rnd.nextInt(maximum - 1)) / maximum;
      double d;
      do {
        d = Double.longBitsToDouble(rnd.nextLong());
      } while (!Double.isFinite(d));
      anyMagnitude[i] = d;
    }
  }

  /** NumberText of LOSI numbers. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void numberTextLosi(Blackhole bh) {
    for (double v : losi) {
      bh.consume(NumberText.of(v));
    }
  }

  /** The JDK's Double.toString of LOSI numbers. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void doubleToStringLosi(Blackhole bh) {
    for (double v : losi) {
      bh.consume(Double.toString(v));
    }
  }

  /** NumberText of doubles of any magnitude. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void numberTextAnyMagnitude(Blackhole bh) {
    for (double v : anyMagnitude) {
      bh.consume(NumberText.of(v));
    }
  }

  /** The JDK's Double.toString of doubles of any magnitude. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void doubleToStringAnyMagnitude(Blackhole bh) {
    for (double v : anyMagnitude) {
      bh.consume(Double.toString(v));
    }
  }
}
