package dev.losi.core.plan;

import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClass;
import dev.losi.core.level.RatingClassifier;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes improvement plans: for each city, the fewest and cheapest changes that lift its LOSI to a target
 * level, in the order to make them, in phases, with the projected score after each phase.
 *
 * <h2>Where a city stands</h2>
 * The city is scored with the {@link Scorer} given (its instrument, adjustments and missing-answer policy;
 * any problem of the assessment is thrown as the scorer throws it). The plan works on the adjusted LOSI
 * when at least one adjustment applies to the city, else on the standard LOSI. Weights (the instrument's
 * and those of REWEIGHT adjustments) are taken as the shortest decimals of their doubles
 * ({@link BigDecimal#valueOf(double)}) and scaled by {@code 10^s} to whole numbers, {@code s} being the
 * most decimal places any of them has: every sum and comparison below is exact.
 *
 * <h2>Points needed</h2>
 * With {@code t} the target level's lower bound (0.75, 0.50 or 0.25, see {@link Level}), {@code M} the
 * maximum and {@code P} the points today: {@code points needed = ceil(t × M) − P}, the ceiling taken on the
 * grid {@code 10^-s} of the weights (with whole weights, the ordinary ceiling: 72 − P for VERY_HIGH out of
 * 95), and 0 when {@code P / M} is at the target already. Then {@code P + points needed} is the least
 * score on that grid whose level, decided exactly by {@link Level#of(long, long)}, is the target.
 *
 * <h2>Candidates</h2>
 * The indicators in the score's denominator that do not count today, each with a {@link Gap}: answered
 * absent; not assessed (only under a policy that counts them as absent); channel downgrades (MGP-specific,
 * found only on channels no adjustment accepts; the fix is a link from the municipal portal); not
 * applicable without an EXCLUDE_INDICATOR adjustment backing it. Excluded indicators are never candidates.
 *
 * <h2>Cost model</h2>
 * Each candidate has an {@link Effort}: the effort table's class when it names the indicator; otherwise
 * {@link Effort#EASY} for a channel downgrade (adding a link is usually the cheapest change there is) and
 * {@link Effort#UNCLASSIFIED} for any other gap. The chosen set is the least, among all sets of candidates
 * whose points reach the points needed, in this order of comparison:
 * <ol>
 *   <li>fewest changes (the smallest set; with unit weights simply the points needed);</li>
 *   <li>then fewest {@link Effort#UNCLASSIFIED} changes, then fewest {@link Effort#HARD}, then fewest
 *       {@link Effort#MODERATE} changes;</li>
 *   <li>then, among sets still equal, the one that comes first in plan order (below): the first
 *       candidate in plan order that some least set holds is taken, and so on.</li>
 * </ol>
 * This is a 0/1 covering knapsack, solved exactly by dynamic programming on the scaled points, with each
 * change costing {@code B^3 + [unclassified] B^2 + [hard] B + [moderate]}, {@code B} one more than the
 * number of candidates, so the sum of costs compares exactly as the list above. When even all candidates
 * fall short, the plan is marked not {@link Plan#reachable() reachable} and holds every candidate.
 *
 * <h2>Order</h2>
 * Steps are ordered by: effort class (easy, moderate, hard, unclassified); then peer uptake, highest
 * first, unknown last; then weakest criterion first (the lowest sub-index of the indicator's criterion
 * today, compared as exact fractions; ties by the criterion's position in the instrument); then the
 * indicator's position in the instrument. Peer uptake is the supplied {@link UptakeTable}'s share when one
 * is given, else the share of the other cities planned together (every other city, or those of the same
 * country, see {@link PeerGroup}) for which the indicator counts, by the same rules as above; it is unknown
 * for a plan of one assessment on its own.
 *
 * <h2>Phases</h2>
 * A step's {@link Phase} follows from its effort: quick fixes (easy), moderate, hard, unclassified. Each
 * phase's projection counts its steps and those of every earlier phase.
 *
 * <p>A planner is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Planner {

  /**
   * Which other cities the peer uptake is computed over.
   *
   * @since 0.1.0
   */
  public enum PeerGroup {
    /** Every other city planned together (the default). */
    ALL,
    /** The other cities of the same country planned together. */
    COUNTRY
  }

  private final Scorer scorer;
  private final EffortTable efforts;
  private final Optional<UptakeTable> uptake;
  private final PeerGroup peers;
  private final Optional<Level> target;

  private Planner(Scorer scorer, EffortTable efforts, Optional<UptakeTable> uptake, PeerGroup peers,
      Optional<Level> target) {
    this.scorer = scorer;
    this.efforts = efforts;
    this.uptake = uptake;
    this.peers = peers;
    this.target = target;
  }

  /**
   * A planner scoring with the given scorer, an empty effort table, peer uptake over all cities and the next level up as target.
   *
   * @param scorer the scorer (instrument, adjustments, missing-answer policy) that scores today and the projections
   * @return the planner
   */
  public static Planner of(Scorer scorer) {
    return new Planner(java.util.Objects.requireNonNull(scorer), EffortTable.empty(), Optional.empty(),
        PeerGroup.ALL, Optional.empty());
  }

  /**
   * A planner like this one with the given effort table.
   *
   * @param table the effort class of each indicator; an indicator not in it is unclassified
   * @return a copy of this planner with that table
   * @throws LosiValidationException naming every indicator of the table the instrument lacks
   */
  public Planner withEfforts(EffortTable table) {
    ProblemCollector problems = new ProblemCollector();
    for (EffortTable.Entry e : table.entries()) {
      if (!scorer.instrument().hasIndicator(e.indicator())) {
        problems.add(Problem.builder().indicator(e.indicator()).field("effort")
            .message("is not an indicator of instrument \"" + scorer.instrument().id() + "\"").build());
      }
    }
    problems.throwIfAny();
    return new Planner(scorer, table, uptake, peers, target);
  }

  /**
   * A planner like this one using the supplied uptake instead of the uptake among the cities planned.
   *
   * @param table the share of cities having each indicator
   * @return a copy of this planner with that uptake
   */
  public Planner withUptake(UptakeTable table) {
    return new Planner(scorer, efforts, Optional.of(table), peers, target);
  }

  /**
   * A planner like this one computing peer uptake over the given group (ignored with an uptake table).
   *
   * @param group the cities peer uptake is computed over
   * @return a copy of this planner with that peer group
   */
  public Planner withPeerGroup(PeerGroup group) {
    return new Planner(scorer, efforts, uptake, java.util.Objects.requireNonNull(group), target);
  }

  /**
   * A planner like this one aiming at the given level for every city; by default each city aims at the
   * level above its own (a very high city stays at very high, with an empty plan).
   *
   * @param level the target level
   * @return a copy of this planner with that target
   */
  public Planner withTarget(Level level) {
    return new Planner(scorer, efforts, uptake, peers, Optional.of(level));
  }

  /**
   * The plan of one assessment on its own: peer uptake comes only from a supplied table, and there is no
   * rating class.
   *
   * @param assessment one assessment
   * @return the plan
   * @throws LosiValidationException listing every problem the scorer finds in the assessment
   */
  public Plan plan(Assessment assessment) {
    CityBasis basis = new CityBasis(scorer.instrument(), assessment, scorer.score(assessment));
    return plan(basis, List.of(), Optional.empty());
  }

  /**
   * The plans of many cities, in the order given, with peer uptake and rating classes computed among them
   * (rating classes by {@link RatingClassifier} over the cities' scores today).
   *
   * @param assessments one consolidated assessment per city
   * @return one plan per assessment, in the order given
   * @throws LosiValidationException listing every problem: a city with more than one assessment, and
   *     every problem the scorer finds
   */
  public List<Plan> planAll(Collection<Assessment> assessments) {
    ProblemCollector problems = new ProblemCollector();
    Map<String, List<String>> assessors = new TreeMap<>();
    for (Assessment a : assessments) {
      assessors.computeIfAbsent(a.city().id(), k -> new ArrayList<>()).add(a.assessorId());
    }
    assessors.forEach((city, ids) -> {
      if (ids.size() > 1) {
        problems.add(Problem.builder().city(city).message("has " + ids.size() + " assessments (assessors "
            + String.join(", ", ids) + "); a plan needs one consolidated assessment per city").build());
      }
    });
    problems.throwIfAny();
    List<CityScore> scores = scorer.scoreAll(assessments);
    List<CityBasis> bases = new ArrayList<>();
    int k = 0;
    for (Assessment a : assessments) {
      bases.add(new CityBasis(scorer.instrument(), a, scores.get(k++)));
    }
    double[] values = new double[bases.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = bases.get(i).standing(bases.get(i).points).score();
    }
    List<RatingClassifier.Classification> classes = RatingClassifier.classify(values);
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      CityBasis b = bases.get(i);
      List<CityBasis> group = new ArrayList<>();
      for (CityBasis other : bases) {
        if (!other.assessment.city().id().equals(b.assessment.city().id())
            && (peers == PeerGroup.ALL || other.assessment.city().country().equals(b.assessment.city().country()))) {
          group.add(other);
        }
      }
      plans.add(plan(b, group, Optional.of(classes.get(i).ratingClass())));
    }
    return List.copyOf(plans);
  }

  private Plan plan(CityBasis b, List<CityBasis> group, Optional<RatingClass> ratingClass) {
    Instrument ins = scorer.instrument();
    Standing current = b.standing(b.points);
    Level goal = target.orElse(current.level() == Level.VERY_HIGH ? Level.VERY_HIGH
        : Level.values()[current.level().ordinal() - 1]);
    long quarters = switch (goal) {
      case VERY_HIGH -> 3;
      case HIGH -> 2;
      case MIDDLE -> 1;
      case LOW -> 0;
    };
    long need = Math.max(0, (Math.addExact(Math.multiplyExact(quarters, b.maximum), 3)) / 4 - b.points);
    if (need == 0) {
      return new Plan(b.assessment.city(), b.assessment.assessorId(), b.adjusted, current, ratingClass, goal,
          BigDecimal.ZERO, true, List.of(), List.of(), current);
    }
    List<Candidate> candidates = new ArrayList<>();
    List<Indicator> indicators = ins.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      if (b.gap[i] != null) {
        candidates.add(candidate(b, i, indicators.get(i), group));
      }
    }
    candidates.sort(ORDER);
    int n = candidates.size();
    if (n >= 50_000) {
      throw new IllegalArgumentException("too many candidate changes for an exact plan: " + n);
    }
    long base = n + 1L;
    long[] gain = new long[n];
    long[] cost = new long[n];
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      gain[i] = b.weight[c.index];
      cost[i] = base * base * base + switch (c.effort) {
        case UNCLASSIFIED -> base * base;
        case HARD -> base;
        case MODERATE -> 1;
        case EASY -> 0;
      };
    }
    boolean[] chosen = CoverSolver.solve(gain, cost, need);
    boolean reachable = chosen != null;
    List<PlanStep> steps = new ArrayList<>();
    Map<Phase, List<String>> byPhase = new LinkedHashMap<>();
    Map<Phase, Long> pointsAfter = new LinkedHashMap<>();
    long points = b.points;
    for (int i = 0; i < n; i++) {
      if (chosen == null || chosen[i]) {
        Candidate c = candidates.get(i);
        Indicator ind = indicators.get(c.index);
        Phase phase = c.effort.phase();
        steps.add(new PlanStep(ind.code(), ind.criterion(), b.gap[c.index], c.effort, c.note, phase,
            b.exact(b.weight[c.index]), c.uptake));
        byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(ind.code());
        points += b.weight[c.index];
        pointsAfter.put(phase, points);
      }
    }
    List<PhaseProjection> phases = new ArrayList<>();
    byPhase.forEach((phase, codes) -> phases.add(new PhaseProjection(phase, codes, b.standing(pointsAfter.get(phase)))));
    return new Plan(b.assessment.city(), b.assessment.assessorId(), b.adjusted, current, ratingClass, goal,
        b.exact(need), reachable, steps, phases, b.standing(points));
  }

  private Candidate candidate(CityBasis b, int i, Indicator ind, List<CityBasis> group) {
    Optional<EffortTable.Entry> entry = efforts.entry(ind.code());
    Effort effort = entry.map(EffortTable.Entry::effort)
        .orElse(b.gap[i] == Gap.CHANNEL_DOWNGRADE ? Effort.EASY : Effort.UNCLASSIFIED);
    Optional<BigDecimal> share;
    if (uptake.isPresent()) {
      share = uptake.get().share(ind.code());
    } else if (group.isEmpty()) {
      share = Optional.empty();
    } else {
      int having = 0;
      for (CityBasis other : group) {
        if (other.counts[i]) {
          having++;
        }
      }
      share = Optional.of(BigDecimal.valueOf(having).divide(BigDecimal.valueOf(group.size()), MathContext.DECIMAL64)
          .stripTrailingZeros());
      if (share.get().scale() < 0) {
        share = Optional.of(share.get().setScale(0));
      }
    }
    int crit = CityBasis.criterionIndex(scorer.instrument(), ind.criterion());
    return new Candidate(i, effort, entry.flatMap(EffortTable.Entry::note), share, crit,
        b.criterionPoints[crit], b.criterionMaximum[crit]);
  }

  /** A change that could be made, with what the order needs to know about it. */
  private record Candidate(int index, Effort effort, Optional<String> note, Optional<BigDecimal> uptake,
      int criterion, long criterionPoints, long criterionMaximum) {}

  private static final Comparator<Candidate> ORDER = Comparator
      .comparing(Candidate::effort)
      .thenComparing(Candidate::uptake, (x, y) -> x.isPresent() && y.isPresent() ? y.get().compareTo(x.get())
          : Boolean.compare(y.isPresent(), x.isPresent()))
      .thenComparing((x, y) -> BigInteger.valueOf(x.criterionPoints).multiply(BigInteger.valueOf(y.criterionMaximum))
          .compareTo(BigInteger.valueOf(y.criterionPoints).multiply(BigInteger.valueOf(x.criterionMaximum))))
      .thenComparingInt(Candidate::criterion)
      .thenComparingInt(Candidate::index);
}
