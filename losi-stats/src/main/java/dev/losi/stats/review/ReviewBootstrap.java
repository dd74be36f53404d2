package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cluster bootstrap over cities for every coefficient of the pooled views of an {@link AssessmentReview}:
 * overall, per criterion and per indicator. Items cluster within cities (one city's assessors answer all its
 * indicators), so the analytic intervals, which treat items as independent, are too narrow; each replicate
 * resamples whole cities with replacement ({@link ClusterBootstrap#runReport}) and recomputes every
 * coefficient on their items. The same replicate draws the same cities in every view, the replicates do not
 * depend on the thread count, and every interval is clipped to the coefficient's range, with a flag.
 *
 * <p>The items are coded as the review codes them ({@link ReviewSettings#coding()}, assessor positions in id
 * order as rater columns) from the same assessments, over the cities the review compared. The per-city views
 * have one cluster each, so they keep their analytic intervals (clipped by the output).
 *
 * <p>Cost: one agreement report per replicate and view, that is {@code B (1 + criteria + indicators)}
 * reports. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReviewBootstrap {

  private final int replicates;
  private final long seed;
  private final Map<Coefficient, ClusterBootstrap.Result> overall;
  private final Map<String, Map<Coefficient, ClusterBootstrap.Result>> byCriterion;
  private final Map<String, Map<Coefficient, ClusterBootstrap.Result>> byIndicator;

  private ReviewBootstrap(int replicates, long seed, Map<Coefficient, ClusterBootstrap.Result> overall,
      Map<String, Map<Coefficient, ClusterBootstrap.Result>> byCriterion,
      Map<String, Map<Coefficient, ClusterBootstrap.Result>> byIndicator) {
    this.replicates = replicates;
    this.seed = seed;
    this.overall = overall;
    this.byCriterion = Collections.unmodifiableMap(byCriterion);
    this.byIndicator = Collections.unmodifiableMap(byIndicator);
  }

  /**
   * Bootstraps the review's pooled views.
   *
   * @param review the review of {@code assessments}
   * @param assessments the assessments the review was made of
   * @param bootstrap replicates, seed, confidence and threads
   * @return the pooled views with cluster-bootstrap intervals over cities
   * @throws IllegalArgumentException when the review compared fewer than 2 cities
   * @throws dev.losi.core.LosiValidationException for the problems the review itself reports
   */
  public static ReviewBootstrap of(AssessmentReview review, List<Assessment> assessments, ClusterBootstrap bootstrap) {
    return of(review, AssessmentAnswers.of(review.instrument(), assessments), bootstrap);
  }

  /**
   * Bootstraps the review's pooled views from the packed assessments it was made of: the bootstrap of
   * {@link #of(AssessmentReview, List, ClusterBootstrap)} of the assessments they hold.
   *
   * @param review the review of {@code assessments}
   * @param assessments the packed assessments the review was made of
   * @param bootstrap replicates, seed, confidence and threads
   * @return the pooled views with cluster-bootstrap intervals over cities
   * @throws IllegalArgumentException when the review compared fewer than 2 cities, or the assessments are of
   *     another instrument than the review's
   * @throws dev.losi.core.LosiValidationException for the problems the review itself reports
   * @since 0.1.0
   */
  public static ReviewBootstrap of(AssessmentReview review, AssessmentAnswers assessments, ClusterBootstrap bootstrap) {
    Instrument ins = review.instrument();
    if (!assessments.instrument().equals(ins)) {
      throw new IllegalArgumentException("the assessments are packed for instrument " + assessments.instrument().id()
          + ", the review is of " + ins.id());
    }
    Set<String> compared = review.byCity().stream().map(c -> c.city().id()).collect(Collectors.toSet());
    if (compared.size() < 2) {
      throw new IllegalArgumentException("a bootstrap over cities needs at least 2 cities with two or more assessors, got "
          + compared.size());
    }
    List<CityAssessments> cities = CityAssessments.group(ins, assessments.headers(), "review").stream()
        .filter(g -> compared.contains(g.city().id())).toList();
    int slots = cities.stream().mapToInt(g -> g.assessments().size()).max().orElse(2);
    AnswerCoding coding = review.settings().coding();
    List<Indicator> indicators = ins.indicators();
    int size = indicators.size();
    // codes[city][indicator][slot]
    int[][][] codes = new int[cities.size()][size][slots];
    for (int c = 0; c < cities.size(); c++) {
      int[] members = cities.get(c).members();
      int[] cc = AssessmentReview.coded(assessments, coding, members);
      for (int i = 0; i < size; i++) {
        for (int s = 0; s < slots; s++) {
          codes[c][i][s] = s < members.length ? cc[s * size + i] : ReliabilityData.MISSING;
        }
      }
    }
    View all = new View();
    Map<String, View> perCriterion = new LinkedHashMap<>();
    ins.criteria().forEach(k -> perCriterion.put(k.code(), new View()));
    Map<String, View> perIndicator = new LinkedHashMap<>();
    for (int i = 0; i < indicators.size(); i++) {
      View own = perIndicator.computeIfAbsent(indicators.get(i).code(), k -> new View());
      View crit = perCriterion.computeIfAbsent(indicators.get(i).criterion(), k -> new View());
      for (int c = 0; c < cities.size(); c++) {
        String city = cities.get(c).city().id();
        all.add(city, codes[c][i]);
        crit.add(city, codes[c][i]);
        own.add(city, codes[c][i]);
      }
    }
    Map<String, Map<Coefficient, ClusterBootstrap.Result>> criteria = new LinkedHashMap<>();
    perCriterion.forEach((k, v) -> criteria.put(k, v.run(coding, bootstrap)));
    Map<String, Map<Coefficient, ClusterBootstrap.Result>> byIndicator = new LinkedHashMap<>();
    perIndicator.forEach((k, v) -> byIndicator.put(k, v.run(coding, bootstrap)));
    return new ReviewBootstrap(bootstrap.replicates(), bootstrap.seed(), all.run(coding, bootstrap), criteria, byIndicator);
  }

  /** The units of one view, with each unit's city. */
  private static final class View {
    final List<int[]> ratings = new ArrayList<>();
    final List<String> cities = new ArrayList<>();

    void add(String city, int[] slotted) {
      ratings.add(slotted);
      cities.add(city);
    }

    Map<Coefficient, ClusterBootstrap.Result> run(AnswerCoding coding, ClusterBootstrap bootstrap) {
      if (ratings.isEmpty()) {
        return Map.of();
      }
      ReliabilityData data = ReliabilityData.of(coding.scale(), ratings.toArray(new int[0][]));
      return bootstrap.runReport(data, cities, MeasurementLevel.NOMINAL);
    }
  }

  /** {@return the number of replicates B} */
  public int replicates() {
    return replicates;
  }

  /** {@return the seed} */
  public long seed() {
    return seed;
  }

  /** {@return every applicable coefficient of the overall view, in report order} */
  public Map<Coefficient, ClusterBootstrap.Result> overall() {
    return overall;
  }

  /** {@return Per criterion code (instrument order), every applicable coefficient; empty for a criterion without items} */
  public Map<String, Map<Coefficient, ClusterBootstrap.Result>> byCriterion() {
    return byCriterion;
  }

  /** {@return Per indicator code (instrument order), every applicable coefficient} */
  public Map<String, Map<Coefficient, ClusterBootstrap.Result>> byIndicator() {
    return byIndicator;
  }
}
