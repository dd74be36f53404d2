package dev.losi.stats.uncertainty;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.Estimate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rank and level uncertainty of the cities of a LOSI study, with variance-based sensitivity per source.
 * Options live on this immutable object; {@link #analyse} returns a {@link Result}.
 *
 * <h2>Model</h2>
 * The point score of a city is the mean of its assessors' LOSI (standard, or adjusted when adjustments are
 * given) with the instrument as published; its point rank is the competition rank ("1224") of the point
 * scores, highest first, and its point level the {@link Level} of the point score. Each draw varies the
 * {@link #sources() sources} switched on, each as documented on {@link Source}, scores every city
 * ({@code points / maximum}, one division, so level boundaries are exact for whole weights) and ranks them.
 *
 * <h2>Monte Carlo</h2>
 * N = {@link #draws()} draws. Draw j of source s uses its own Commons RNG stream seeded from
 * {@code (seed, j, s)} by a SplitMix64 mix, so the result depends only on the options and the inputs, never
 * on the number of threads. Probabilities are shares of the N draws (standard error
 * {@code sqrt(p (1 - p) / N)}); the median rank and the 90% rank interval are the 0.5, 0.05 and 0.95
 * quantiles of the draws' ranks (smallest rank whose cumulative share reaches q).
 *
 * <h2>Sensitivity</h2>
 * With sensitivity on and k sources on, each draw is row j of the A matrix of a Saltelli design; the B and
 * A_B(i) rows are drawn too, where a "factor" is a whole source (all its random numbers in that draw), and
 * the first-order (Saltelli 2010) and total (Jansen 1999) indices of each city's rank are estimated per
 * source: {@code N (k + 2)} model runs in all, stated as {@link Result#modelRuns()}. Indices are undefined
 * for a city whose rank never changes.
 *
 * <h2>Exact enumeration</h2>
 * With {@link #exact()} on, every combination of the discrete sources is scored once with its probability
 * (each disputed answer's choices, each denominator, each reconstructed call flipped or not, each weight
 * scenario, adjustments on or off), giving the exact distributions. Refused when the combination count
 * exceeds {@link #exactLimit()} or when {@link WeightScheme#DIRICHLET} weights are on (continuous).
 * Sensitivity indices are not computed in exact mode.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * RankUncertainty.Result r = RankUncertainty.defaults()
 *     .withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR))
 *     .withDenominators(List.of(95.0, 96.0))
 *     .withDraws(10_000).withSeed(42)
 *     .analyse(instrument, assessments, List.of());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Reference for the approach: OECD/JRC (2008), <em>Handbook on Constructing
 * Composite Indicators</em>, step 7 (uncertainty and sensitivity analysis).
 *
 * @since 0.1.0
 */
public final class RankUncertainty {

  /** The coverage of the rank interval: 0.90 (the 0.05 and 0.95 quantiles). */
  public static final double INTERVAL = 0.90;
  /** Cities whose level changes with probability above this are listed in {@link Result#levelChanges()}. */
  public static final double LEVEL_CHANGE_THRESHOLD = 0.10;
  /** The default cap on exact combinations. */
  public static final long DEFAULT_EXACT_LIMIT = 1L << 17;

  /** The option values; never modified once a {@code RankUncertainty} holds them. */
  static final class Settings implements Cloneable {
    int draws = 1000;
    long seed;
    Set<Source> sources = Set.of();
    List<Double> denominators = List.of();
    List<ReviewerProbability> reviewerProbabilities = List.of();
    Optional<List<ReconstructedCall>> reconstructedCalls = Optional.empty();
    double flipProbability = 0.5;
    WeightScheme weightScheme = WeightScheme.DIRICHLET;
    double concentration = 50;
    int topK = 10;
    boolean exact;
    long exactLimit = DEFAULT_EXACT_LIMIT;
    boolean sensitivity = true;
    int threads = Runtime.getRuntime().availableProcessors();
    MissingAnswerPolicy missingAnswers = MissingAnswerPolicy.REJECT;

    @Override
    protected Settings clone() {
      try {
        return (Settings) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  final Settings s;

  private RankUncertainty(Settings settings) {
    this.s = settings;
  }

  private RankUncertainty with(java.util.function.Consumer<Settings> change) {
    Settings copy = s.clone();
    change.accept(copy);
    return new RankUncertainty(copy);
  }

  /**
   * {@return the defaults: 1000 draws, seed 0, no source on, no denominator scenarios, no reviewer probabilities,
   * the instrument's low-confidence reconstructed calls with flip probability 1/2, Dirichlet weights with
   * concentration 50, top 10, Monte Carlo, exact limit 2^17, sensitivity on, one thread per available
   * processor, incomplete assessments refused}
   */
  public static RankUncertainty defaults() {
    return new RankUncertainty(new Settings());
  }

  /**
   * {@return With N Monte Carlo draws, at least 2}
   *
   * @param draws the number of draws N, at least 2
   */
  public RankUncertainty withDraws(int draws) {
    atLeast(2, draws, "draws");
    return with(x -> x.draws = draws);
  }

  /**
   * {@return With another master seed}
   *
   * @param seed the master seed; the same seed and inputs give the same result
   */
  public RankUncertainty withSeed(long seed) {
    return with(x -> x.seed = seed);
  }

  /**
   * {@return With these sources on (the others off)}
   *
   * @param sources the sources to vary
   */
  public RankUncertainty withSources(Collection<Source> sources) {
    Set<Source> set = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    return with(x -> x.sources = set);
  }

  /**
   * With these denominator scenarios for {@link Source#DENOMINATOR}, each finite, &gt; 0, distinct and not
   * below the instrument's sum of weights (checked by {@link #analyse}).
   *
   * @param denominators the denominator scenarios, each equally likely
   * @return these options with those scenarios
   */
  public RankUncertainty withDenominators(List<Double> denominators) {
    List<Double> list = List.copyOf(denominators);
    return with(x -> x.denominators = list);
  }

  /**
   * {@return With a reviewer-probability table for {@link Source#DISAGREEMENT}; entries must name disputed items}
   *
   * @param table per disputed (city, indicator) the probability that it is present
   */
  public RankUncertainty withReviewerProbabilities(List<ReviewerProbability> table) {
    List<ReviewerProbability> list = List.copyOf(table);
    return with(x -> x.reviewerProbabilities = list);
  }

  /**
   * {@return With these reconstructed calls instead of the instrument's low-confidence ones}
   *
   * @param calls the reconstructed calls to vary
   */
  public RankUncertainty withReconstructedCalls(List<ReconstructedCall> calls) {
    Optional<List<ReconstructedCall>> list = Optional.of(List.copyOf(calls));
    return with(x -> x.reconstructedCalls = list);
  }

  /**
   * {@return With this flip probability, in [0, 1], for the instrument's low-confidence calls (not for calls given)}
   *
   * @param p the probability that a draw flips a low-confidence call, in [0, 1]
   */
  public RankUncertainty withFlipProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("flip probability must be in [0, 1], got " + p);
    }
    return with(x -> x.flipProbability = p);
  }

  /**
   * {@return With this weight scheme and Dirichlet concentration kappa (finite, &gt; 0; used by DIRICHLET only)}
   *
   * @param scheme how weights are drawn
   * @param concentration the Dirichlet concentration kappa, finite and {@code > 0}
   */
  public RankUncertainty withWeights(WeightScheme scheme, double concentration) {
    Objects.requireNonNull(scheme, "scheme");
    if (!(concentration > 0) || Double.isInfinite(concentration)) {
      throw new IllegalArgumentException("concentration must be a finite number > 0, got " + concentration);
    }
    return with(x -> {
      x.weightScheme = scheme;
      x.concentration = concentration;
    });
  }

  /**
   * {@return With k for the probability of being in the top k (rank at most k), at least 1}
   *
   * @param k at least 1
   */
  public RankUncertainty withTopK(int k) {
    atLeast(1, k, "top k");
    return with(x -> x.topK = k);
  }

  /**
   * {@return With exact enumeration on or off}
   *
   * @param exact true to enumerate every combination with its probability instead of drawing
   */
  public RankUncertainty withExact(boolean exact) {
    return with(x -> x.exact = exact);
  }

  /**
   * {@return With another cap on the number of exact combinations, from 1 to 2^24}
   *
   * @param limit the cap, from 1 to 2^24
   */
  public RankUncertainty withExactLimit(long limit) {
    if (limit < 1 || limit > (1L << 24)) {
      throw new IllegalArgumentException("exact limit must be from 1 to 2^24, got " + limit);
    }
    return with(x -> x.exactLimit = limit);
  }

  /**
   * {@return With sensitivity indices on or off (off: N model runs instead of N (k + 2))}
   *
   * @param on true for first-order and total indices per source
   */
  public RankUncertainty withSensitivity(boolean on) {
    return with(x -> x.sensitivity = on);
  }

  /**
   * {@return With this many worker threads, at least 1; results do not depend on it}
   *
   * @param threads the number of threads, at least 1
   */
  public RankUncertainty withThreads(int threads) {
    atLeast(1, threads, "threads");
    return with(x -> x.threads = threads);
  }

  /**
   * {@return With another policy for unassessed indicators (as {@code Scorer})}
   *
   * @param policy how an indicator without an answer is treated
   */
  public RankUncertainty withMissingAnswers(MissingAnswerPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return with(x -> x.missingAnswers = policy);
  }

  /** Refuses a count below its least value, naming it: {@code "<what> must be at least <min>, got <value>"}. */
  private static void atLeast(int min, int value, String what) {
    if (value < min) {
      throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
    }
  }

  /** {@return the number of Monte Carlo draws N} */
  public int draws() {
    return s.draws;
  }

  /** {@return the master seed} */
  public long seed() {
    return s.seed;
  }

  /** {@return the sources on} */
  public Set<Source> sources() {
    return s.sources;
  }

  /** {@return whether exact enumeration is on} */
  public boolean exact() {
    return s.exact;
  }

  /** {@return the cap on exact combinations} */
  public long exactLimit() {
    return s.exactLimit;
  }

  /**
   * Analyses a study: every assessment (one per city and assessor) of one instrument, with optional country
   * adjustments.
   *
   * @param instrument the instrument of the assessments
   * @param assessments one assessment per city and assessor
   * @param adjustments country adjustments; empty for none
   * @return the rank and level distributions per city, and the sensitivity indices when on
   * @throws dev.losi.core.LosiValidationException listing every problem of the inputs or options at once
   *     (invalid assessments or adjustments, a source that cannot apply, exact mode refused and why)
   */
  public Result analyse(Instrument instrument, List<Assessment> assessments, List<CountryAdjustment> adjustments) {
    return new Engine(this, instrument, assessments, adjustments).run();
  }

  /**
   * The result of an analysis.
   *
   * @param draws N (Monte Carlo draws; 0 in exact mode)
   * @param seed the master seed
   * @param exact whether the distributions are exact
   * @param combinations the number of combinations enumerated (exact mode), else 0
   * @param modelRuns the number of times every city was scored: N, N (k + 2) with sensitivity, or the
   *     number of combinations
   * @param sources the sources on, in {@link Source} order
   * @param disputedItems the number of disputed (city, indicator) answers in the study
   * @param topK the k of {@link CityUncertainty#topProbability()}
   * @param cities one entry per city, in point-rank order then city id
   * @param spearman the distribution over draws of Spearman's rho between the point scores and the draw's
   *     scores
   * @param levelChanges the cities whose level changes with probability above 10%, most likely first
   * @since 0.1.0
   */
  public record Result(int draws, long seed, boolean exact, long combinations, long modelRuns, List<Source> sources,
      int disputedItems, int topK, List<CityUncertainty> cities, Distribution spearman,
      List<CityUncertainty> levelChanges) {

    /**
     * Copies the lists.
     *
     * @param draws the number of Monte Carlo draws N, 0 in exact mode
     * @param seed the master seed
     * @param exact whether the distributions are exact
     * @param combinations the number of combinations enumerated
     * @param modelRuns the number of times every city was scored
     * @param sources the sources on, in {@link Source} order
     * @param disputedItems how many (city, indicator) answers are disputed
     * @param topK the k of {@link CityUncertainty#topProbability()}
     * @param cities one entry per city, in point-rank order then city id
     * @param spearman the distribution over draws of Spearman's rho between the point scores and the draw's scores
     * @param levelChanges the cities whose level changes with probability above 10%, most likely first
     */
    public Result {
      sources = List.copyOf(sources);
      cities = List.copyOf(cities);
      levelChanges = List.copyOf(levelChanges);
    }
  }

  /**
   * The uncertainty of one city.
   *
   * @param city the city
   * @param assessors its number of assessors
   * @param pointScore the point LOSI (mean over assessors)
   * @param pointLevel the level of the point LOSI
   * @param pointRank the competition rank of the point LOSI, 1 = best
   * @param meanRank the expected rank over the draws
   * @param medianRank the median rank
   * @param rankLow the 0.05 quantile of the rank (lower end of the 90% interval)
   * @param rankHigh the 0.95 quantile of the rank (upper end of the 90% interval)
   * @param levelProbabilities P(level) for every level, in {@link Level} order, summing to 1
   * @param topProbability P(rank &lt;= k)
   * @param levelChangeProbability P(level differs from the point level)
   * @param firstOrder first-order sensitivity index of the rank per source on (empty in exact mode or
   *     without sensitivity)
   * @param total total sensitivity index of the rank per source on (as firstOrder)
   * @since 0.1.0
   */
  public record CityUncertainty(City city, int assessors, double pointScore, Level pointLevel, int pointRank,
      double meanRank, int medianRank, int rankLow, int rankHigh, Map<Level, Double> levelProbabilities,
      double topProbability, double levelChangeProbability, Map<Source, Estimate> firstOrder,
      Map<Source, Estimate> total) {

    /**
     * Copies the maps (keeping enum order).
     *
     * @param city the city
     * @param assessors its number of assessors
     * @param pointScore the point LOSI
     * @param pointLevel the level of the point LOSI
     * @param pointRank the competition rank of the point LOSI, 1 = best
     * @param meanRank the expected rank over the draws
     * @param medianRank the median rank
     * @param rankLow the 0.05 quantile of the rank
     * @param rankHigh the 0.95 quantile of the rank
     * @param levelProbabilities P(level) for every level, in {@link Level} order, summing to 1
     * @param topProbability P(rank {@code <=} k), in [0, 1]
     * @param levelChangeProbability P(level differs from the point level)
     * @param firstOrder first-order sensitivity index of the rank per source on
     * @param total total sensitivity index of the rank per source on
     */
    public CityUncertainty {
      levelProbabilities = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(levelProbabilities));
      firstOrder = firstOrder.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(firstOrder));
      total = total.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(total));
    }
  }

  /**
   * A summary of a distribution over draws (weighted by probability in exact mode). Quantiles are the
   * smallest value whose cumulative share reaches q. Empty ({@code defined == 0}) when no draw defined it.
   *
   * @param defined the number of draws (or combinations) where the statistic was defined
   * @param undefined the number where it was undefined (for Spearman: a draw where every city scores the same)
   * @param mean the mean, NaN when none defined
   * @param p05 the 0.05 quantile
   * @param median the 0.5 quantile
   * @param p95 the 0.95 quantile
   * @param min the smallest value
   * @param max the largest value
   * @since 0.1.0
   */
  public record Distribution(long defined, long undefined, double mean, double p05, double median, double p95,
      double min, double max) {}
}
