package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The second implementation for {@link PackedViewsProperties}: the review's views as the object path of
 * commit 8956e54 built them, item by item, each item a record with a string unit id, and every view's data
 * made by {@link ReliabilityData.Builder} by unit and rater id. Test scope only.
 */
final class ObjectReview {

  private ObjectReview() {}

  /** The views of the review: overall, by indicator, by criterion, by city, by pair, and disagreements. */
  record Result(GroupAgreement overall, List<GroupAgreement> byIndicator, List<GroupAgreement> byCriterion,
      List<CityAgreement> byCity, List<GroupAgreement> byPair, List<Disagreement> disagreements) {}

  static Result of(Instrument instrument, List<Assessment> assessments, ReviewSettings settings) {
    List<CityAssessments> multi = CityAssessments.group(instrument, assessments, "review").stream()
        .filter(g -> g.assessments().size() >= 2).toList();
    AnswerCoding coding = settings.coding();
    int slots = multi.stream().mapToInt(g -> g.assessments().size()).max().orElse(2);
    List<String> slotIds = new ArrayList<>();
    for (int s = 1; s <= slots; s++) {
      slotIds.add("assessor " + s);
    }
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
      for (Indicator ind : instrument.indicators()) {
        int[] codes = new int[as.size()];
        for (int a = 0; a < as.size(); a++) {
          codes[a] = coding.code(as.get(a), ind);
        }
        String unit = g.city().id() + " " + ind.code();
        Item cityItem = new Item(unit, codes);
        cityItems.add(cityItem);
        int[] slotted = Arrays.copyOf(codes, slots);
        for (int s = as.size(); s < slots; s++) {
          slotted[s] = ReliabilityData.MISSING;
        }
        all.add(new Item(unit, slotted));
        perIndicator.computeIfAbsent(ind.code(), k -> new ArrayList<>()).add(new Item(g.city().id(), slotted));
        perCriterion.computeIfAbsent(ind.criterion(), k -> new ArrayList<>()).add(new Item(unit, slotted));
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
      long[] t = tally(cityItems);
      boolean alert = t[0] == 0 || AssessmentReview.exceeds(t[1], t[0], settings.alertThreshold());
      cities.add(new CityAgreement(g.city(), g.assessorIds(), t[0], t[1], cityItems.size() - t[0], share(t), alert,
          report(cityItems, g.assessorIds(), coding)));
    }
    GroupAgreement overall = group("overall", "all cities and indicators", all, slotIds, coding);
    List<GroupAgreement> byIndicator = new ArrayList<>();
    for (Indicator ind : instrument.indicators()) {
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
    return new Result(overall, byIndicator, byCriterion, cities, byPair, disagreements);
  }

  private static GroupAgreement group(String key, String label, List<Item> items, List<String> raters,
      AnswerCoding coding) {
    long[] t = tally(items);
    return new GroupAgreement(key, label, t[0], t[1], share(t), report(items, raters, coding));
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

  private static long[] tally(List<Item> items) {
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
    return new long[] {c, d};
  }

  private static OptionalDouble share(long[] t) {
    return t[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) t[1] / t[0]);
  }

  private record Item(String unit, int[] codes) {
    boolean compared() {
      return Arrays.stream(codes).filter(c -> c != ReliabilityData.MISSING).count() >= 2;
    }

    boolean disagrees() {
      return Arrays.stream(codes).filter(c -> c != ReliabilityData.MISSING).distinct().count() > 1;
    }
  }
}
