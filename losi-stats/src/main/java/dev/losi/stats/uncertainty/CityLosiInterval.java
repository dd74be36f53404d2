package dev.losi.stats.uncertainty;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.review.AssessmentAnswers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A per-city interval for a city's LOSI from the spread between its assessors.
 *
 * <h2>Formula</h2>
 * With {@code n} assessors and {@code L_a = sum_i w_i x_ai / M} assessor a's LOSI over the instrument's
 * indicators (standard, or adjusted when adjustments apply to the city):
 * <pre>
 *   LOSI = mean_a L_a        se = sd_a(L_a) / sqrt(n)        interval = LOSI -/+ t(n - 1, (1 + level) / 2) * se
 * </pre>
 * with {@code sd} the sample standard deviation (divisor n - 1) and t Student's quantile. The interval is
 * clipped to [0, 1] and {@link Result#clipped()} says when. Assumption: the assessors are exchangeable draws
 * from the pool of assessors, the indicators fixed; with one assessor the spread is unknown and the estimate
 * is undefined with that reason. With two assessors t(1) is wide (12.7 at 95%), as it should be.
 *
 * @since 0.1.0
 */
public final class CityLosiInterval {

  private CityLosiInterval() {}

  /**
   * The interval of every city, ordered by city id.
   *
   * @param level the confidence level in (0, 1), for example 0.95
   * @param instrument the instrument the assessments answer
   * @param assessments every assessor's assessments, several per city
   * @param adjustments the country adjustments; empty for none
   * @param policy how an indicator without an answer is treated
   * @return one interval per city, by city id
   * @throws dev.losi.core.LosiValidationException listing every problem of the assessments or adjustments
   */
  public static List<Result> of(Instrument instrument, List<Assessment> assessments,
      List<CountryAdjustment> adjustments, MissingAnswerPolicy policy, double level) {
    return of(AssessmentAnswers.of(instrument, assessments), adjustments, policy, level);
  }

  /**
   * The interval of every city of packed assessments, ordered by city id: the intervals of
   * {@link #of(Instrument, List, List, MissingAnswerPolicy, double)} of the assessments they hold.
   *
   * @param assessments every assessor's assessments, several per city, packed for their instrument
   * @param adjustments the country adjustments; empty for none
   * @param policy how an indicator without an answer is treated
   * @param level the confidence level in (0, 1), for example 0.95
   * @return one interval per city, by city id
   * @throws dev.losi.core.LosiValidationException listing every problem of the assessments or adjustments
   * @since 0.1.0
   */
  public static List<Result> of(AssessmentAnswers assessments, List<CountryAdjustment> adjustments,
      MissingAnswerPolicy policy, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    List<City> cities;
    double[] values;
    Optional<double[]> fast = adjustments.isEmpty() && policy != MissingAnswerPolicy.REJECT
        ? assessments.standardValues() : Optional.empty();
    if (fast.isPresent()) { // the standard scores without the score objects: the same values
      cities = assessments.cities();
      values = fast.get();
    } else {
      List<CityScore> scores = assessments.score(Scorer.of(assessments.instrument()).withAdjustments(adjustments)
          .withMissingAnswers(policy));
      cities = new ArrayList<>(scores.size());
      values = new double[scores.size()];
      for (int k = 0; k < values.length; k++) {
        cities.add(scores.get(k).city());
        values[k] = value(scores.get(k));
      }
    }
    return intervals(cities, values, level);
  }

  /** The intervals of the assessments of {@code cities} with LOSI {@code values}, by city id. */
  static List<Result> intervals(List<City> cities, double[] values, double level) {
    Map<String, List<Integer>> byCity = new TreeMap<>();
    for (int k = 0; k < values.length; k++) {
      byCity.computeIfAbsent(cities.get(k).id(), x -> new ArrayList<>()).add(k);
    }
    List<Result> out = new ArrayList<>();
    Map<Integer, Double> quantiles = new HashMap<>(); // t(n - 1, (1 + level) / 2), computed once per n
    for (List<Integer> list : byCity.values()) {
      int n = list.size();
      double sum = 0;
      for (int s : list) {
        sum += values[s];
      }
      double mean = sum / n;
      if (n < 2) {
        out.add(new Result(cities.get(list.get(0)), n, mean, Estimate.undefined("city_losi",
            "one assessor: the spread between assessors is unknown, so the standard error is undefined"), false));
        continue;
      }
      double ss = 0;
      for (int s : list) {
        ss += (values[s] - mean) * (values[s] - mean);
      }
      double se = Math.sqrt(ss / (n - 1) / n);
      double t = quantiles.computeIfAbsent(n, k -> TDistribution.of(k - 1).inverseCumulativeProbability((1 + level) / 2));
      double lo = mean - t * se;
      double hi = mean + t * se;
      double clo = Math.max(0, lo);
      double chi = Math.min(1, hi);
      Estimate e = Estimate.builder("city_losi", mean).standardError(se)
          .confidenceInterval(ConfidenceInterval.of(clo, chi, level,
              "t over " + n + " assessors, se = sd/sqrt(n) (assessors exchangeable, indicators fixed)"))
          .build();
      out.add(new Result(cities.get(list.get(0)), n, mean, e, clo != lo || chi != hi));
    }
    return List.copyOf(out);
  }

  private static double value(CityScore s) {
    return s.adjusted().map(a -> a.score().value()).orElse(s.standard().value());
  }

  /**
   * One city's interval.
   *
   * @param city the city
   * @param assessors its number of assessors n
   * @param losi the mean LOSI over assessors
   * @param estimate the mean with standard error and clipped interval, or undefined for one assessor
   * @param clipped true when a bound of the t interval lay outside [0, 1] and was moved to it
   * @since 0.1.0
   */
  public record Result(City city, int assessors, double losi, Estimate estimate, boolean clipped) {}
}
