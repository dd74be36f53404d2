package dev.losi.bench;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.io.Instruments;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code losi uncertainty}'s engine ({@link RankUncertainty}) on the goal of issue 13: 10,000 Monte Carlo draws
 * over 200 cities of LOSI-2024, two assessors per city who disagree on about 5% of the indicators, assessor
 * disagreement varied, on 2 threads. Goal: under 2 s per analysis on 2 cores.
 *
 * <p>Two cases ({@code sources}): {@code disagreement} alone (with sensitivity indices, N (k + 2) = 30,000
 * model runs), and {@code all} the sources that apply without adjustments (disagreement, denominators 95 and
 * 96, reconstructed calls, Dirichlet weights: N (k + 2) = 60,000 model runs).
 * Short settings, so that the whole class runs in about a minute:
 * {@code java -jar losi-bench/target/benchmarks.jar UncertaintyBenchmark} (1 fork, 1 warm-up iteration of
 * 10 s, 3 measured iterations of 10 s, single-shot average time per analysis).
 */
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
public class UncertaintyBenchmark extends BenchmarkSettings {

  /** Cities in the study. */
  static final int CITIES = 200;
  /** Monte Carlo draws per analysis. */
  static final int DRAWS = 10_000;

  /** Which sources vary. */
  @Param({"disagreement", "all"})
  public String sources;

  Instrument instrument;
  List<Assessment> assessments;
  RankUncertainty analysis;

  /** Builds the study (seeded) and the options. */
  @Setup
  public void setUp() {
    instrument = Instruments.load("LOSI-2024");
    assessments = study(instrument, CITIES, 0.05, 2024);
    analysis = options(sources);
  }

  static RankUncertainty options(String sources) {
    RankUncertainty o = RankUncertainty.defaults().withDraws(DRAWS).withSeed(42).withThreads(2);
    return sources.equals("all")
        ? o.withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR, Source.RECONSTRUCTED, Source.WEIGHTS))
            .withDenominators(List.of(95.0, 96.0))
        : o.withSources(EnumSet.of(Source.DISAGREEMENT));
  }

  /** One analysis: draws, ranks, tallies and sensitivity indices. */
  @Benchmark
  public RankUncertainty.Result analyse() {
    return analysis.analyse(instrument, assessments, List.of());
  }

  /**
   * A study of {@code cities} cities with two assessors each: the first answers PRESENT with a city-specific
   * probability (evidence on the portal, or on social media only for one answer in ten), the second copies
   * each answer and changes it with probability {@code disagreement}.
   */
  static List<Assessment> study(Instrument instrument, int cities, double disagreement, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Assessment> out = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      City city = City.of(String.format(java.util.Locale.ROOT, "C%03d", c), "City " + c, c % 2 == 0 ? "BRA" : "ARG");
      double p = 0.15 + 0.8 * rnd.nextDouble();
      List<Response> first = new ArrayList<>();
      List<Response> second = new ArrayList<>();
      for (Indicator ind : instrument.indicators()) {
        Response a = answer(ind.code(), rnd.nextDouble() < p, rnd.nextDouble() < 0.1);
        first.add(a);
        second.add(rnd.nextDouble() < disagreement ? answer(ind.code(), a.answer() != Answer.PRESENT, false) : a);
      }
      out.add(Assessment.builder().city(city).instrumentId(instrument.id()).assessorId("a").responses(first).build());
      out.add(Assessment.builder().city(city).instrumentId(instrument.id()).assessorId("b").responses(second).build());
    }
    return out;
  }

  private static Response answer(String code, boolean present, boolean offPortal) {
    return present ? Response.of(code, Answer.PRESENT, Evidence.on(offPortal ? Channel.SOCIAL_MEDIA : Channel.MGP))
        : Response.of(code, Answer.ABSENT);
  }

  /**
   * A quick timing outside JMH, for profiling (not a measurement): {@code java -cp
   * losi-bench/target/benchmarks.jar dev.losi.bench.UncertaintyBenchmark [disagreement|all] [runs]}.
   */
  public static void main(String[] args) {
    UncertaintyBenchmark b = new UncertaintyBenchmark();
    b.sources = args.length > 0 ? args[0] : "disagreement";
    b.setUp();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      RankUncertainty.Result res = b.analyse();
      System.out.printf(java.util.Locale.ROOT, "%s: %.0f ms (%d model runs, %d disputed answers)%n", b.sources,
          (System.nanoTime() - t0) / 1e6, res.modelRuns(), res.disputedItems());
    }
  }
}
