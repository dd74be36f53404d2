package dev.losi.stats.uncertainty;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.stats.Estimate;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.sensitivity.VarianceBasedSensitivity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** Runs one analysis of {@link RankUncertainty}: checks, point scores, draws or enumeration, tallies. */
final class Engine {

  private static final int CHUNK = 128;

  private final RankUncertainty o;
  private final CompiledStudy study;
  private final Source[] active;
  private final Sampler sampler;
  private final double[] denominators;
  private final double[] pointScore;
  private final int[] pointRank;
  private final Level[] pointLevel;
  private final int cities;
  // Exact enumeration: one digit per discrete choice.
  private Source[] digitSource;
  private int[] digitIndex;
  private double[][] digitProbability;
  private long combinations;

  Engine(RankUncertainty options, Instrument instrument, List<Assessment> assessments,
      List<CountryAdjustment> adjustments) {
    this.o = options;
    List<ReconstructedCall> calls = options.s.reconstructedCalls
        .orElseGet(() -> ReconstructedCall.lowConfidence(instrument, options.s.flipProbability));
    this.study = new CompiledStudy(instrument, assessments, adjustments, options.s.missingAnswers,
        options.s.reviewerProbabilities, calls);
    this.active = Arrays.stream(Source.values()).filter(options.s.sources::contains).toArray(Source[]::new);
    this.denominators = options.s.denominators.stream().mapToDouble(Double::doubleValue).toArray();
    this.cities = study.cityCount;
    checkOptions(adjustments);
    this.sampler = new Sampler(study, active, denominators, options.s.weightScheme, options.s.concentration);
    this.pointScore = new double[cities];
    new PackedDrawScoring(study).score(new Draw(study), pointScore);
    this.pointRank = new int[cities];
    Tally.rank(pointScore, new double[cities], pointRank);
    this.pointLevel = new Level[cities];
    for (int c = 0; c < cities; c++) {
      pointLevel[c] = Level.of(pointScore[c]);
    }
  }

  private void checkOptions(List<CountryAdjustment> adjustments) {
    ProblemCollector problems = new ProblemCollector();
    if (cities == 0) {
      problems.add(Problem.builder().field("assessments").message("holds no assessment; nothing to analyse").build());
    }
    if (o.s.sources.contains(Source.DENOMINATOR)) {
      if (denominators.length < 2) {
        problems.add(Problem.builder().field("denominators").value(o.s.denominators.toString())
            .message("varying the denominator needs at least two denominator scenarios, for example 95 and 96").build());
      }
      HashSet<Double> seen = new HashSet<>();
      for (double d : denominators) {
        if (!(d >= study.totalWeight) || Double.isInfinite(d) || !seen.add(d)) {
          problems.add(Problem.builder().field("denominators").value(NumberText.shortest(d))
              .message("each denominator must be finite, given once and not below the instrument's sum of weights "
                  + NumberText.shortest(study.totalWeight)).build());
        }
      }
    } else if (denominators.length > 0) {
      problems.add(Problem.builder().field("denominators").value(o.s.denominators.toString())
          .message("are given but the denominator is not varied; vary it or leave the scenarios out").build());
    }
    if (o.s.sources.contains(Source.ADJUSTMENTS) && adjustments.isEmpty()) {
      problems.add(Problem.builder().field("adjustments")
          .message("varying adjustments needs adjustments to apply or not; none were given").build());
    }
    if (o.s.sources.contains(Source.RECONSTRUCTED) && study.calls.isEmpty()) {
      problems.add(Problem.builder().field("reconstructed")
          .message("the instrument \"" + study.instrument.id() + "\" marks no low-confidence reconstructed field;"
              + " give the calls to flip").build());
    }
    if (!o.s.sources.contains(Source.DISAGREEMENT) && !o.s.reviewerProbabilities.isEmpty()) {
      problems.add(Problem.builder().field("reviewer probabilities")
          .message("are given but assessor disagreement is not varied; vary it or leave the table out").build());
    }
    if (o.s.exact) {
      if (o.s.sources.contains(Source.WEIGHTS) && o.s.weightScheme == WeightScheme.DIRICHLET) {
        problems.add(Problem.builder().field("exact").message("exact enumeration cannot cover Dirichlet weights,"
            + " which are continuous; use the equal-criteria weight scenario or Monte Carlo draws").build());
      } else {
        buildDigits();
        if (combinations > o.s.exactLimit) {
          problems.add(Problem.builder().field("exact").message("exact enumeration would score "
              + (combinations == Long.MAX_VALUE ? "more than 2^63" : Long.toString(combinations))
              + " combinations (" + study.disputedItems() + " disputed answers, " + describeDigits()
              + "), more than the limit of " + o.s.exactLimit + "; use Monte Carlo draws or vary fewer sources").build());
        }
      }
    }
    problems.throwIfAny();
  }

  private void buildDigits() {
    List<Source> src = new ArrayList<>();
    List<Integer> idx = new ArrayList<>();
    List<double[]> prob = new ArrayList<>();
    for (Source s : active) {
      switch (s) {
        case DISAGREEMENT -> {
          for (int item = 0; item < study.disputedItems(); item++) {
            double[] cum = study.itemCumulative[item];
            double[] p = new double[cum.length];
            for (int a = 0; a < p.length; a++) {
              p[a] = cum[a] - (a == 0 ? 0 : cum[a - 1]);
            }
            src.add(s);
            idx.add(item);
            prob.add(p);
          }
        }
        case DENOMINATOR -> {
          double[] p = new double[denominators.length];
          Arrays.fill(p, 1.0 / p.length);
          src.add(s);
          idx.add(0);
          prob.add(p);
        }
        case RECONSTRUCTED -> {
          for (int k = 0; k < study.callProbability.length; k++) {
            src.add(s);
            idx.add(k);
            prob.add(new double[] {1 - study.callProbability[k], study.callProbability[k]});
          }
        }
        case WEIGHTS, ADJUSTMENTS -> {
          src.add(s);
          idx.add(0);
          prob.add(new double[] {0.5, 0.5});
        }
      }
    }
    digitSource = src.toArray(new Source[0]);
    digitIndex = idx.stream().mapToInt(Integer::intValue).toArray();
    digitProbability = prob.toArray(new double[0][]);
    long n = 1;
    for (double[] p : digitProbability) {
      n = n > Long.MAX_VALUE / p.length ? Long.MAX_VALUE : n * p.length;
    }
    combinations = n;
  }

  private String describeDigits() {
    List<String> parts = new ArrayList<>();
    for (Source s : active) {
      switch (s) {
        case DISAGREEMENT -> { }
        case DENOMINATOR -> parts.add(denominators.length + " denominators");
        case RECONSTRUCTED -> parts.add(study.calls.size() + " reconstructed calls flipped or not");
        case WEIGHTS -> parts.add("2 weight scenarios");
        case ADJUSTMENTS -> parts.add("adjustments on or off");
      }
    }
    return parts.isEmpty() ? "no other source" : String.join(", ", parts);
  }

  RankUncertainty.Result run() {
    boolean sensitivity = o.s.sensitivity && !o.s.exact && active.length > 0;
    long rows = o.s.exact ? combinations : o.s.draws;
    int chunks = (int) ((rows + CHUNK - 1) / CHUNK);
    double[] rho = new double[(int) rows];
    double[] rhoWeight = new double[(int) rows];
    List<Tally> parts = parallel(chunks, chunk -> chunk(chunk, rows, sensitivity, rho, rhoWeight));
    Tally total = new Tally(cities, active.length, sensitivity);
    for (Tally t : parts) {
      total.merge(t);
    }
    long runs = o.s.exact ? combinations : sensitivity ? (long) o.s.draws * (active.length + 2) : o.s.draws;
    return Results.of(o, study, active, pointScore, pointRank, pointLevel, total, rho, rhoWeight,
        o.s.exact ? 0 : o.s.draws, o.s.exact ? combinations : 0, runs);
  }

  private interface ChunkTask {
    Tally run(int chunk);
  }

  private List<Tally> parallel(int chunks, ChunkTask task) {
    if (o.s.threads == 1 || chunks == 1) {
      return IntStream.range(0, chunks).mapToObj(task::run).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(o.s.threads);
    try {
      return pool.submit(() -> IntStream.range(0, chunks).parallel().mapToObj(task::run).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private Tally chunk(int chunk, long rows, boolean sensitivity, double[] rho, double[] rhoWeight) {
    int k = active.length;
    Tally t = new Tally(cities, k, sensitivity);
    DrawScoring scoring = new PackedDrawScoring(study);
    Draw draw = new Draw(study);
    double[] score = new double[cities];
    double[] sorted = new double[cities];
    int[] rankA = new int[cities];
    int[] rankB = new int[cities];
    int[][] rankAB = new int[k][cities];
    double[] ab = new double[k];
    double[] scratch = new double[cities];
    long end = Math.min(rows, (long) (chunk + 1) * CHUNK);
    for (int j = chunk * CHUNK; j < end; j++) {
      double w = 1;
      if (o.s.exact) {
        w = decode(j, draw);
      } else {
        sampler.sample(VarianceBasedSensitivity.rowSeeds(o.s.seed, j, k, VarianceBasedSensitivity.BLOCK_A, -1), draw);
      }
      scoring.score(draw, score);
      Tally.rank(score, sorted, rankA);
      t.add(w, rankA, score, pointLevel, o.s.topK);
      Estimate r = Correlation.spearman(pointScore, score);
      rho[j] = r.isDefined() ? r.value() : Double.NaN;
      rhoWeight[j] = w;
      if (sensitivity) {
        sampler.sample(VarianceBasedSensitivity.rowSeeds(o.s.seed, j, k, VarianceBasedSensitivity.BLOCK_B, -1), draw);
        scoring.score(draw, scratch);
        Tally.rank(scratch, sorted, rankB);
        for (int i = 0; i < k; i++) {
          if (k == 1) {
            // With one factor, A_B(1) takes every factor from B: the same streams, so the same ranks as B.
            System.arraycopy(rankB, 0, rankAB[0], 0, cities);
            continue;
          }
          sampler.sample(VarianceBasedSensitivity.rowSeeds(o.s.seed, j, k, VarianceBasedSensitivity.BLOCK_A, i), draw);
          scoring.score(draw, scratch);
          Tally.rank(scratch, sorted, rankAB[i]);
        }
        for (int c = 0; c < cities; c++) {
          for (int i = 0; i < k; i++) {
            ab[i] = rankAB[i][c];
          }
          t.sums[c].add(rankA[c], rankB[c], ab);
        }
      }
    }
    return t;
  }

  /** Sets the draw to combination j (mixed radix, first digit fastest) and returns its probability. */
  private double decode(long j, Draw d) {
    d.reset();
    double w = 1;
    long rest = j;
    for (int g = 0; g < digitSource.length; g++) {
      double[] p = digitProbability[g];
      int v = (int) (rest % p.length);
      rest /= p.length;
      w *= p[v];
      int i = digitIndex[g];
      switch (digitSource[g]) {
        case DISAGREEMENT -> d.choice[i] = v;
        case DENOMINATOR -> d.denominator = denominators[v];
        case RECONSTRUCTED -> d.flipped[i] = v == 1;
        case WEIGHTS -> d.shares = v == 1 ? sampler.equalShares() : null;
        case ADJUSTMENTS -> d.adjustments = v == 0;
      }
    }
    return w;
  }

}
