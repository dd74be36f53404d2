package dev.losi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The {@link PackedScoringBenchmark} loops timed by the thread's CPU time instead of the wall clock:
 * assessments per CPU second, which is "per core" even on a machine loaded by other work (where JMH's
 * wall-clock throughput is that of a share of a core). Each loop is warmed up for 3 CPU seconds, then timed
 * over 5 rounds of 1 CPU second; the median round is printed.
 * Usage: {@code java -cp benchmarks.jar dev.losi.bench.PackedScoringRate}.
 *
 * @since 0.1.0
 */
public final class PackedScoringRate {

  private PackedScoringRate() {}

  /**
   * Prints one line per loop.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PackedScoringBenchmark b = new PackedScoringBenchmark();
    b.setUp();
    print("points", b::points);
    print("standard", b::standard);
    print("standardAndAdjusted", b::standardAndAdjusted);
    print("bitsPoints", b::bitsPoints);
    print("bitsStandard", b::bitsStandard);
    print("bitsStandardAndAdjusted", b::bitsStandardAndAdjusted);
    print("bitsFromPackedAndStandard", b::bitsFromPackedAndStandard);
  }

  private static void print(String name, LongSupplier batch) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warm = mx.getCurrentThreadCpuTime() + 3_000_000_000L;
    while (mx.getCurrentThreadCpuTime() < warm) {
      sink += batch.getAsLong();
    }
    double[] rates = new double[5];
    for (int round = 0; round < rates.length; round++) {
      long start = mx.getCurrentThreadCpuTime();
      long batches = 0;
      long now;
      do {
        sink += batch.getAsLong();
        batches++;
        now = mx.getCurrentThreadCpuTime();
      } while (now - start < 1_000_000_000L);
      rates[round] = batches * (double) PackedScoringBenchmark.N / ((now - start) / 1e9);
    }
    java.util.Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "%-26s %,.0f assessments per CPU second (rounds %,.0f to %,.0f; sink %d)%n", name,
        rates[2], rates[0], rates[4], sink & 1);
  }
}
