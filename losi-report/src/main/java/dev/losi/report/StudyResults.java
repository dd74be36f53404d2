package dev.losi.report;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.level.RatingClass;
import dev.losi.core.results.Grouping;
import dev.losi.core.results.Results;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The study-wide numbers the reports need, computed once from one score per city: level, rating class and
 * ranks (overall, in country, in size class), the median and best sub-index of each criterion, and each
 * indicator's uptake.
 *
 * <p>Levels, rating classes and ranks are not computed here: they are losi-core's {@link Results} of the
 * scores (one reference set, since the reports take one assessment per city), so a report ranks a city
 * exactly as {@code losi score} does.
 *
 * <p>An indicator is <em>met</em> by a city when it counts in the city's standard LOSI: answered present
 * and, if MGP-specific, not downgraded for evidence found only off the municipal portal.
 */
final class StudyResults {

  /** One city's results. */
  record CityResult(Assessment assessment, dev.losi.core.results.CityResult result, int citiesInCountry,
      int citiesInSizeClass, Set<String> met) {

    CityScore score() {
      return result.score();
    }

    /** The competition rank among the study's cities, 1 = highest LOSI. */
    int rank() {
      return result.rank();
    }

    RatingClass ratingClass() {
      return result.ratingClass();
    }

    int rankInCountry() {
      return result.rankInCountry();
    }

    /** The rank in the city's size class; empty when it states none. */
    OptionalInt rankInSizeClass() {
      return result.rankWithin(Grouping.SIZE_CLASS);
    }

    String id() {
      return result.score().city().id();
    }

    String name() {
      return result.score().city().name();
    }
  }

  /** One indicator's uptake: how many of the study's cities meet it. */
  record Uptake(Indicator indicator, int met, int cities) {
    double share() {
      return (double) met / cities;
    }
  }

  final Instrument instrument;
  /** The cities, best first (rank, then id). */
  final List<CityResult> cities;
  /** Criterion codes with indicators, in instrument order. */
  final List<String> criteria;
  final Map<String, Double> medianByCriterion;
  final Map<String, Double> bestByCriterion;
  /** Uptake of every indicator, highest share first, ties in instrument order. */
  final List<Uptake> uptake;

  StudyResults(Instrument instrument, List<Assessment> assessments, List<CityScore> scores) {
    this.instrument = instrument;
    int n = scores.size();
    Results results = Results.of(scores);
    List<CityResult> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CityScore s = scores.get(i);
      String country = s.city().country();
      Optional<String> sc = s.city().sizeClass();
      list.add(new CityResult(assessments.get(i), results.results().get(i),
          (int) scores.stream().filter(x -> x.city().country().equals(country)).count(),
          sc.isEmpty() ? 0 : (int) scores.stream().filter(x -> x.city().sizeClass().equals(sc)).count(),
          met(assessments.get(i), s)));
    }
    list.sort(Comparator.comparingInt(CityResult::rank).thenComparing(CityResult::id));
    this.cities = List.copyOf(list);
    this.criteria = instrument.criteria().stream().map(c -> c.code())
        .filter(c -> !instrument.indicatorsOf(c).isEmpty()).toList();
    Map<String, Double> med = new LinkedHashMap<>();
    Map<String, Double> best = new LinkedHashMap<>();
    for (String c : criteria) {
      double[] x = scores.stream().mapToDouble(s -> s.byCriterion().get(c).value()).sorted().toArray();
      med.put(c, median(x));
      best.put(c, x[x.length - 1]);
    }
    this.medianByCriterion = Map.copyOf(med);
    this.bestByCriterion = Map.copyOf(best);
    List<Uptake> up = new ArrayList<>();
    for (Indicator ind : instrument.indicators()) {
      int m = (int) cities.stream().filter(c -> c.met().contains(ind.code())).count();
      up.add(new Uptake(ind, m, n));
    }
    up.sort(Comparator.comparingInt(Uptake::met).reversed()); // stable: ties keep instrument order
    this.uptake = List.copyOf(up);
  }

  /** The median of sorted values: the middle one, or the mean of the two middle ones. */
  static double median(double[] sorted) {
    int m = sorted.length;
    return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
  }

  private static Set<String> met(Assessment a, CityScore s) {
    Set<String> down = new HashSet<>();
    for (ChannelDowngrade d : s.downgrades()) {
      down.add(d.indicator());
    }
    Set<String> met = new HashSet<>();
    a.responses().forEach(r -> {
      if (r.answer() == Answer.PRESENT && !down.contains(r.indicator())) {
        met.add(r.indicator());
      }
    });
    return Set.copyOf(met);
  }

  /** The city with this id. */
  Optional<CityResult> city(String id) {
    return cities.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The fewest points a city needs to reach the next level, decided exactly on whole points; empty at the
   * very-high level or when the weights are not whole numbers.
   */
  static OptionalInt pointsToNextLevel(Score s) {
    if (!s.isExactFraction() || s.level() == dev.losi.core.level.Level.VERY_HIGH) {
      return OptionalInt.empty();
    }
    long p = (long) s.points();
    long m = (long) s.maximum();
    dev.losi.core.level.Level now = s.level();
    for (long q = 1; p + q <= m; q++) {
      if (dev.losi.core.level.Level.of(p + q, m) != now) {
        return OptionalInt.of((int) q);
      }
    }
    return OptionalInt.empty();
  }

  /** Values of a criterion over the cities, in {@link #cities} order. */
  double[] criterionValues(String code) {
    return cities.stream().mapToDouble(c -> c.score().byCriterion().get(code).value()).toArray();
  }

  static double[] sorted(double[] x) {
    double[] c = x.clone();
    Arrays.sort(c);
    return c;
  }
}
