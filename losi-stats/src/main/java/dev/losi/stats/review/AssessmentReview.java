package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

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

  /** The review with the default settings (alert threshold 0.05, scored coding). */
  public static AssessmentReview of(Instrument instrument, List<Assessment> assessments) {
    return of(instrument, assessments, ReviewSettings.defaults());
  }

  /**
   * The review.
   *
   * @throws dev.losi.core.LosiValidationException listing every problem: assessments of another
   *     instrument, an assessor with two assessments of a city, responses to unknown indicators
   */
  public static AssessmentReview of(Instrument instrument, List<Assessment> assessments, ReviewSettings settings) {
    List<CityAssessments> groups = CityAssessments.group(instrument, assessments, "review");
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
    List<String> slotIds = new ArrayList<>();
    for (int s = 1; s <= slots; s++) {
      slotIds.add("assessor " + s);
    }
    List<Indicator> indicators = instrument.indicators();
    Map<String, List<Item>> perIndicator = new LinkedHashMap<>();
    Map<String, List<Item>> perCriterion = new LinkedHashMap<>();
    for (Criterion c : instrument.criteria()) {
      perCriterion.put(c.code(), new ArrayList<>());
    }
    List<Item> all = new ArrayList<>();
    List<CityAgreement> cities = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    Map<String, List<Item>> pairs = new TreeMap<>();
    for (CityAssessments g : multi) {
      List<Assessment> as = g.assessments();
      List<Item> cityItems = new ArrayList<>();
      for (Indicator ind : indicators) {
        int[] codes = new int[as.size()];
        for (int a = 0; a < as.size(); a++) {
          codes[a] = coding.code(as.get(a), ind);
        }
        String unit = g.city().id() + " " + ind.code();
        Item cityItem = new Item(unit, codes);
        cityItems.add(cityItem);
        int[] slotted = java.util.Arrays.copyOf(codes, slots);
        for (int s = as.size(); s < slots; s++) {
          slotted[s] = ReliabilityData.MISSING;
        }
        Item slotItem = new Item(unit, slotted);
        all.add(slotItem);
        perIndicator.computeIfAbsent(ind.code(), k -> new ArrayList<>()).add(new Item(g.city().id(), slotted));
        perCriterion.computeIfAbsent(ind.criterion(), k -> new ArrayList<>()).add(slotItem);
        if (cityItem.compared() && cityItem.disagrees()) {
          List<AssessorAnswer> answers = new ArrayList<>();
          for (Assessment a : as) {
            answers.add(new AssessorAnswer(a.assessorId(), a.answer(ind.code()),
                a.response(ind.code()).flatMap(r -> r.evidence())));
          }
          disagreements.add(new Disagreement(g.city(), ind, answers));
        }
        for (int a = 0; a < as.size(); a++) {
          for (int b = a + 1; b < as.size(); b++) {
            String key = as.get(a).assessorId() + "|" + as.get(b).assessorId();
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(unit, new int[] {codes[a], codes[b]}));
          }
        }
      }
      Tally t = Tally.of(cityItems);
      boolean alert = t.compared == 0 || exceeds(t.disagreeing, t.compared, settings.alertThreshold());
      cities.add(new CityAgreement(g.city(), g.assessorIds(), t.compared, t.disagreeing, cityItems.size() - t.compared,
          t.share(), alert, report(cityItems, g.assessorIds(), coding)));
    }
    GroupAgreement overall = group("overall", "all cities and indicators", all, slotIds, coding);
    List<GroupAgreement> byIndicator = new ArrayList<>();
    for (Indicator ind : indicators) {
      byIndicator.add(group(ind.code(), ind.title(), perIndicator.getOrDefault(ind.code(), List.of()), slotIds, coding));
    }
    byIndicator.sort(Comparator.comparingDouble((GroupAgreement x) -> -x.rawDisagreement().orElse(-1)));
    List<GroupAgreement> byCriterion = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : perCriterion.entrySet()) {
      String name = instrument.criterion(e.getKey()).map(Criterion::name).orElse(e.getKey());
      byCriterion.add(group(e.getKey(), name, e.getValue(), slotIds, coding));
    }
    List<GroupAgreement> byPair = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : pairs.entrySet()) {
      String[] ab = e.getKey().split("\\|", 2);
      byPair.add(group(e.getKey(), ab[0] + " and " + ab[1], e.getValue(), List.of(ab[0], ab[1]), coding));
    }
    return new AssessmentReview(instrument, settings, overall, byIndicator, byCriterion, cities, byPair,
        disagreements, single);
  }

  /** True when {@code disagreeing / compared > threshold}, exactly (decimal threshold, integer counts). */
  static boolean exceeds(long disagreeing, long compared, double threshold) {
    return new BigDecimal(disagreeing).compareTo(BigDecimal.valueOf(threshold).multiply(new BigDecimal(compared))) > 0;
  }

  private static GroupAgreement group(String key, String label, List<Item> items, List<String> raters,
      AnswerCoding coding) {
    Tally t = Tally.of(items);
    return new GroupAgreement(key, label, t.compared, t.disagreeing, t.share(), report(items, raters, coding));
  }

  private static AgreementReport report(List<Item> items, List<String> raters, AnswerCoding coding) {
    ReliabilityData.Builder b = ReliabilityData.builder(coding.scale());
    for (String r : raters) {
      b.rater(r);
    }
    for (Item it : items) {
      b.unit(it.unit);
      for (int r = 0; r < it.codes.length; r++) {
        if (it.codes[r] != ReliabilityData.MISSING) {
          b.rate(it.unit, raters.get(r), it.codes[r]);
        }
      }
    }
    return AgreementReport.of(b.build(), MeasurementLevel.NOMINAL);
  }

  /** One item: a unit id and its ratings by rater column. */
  private record Item(String unit, int[] codes) {
    boolean compared() {
      int n = 0;
      for (int c : codes) {
        if (c != ReliabilityData.MISSING) {
          n++;
        }
      }
      return n >= 2;
    }

    boolean disagrees() {
      int first = ReliabilityData.MISSING;
      for (int c : codes) {
        if (c == ReliabilityData.MISSING) {
          continue;
        }
        if (first == ReliabilityData.MISSING) {
          first = c;
        } else if (c != first) {
          return true;
        }
      }
      return false;
    }
  }

  private record Tally(long compared, long disagreeing) {
    static Tally of(List<Item> items) {
      long c = 0;
      long d = 0;
      for (Item it : items) {
        if (it.compared()) {
          c++;
          if (it.disagrees()) {
            d++;
          }
        }
      }
      return new Tally(c, d);
    }

    OptionalDouble share() {
      return compared == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) disagreeing / compared);
    }
  }

  /** The instrument. */
  public Instrument instrument() {
    return instrument;
  }

  /** The settings used. */
  public ReviewSettings settings() {
    return settings;
  }

  /** Agreement over every item of every city with two or more assessors. */
  public GroupAgreement overall() {
    return overall;
  }

  /**
   * Agreement per indicator (units = cities), ranked by raw disagreement, highest first (indicators with
   * nothing compared last); ties keep instrument order.
   */
  public List<GroupAgreement> byIndicator() {
    return byIndicator;
  }

  /** Agreement per criterion (units = city-indicator items of the criterion), in instrument order. */
  public List<GroupAgreement> byCriterion() {
    return byCriterion;
  }

  /** Agreement per city (units = indicators), in order of first appearance. */
  public List<CityAgreement> byCity() {
    return byCity;
  }

  /** The cities flagged for the reviewer: raw disagreement above the threshold, or nothing compared. */
  public List<CityAgreement> alerts() {
    return byCity.stream().filter(CityAgreement::alert).toList();
  }

  /** Agreement per pair of assessors who assessed the same cities (units = their common items), by pair key. */
  public List<GroupAgreement> byAssessorPair() {
    return byAssessorPair;
  }

  /** Every item the assessors of a city answered differently, by city then instrument order. */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /** Cities with a single assessment, which cannot be compared. */
  public List<City> singleAssessorCities() {
    return singleAssessorCities;
  }
}
