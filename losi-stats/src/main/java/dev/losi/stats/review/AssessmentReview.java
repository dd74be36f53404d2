package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * The reviewer's view of a set of assessments of one instrument, two or more assessors per city:
 * agreement overall, per indicator (ranked, most disagreement first: the candidates for rewording),
 * per criterion, per city (with the raw disagreement alert) and per assessor pair, plus the list of
 * disagreements with each assessor's answer and evidence.
 *
 * <h2>How items become reliability data</h2>
 * An <em>item</em> is one indicator in one city; its ratings are the city's assessors' answers coded by
 * {@link ReviewSettings#coding()} (NOT_ASSESSED is missing). In the overall, per-indicator and
 * per-criterion views the rater columns are assessor <em>positions</em> within a city (first, second,
 * ... assessor in id order), since assessors differ between cities; percent agreement, Fleiss' kappa,
 * Randolph's kappa, Gwet's AC1 and Krippendorff's alpha do not depend on rater identity, while Cohen's
 * kappa and Scott's pi there compare "first" with "second" assessor. The per-city and per-pair views use
 * the real assessors. Every report is at the nominal level.
 *
 * <h2>Raw disagreement</h2>
 * The share of compared items (answered by at least two assessors) on which the coded answers are not
 * all equal: with two assessors {@code 1 - percent agreement}; with three, an item counts once however
 * many assessors differ. This is the quantity of the UN platform's alert; a city is flagged when it
 * exceeds {@link ReviewSettings#alertThreshold()} (strictly, decided exactly in decimal), or when no item
 * could be compared.
 *
 * <p>Cities with a single assessment cannot be compared; they are listed in
 * {@link #singleAssessorCities()}, never dropped silently. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssessmentReview {

  private final Instrument instrument;
  private final ReviewSettings settings;
  private final GroupAgreement overall;
  private final List<GroupAgreement> byIndicator;
  private final List<GroupAgreement> byCriterion;
  private final List<CityAgreement> byCity;
  private final List<GroupAgreement> byAssessorPair;
  private final List<Disagreement> disagreements;
  private final List<City> singleAssessorCities;

  private AssessmentReview(Instrument instrument, ReviewSettings settings, GroupAgreement overall,
      List<GroupAgreement> byIndicator, List<GroupAgreement> byCriterion, List<CityAgreement> byCity,
      List<GroupAgreement> byAssessorPair, List<Disagreement> disagreements, List<City> singleAssessorCities) {
    this.instrument = instrument;
    this.settings = settings;
    this.overall = overall;
    this.byIndicator = List.copyOf(byIndicator);
    this.byCriterion = List.copyOf(byCriterion);
    this.byCity = List.copyOf(byCity);
    this.byAssessorPair = List.copyOf(byAssessorPair);
    this.disagreements = List.copyOf(disagreements);
    this.singleAssessorCities = List.copyOf(singleAssessorCities);
  }

  /**
   * The review with the default settings (alert threshold 0.05, scored coding).
   *
   * @param instrument the instrument the assessments answer
   * @param assessments every assessor's assessments, several per city
   * @return the review
   */
  public static AssessmentReview of(Instrument instrument, List<Assessment> assessments) {
    return of(instrument, assessments, ReviewSettings.defaults());
  }

  /**
   * The review.
   *
   * @param instrument the instrument the assessments answer
   * @param assessments every assessor's assessments, several per city
   * @param settings the alert threshold and answer coding
   * @return the review
   * @throws dev.losi.core.LosiValidationException listing every problem: assessments of another
   *     instrument, an assessor with two assessments of a city, responses to unknown indicators
   */
  public static AssessmentReview of(Instrument instrument, List<Assessment> assessments, ReviewSettings settings) {
    return of(AssessmentAnswers.of(instrument, assessments), settings);
  }

  /**
   * The review of packed assessments: the review of the assessments they hold, bit for bit, with the same
   * problems in the same order.
   *
   * <p>A large review (50,000 compared city-indicator items or more) is computed on the caller's thread and the
   * common fork-join pool: the cities' coded answers and disagreements, and the per-city reports, city by city;
   * the per-indicator and per-criterion views as one task each while the overall and per-pair views are computed
   * on the caller's thread. Every part is computed alone, by the same code, into a place of its own, so the
   * review is the same, bit for bit, on any number of threads.
   *
   * @param assessments every assessor's assessments, several per city, packed
   * @param settings the alert threshold and answer coding
   * @return the review
   * @throws dev.losi.core.LosiValidationException listing every problem: assessments of another
   *     instrument, an assessor with two assessments of a city, responses to unknown indicators
   * @since 0.1.0
   */
  public static AssessmentReview of(AssessmentAnswers assessments, ReviewSettings settings) {
    Instrument instrument = assessments.instrument();
    List<CityAssessments> groups = CityAssessments.group(instrument, assessments.headers(), "review");
    List<CityAssessments> multi = new ArrayList<>();
    List<City> single = new ArrayList<>();
    for (CityAssessments g : groups) {
      if (g.assessments().size() >= 2) {
        multi.add(g);
      } else {
        single.add(g.city());
      }
    }
    AnswerCoding coding = settings.coding();
    int slots = multi.stream().mapToInt(g -> g.assessments().size()).max().orElse(2);
    List<Indicator> indicators = instrument.indicators();
    int size = indicators.size();
    boolean large = Views.parallel(multi.size(), size);
    // codes[city][assessor * size + indicator]: each answer coded once, in the order the views read them;
    // each city's codes and disagreements computed alone into its own slot, on one thread or several
    int[][] codes = new int[multi.size()][];
    @SuppressWarnings("unchecked")
    List<Disagreement>[] found = new List[multi.size()];
    IntStream cities = IntStream.range(0, multi.size());
    (large ? cities.parallel() : cities).forEach(c -> {
      CityAssessments g = multi.get(c);
      int[] members = g.members();
      int[] cc = coded(assessments, coding, members);
      codes[c] = cc;
      List<Disagreement> own = List.of();
      for (int i = 0; i < size; i++) {
        if (Views.compared(cc, size, i, members.length) && Views.disagrees(cc, size, i, members.length)) {
          List<AssessorAnswer> answers = new ArrayList<>(members.length);
          for (int k : members) {
            answers.add(new AssessorAnswer(assessments.header(k).assessorId(), assessments.answer(k, i),
                assessments.evidence(k, i)));
          }
          if (own.isEmpty()) {
            own = new ArrayList<>();
          }
          own.add(new Disagreement(g.city(), indicators.get(i), answers));
        }
      }
      found[c] = own;
    });
    List<Disagreement> disagreements = new ArrayList<>();
    for (List<Disagreement> own : found) {
      disagreements.addAll(own);
    }
    List<City> cityList = multi.stream().map(CityAssessments::city).toList();
    List<List<String>> assessorIds = multi.stream().map(CityAssessments::assessorIds).toList();
    Views views = new Views(instrument, settings, slots, cityList, assessorIds, codes);
    if (!large) {
      return new AssessmentReview(instrument, settings, views.overall(), views.byIndicator(), views.byCriterion(),
          views.byCity(), views.byAssessorPair(), disagreements, single);
    }
    // The views read the codes and keys and write nothing shared (the pair view reads the overall view's
    // data, on this thread): the per-indicator and per-criterion views on the common pool, the overall and
    // pair views here meanwhile, then the per-city reports on both.
    ForkJoinTask<List<GroupAgreement>> byIndicator = ForkJoinTask.adapt(views::byIndicator).fork();
    ForkJoinTask<List<GroupAgreement>> byCriterion = ForkJoinTask.adapt(views::byCriterion).fork();
    GroupAgreement overall = views.overall();
    List<GroupAgreement> byAssessorPair = views.byAssessorPair();
    List<CityAgreement> byCity = views.byCity();
    return new AssessmentReview(instrument, settings, overall, byIndicator.join(), byCriterion.join(), byCity,
        byAssessorPair, disagreements, single);
  }

  /**
   * The coded answers of a city's assessments {@code members} (assessors in id order),
   * {@code [assessor * size + indicator]}.
   */
  static int[] coded(AssessmentAnswers assessments, AnswerCoding coding, int[] members) {
    List<Indicator> indicators = assessments.instrument().indicators();
    int size = indicators.size();
    int[] cc = new int[members.length * size];
    for (int a = 0; a < members.length; a++) {
      for (int i = 0; i < size; i++) {
        cc[a * size + i] = coding.code(indicators.get(i), assessments.packed(members[a], i));
      }
    }
    return cc;
  }

  /** True when {@code disagreeing / compared > threshold}, exactly (decimal threshold, integer counts). */
  static boolean exceeds(long disagreeing, long compared, double threshold) {
    return new BigDecimal(disagreeing).compareTo(BigDecimal.valueOf(threshold).multiply(new BigDecimal(compared))) > 0;
  }

  /** {@return the instrument} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the settings used} */
  public ReviewSettings settings() {
    return settings;
  }

  /** {@return Agreement over every item of every city with two or more assessors} */
  public GroupAgreement overall() {
    return overall;
  }

  /**
   * {@return Agreement per indicator (units = cities), ranked by raw disagreement, highest first (indicators with
   * nothing compared last); ties keep instrument order}
   */
  public List<GroupAgreement> byIndicator() {
    return byIndicator;
  }

  /** {@return Agreement per criterion (units = city-indicator items of the criterion), in instrument order} */
  public List<GroupAgreement> byCriterion() {
    return byCriterion;
  }

  /** {@return Agreement per city (units = indicators), in order of first appearance} */
  public List<CityAgreement> byCity() {
    return byCity;
  }

  /** {@return the cities flagged for the reviewer: raw disagreement above the threshold, or nothing compared} */
  public List<CityAgreement> alerts() {
    return byCity.stream().filter(CityAgreement::alert).toList();
  }

  /** {@return Agreement per pair of assessors who assessed the same cities (units = their common items), by pair key} */
  public List<GroupAgreement> byAssessorPair() {
    return byAssessorPair;
  }

  /** {@return every item the assessors of a city answered differently, by city then instrument order} */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /** {@return cities with a single assessment, which cannot be compared} */
  public List<City> singleAssessorCities() {
    return singleAssessorCities;
  }
}
