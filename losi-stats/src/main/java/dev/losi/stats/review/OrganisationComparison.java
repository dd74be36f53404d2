package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Ranking;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import dev.losi.stats.correlation.Correlation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two organisations' independent LOSI results for the same cities (for example a national
 * team and a university applying LOSI in one country): per-city score difference, level changes, rank
 * correlation, item-level agreement, and the indicators that drive the difference.
 *
 * <p>Each side gives one (consolidated) assessment per city of the same instrument. Scores are the
 * standard LOSI of {@link Scorer} (losi-core), with its channel-scope rule and the chosen
 * {@link MissingAnswerPolicy} (default {@code REJECT}: an incomplete assessment is an error). Cities
 * assessed by only one side are listed, not compared.
 *
 * <ul>
 *   <li>Item-level agreement: an {@link AgreementReport} (nominal) on the city-indicator items, raters the
 *       two organisations, rating 1 when the indicator counts towards the standard LOSI, else 0.</li>
 *   <li>Rank correlation: Spearman's rho between the two organisations' scores over the common cities,
 *       by {@link Correlation#spearman} (average ranks; Fisher-z interval with the Bonett-Wright standard
 *       error; two-sided t p-value). Undefined with fewer than three common cities or when one side gives
 *       every city the same score, with the organisation named.</li>
 *   <li>Drivers: {@link IndicatorDifference} per indicator, sorted by the absolute contribution to the
 *       mean difference, largest first, then by cities differing.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class OrganisationComparison {

  private final String leftName;
  private final String rightName;
  private final List<CityComparison> cities;
  private final List<City> onlyLeft;
  private final List<City> onlyRight;
  private final Estimate spearman;
  private final AgreementReport itemAgreement;
  private final List<IndicatorDifference> drivers;

  private OrganisationComparison(String leftName, String rightName, List<CityComparison> cities, List<City> onlyLeft,
      List<City> onlyRight, Estimate spearman, AgreementReport itemAgreement, List<IndicatorDifference> drivers) {
    this.leftName = leftName;
    this.rightName = rightName;
    this.cities = List.copyOf(cities);
    this.onlyLeft = List.copyOf(onlyLeft);
    this.onlyRight = List.copyOf(onlyRight);
    this.spearman = spearman;
    this.itemAgreement = itemAgreement;
    this.drivers = List.copyOf(drivers);
  }

  /**
   * Compares with the names {@code left} and {@code right} and missing answers rejected.
   *
   * @param instrument the instrument both organisations assessed with
   * @param left the left organisation's assessments, at most one per city
   * @param right the right organisation's assessments, at most one per city
   * @return the comparison over the cities both assessed
   */
  public static OrganisationComparison compare(Instrument instrument, List<Assessment> left, List<Assessment> right) {
    return compare(instrument, "left", left, "right", right, MissingAnswerPolicy.REJECT);
  }

  /**
   * Compares.
   *
   * @param instrument the instrument both organisations assessed with
   * @param leftName the left organisation's name, for reports
   * @param left its assessments, at most one per city
   * @param rightName the right organisation's name, for reports
   * @param right its assessments, at most one per city
   * @param missing how an indicator without an answer is treated when scoring
   * @return the comparison over the cities both assessed
   * @throws dev.losi.core.LosiValidationException listing every problem: an assessment of another
   *     instrument, two assessments of one city on one side, incomplete assessments under {@code REJECT},
   *     unknown indicators, no city in common
   */
  public static OrganisationComparison compare(Instrument instrument, String leftName, List<Assessment> left,
      String rightName, List<Assessment> right, MissingAnswerPolicy missing) {
    if (leftName.isBlank() || rightName.isBlank() || leftName.equals(rightName)) {
      throw new IllegalArgumentException("the two organisations need distinct, non-blank names");
    }
    ProblemCollector problems = new ProblemCollector();
    Map<String, Assessment> l = oneEach(left, leftName, problems);
    Map<String, Assessment> r = oneEach(right, rightName, problems);
    Scorer scorer = Scorer.of(instrument).withMissingAnswers(missing);
    Map<String, CityScore> ls = score(scorer, l, problems);
    Map<String, CityScore> rs = score(scorer, r, problems);
    List<String> common = l.keySet().stream().filter(r::containsKey).toList();
    if (problems.isEmpty() && common.isEmpty()) {
      problems.add(Problem.of("the two organisations (" + leftName + ", " + rightName + ") have no city in common"));
    }
    problems.throwIfAny();
    List<City> onlyLeft = l.keySet().stream().filter(k -> !r.containsKey(k)).map(k -> l.get(k).city()).toList();
    List<City> onlyRight = r.keySet().stream().filter(k -> !l.containsKey(k)).map(k -> r.get(k).city()).toList();

    int n = common.size();
    double[] lv = new double[n];
    double[] rv = new double[n];
    for (int i = 0; i < n; i++) {
      lv[i] = ls.get(common.get(i)).losi();
      rv[i] = rs.get(common.get(i)).losi();
    }
    int[] lRank = Ranking.competition(lv);
    int[] rRank = Ranking.competition(rv);
    List<Indicator> indicators = instrument.indicators();
    long[] leftOnly = new long[indicators.size()];
    long[] rightOnly = new long[indicators.size()];
    ReliabilityData.Builder items = ReliabilityData.builder(Scale.LOSI_BINARY);
    items.rater(leftName);
    items.rater(rightName);
    List<CityComparison> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = common.get(i);
      Set<String> lc = counted(l.get(id), ls.get(id));
      Set<String> rc = counted(r.get(id), rs.get(id));
      List<String> differing = new ArrayList<>();
      for (int k = 0; k < indicators.size(); k++) {
        String code = indicators.get(k).code();
        boolean a = lc.contains(code);
        boolean b = rc.contains(code);
        String unit = id + " " + code;
        items.rate(unit, leftName, a ? Scale.PRESENT : Scale.ABSENT);
        items.rate(unit, rightName, b ? Scale.PRESENT : Scale.ABSENT);
        if (a != b) {
          differing.add(code);
          if (a) {
            leftOnly[k]++;
          } else {
            rightOnly[k]++;
          }
        }
      }
      out.add(new CityComparison(l.get(id).city(), ls.get(id), rs.get(id), rv[i] - lv[i], lRank[i], rRank[i], differing));
    }
    double max = instrument.maximumPoints();
    List<IndicatorDifference> drivers = new ArrayList<>();
    for (int k = 0; k < indicators.size(); k++) {
      Indicator ind = indicators.get(k);
      drivers.add(new IndicatorDifference(ind, leftOnly[k], rightOnly[k],
          (rightOnly[k] - leftOnly[k]) * ind.weight() / max / n));
    }
    drivers.sort(Comparator.comparingDouble((IndicatorDifference d) -> -Math.abs(d.meanContribution()))
        .thenComparingLong(d -> -d.citiesDiffering()));
    return new OrganisationComparison(leftName, rightName, out, onlyLeft, onlyRight, spearman(lv, rv, leftName, rightName),
        AgreementReport.of(items.build(), MeasurementLevel.NOMINAL), drivers);
  }

  private static Map<String, Assessment> oneEach(List<Assessment> as, String side, ProblemCollector problems) {
    Map<String, Assessment> m = new LinkedHashMap<>();
    for (Assessment a : as) {
      Assessment first = m.putIfAbsent(a.city().id(), a);
      if (first != null) {
        problems.add(Problem.builder().city(a.city().id()).assessor(a.assessorId())
            .message("is a second assessment of this city in " + side + " (first by " + first.assessorId()
                + "); compare consolidated results, one per city (reconcile first)").build());
      }
    }
    return m;
  }

  private static Map<String, CityScore> score(Scorer scorer, Map<String, Assessment> as, ProblemCollector problems) {
    Map<String, CityScore> m = new LinkedHashMap<>();
    for (Map.Entry<String, Assessment> e : as.entrySet()) {
      try {
        m.put(e.getKey(), scorer.score(e.getValue()));
      } catch (dev.losi.core.LosiValidationException ex) {
        problems.addAll(ex);
      }
    }
    return m;
  }

  /** The indicators that count towards the standard LOSI: PRESENT and not downgraded by the channel rule. */
  private static Set<String> counted(Assessment a, CityScore s) {
    Set<String> down = s.downgrades().stream().map(ChannelDowngrade::indicator).collect(Collectors.toSet());
    Set<String> c = new HashSet<>();
    a.responses().forEach(resp -> {
      if (resp.answer() == Answer.PRESENT && !down.contains(resp.indicator())) {
        c.add(resp.indicator());
      }
    });
    return c;
  }

  /**
   * Spearman's rho by {@link Correlation#spearman}, with the organisations named when it is undefined
   * (fewer than three common cities, or one side giving every city the same score).
   */
  static Estimate spearman(double[] x, double[] y, String xName, String yName) {
    String name = Correlation.SPEARMAN;
    int n = x.length;
    if (n < 3) {
      return Estimate.undefined(name, "fewer than 3 cities in common (" + n + ")");
    }
    if (constant(x)) {
      return Estimate.undefined(name, xName + " gives every common city the same score");
    }
    if (constant(y)) {
      return Estimate.undefined(name, yName + " gives every common city the same score");
    }
    return Correlation.spearman(x, y);
  }

  private static boolean constant(double[] v) {
    for (double d : v) {
      if (Double.compare(d, v[0]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return the left organisation's name} */
  public String leftName() {
    return leftName;
  }

  /** {@return the right organisation's name} */
  public String rightName() {
    return rightName;
  }

  /** {@return the common cities, in the left side's order} */
  public List<CityComparison> cities() {
    return cities;
  }

  /** {@return cities only the left organisation assessed} */
  public List<City> onlyLeft() {
    return onlyLeft;
  }

  /** {@return cities only the right organisation assessed} */
  public List<City> onlyRight() {
    return onlyRight;
  }

  /** {@return the mean of the per-city differences (right minus left)} */
  public double meanDifference() {
    return cities.stream().mapToDouble(CityComparison::difference).average().orElse(0);
  }

  /** {@return the cities whose level differs between the organisations} */
  public List<CityComparison> levelChanges() {
    return cities.stream().filter(CityComparison::levelChanged).toList();
  }

  /** {@return Spearman's rank correlation of the two organisations' scores over the common cities} */
  public Estimate rankCorrelation() {
    return spearman;
  }

  /** {@return Agreement on the city-indicator items (does the indicator count?), raters the two organisations} */
  public AgreementReport itemAgreement() {
    return itemAgreement;
  }

  /** {@return every indicator's contribution to the difference, largest absolute contribution first} */
  public List<IndicatorDifference> drivers() {
    return drivers;
  }
}
