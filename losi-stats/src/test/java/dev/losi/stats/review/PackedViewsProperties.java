package dev.losi.stats.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.CoefficientResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The review built from packed codes ({@link AssessmentReview}, through {@code Views}) equals, bit for bit, the
 * object path it replaced ({@link ObjectReview}, the second implementation: items as records with string unit
 * ids, data by {@code ReliabilityData.Builder}), over random instruments (1 to 9 indicators in up to five
 * criteria, both channel scopes), cities with 1 to 4 assessors (ids that may hold {@code |}), missing answers,
 * NA, evidence channels (on and off the portal), both codings and random thresholds; and when the input has a
 * problem (a repeated assessor, another instrument, an unknown indicator), both report the same problems.
 */
class PackedViewsProperties {

  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION,
      Criterion.SERVICES_PROVISION, Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY);
  private static final double[] WEIGHTS = {1, 0.7, 0.1, 2.5};
  private static final List<String> ASSESSORS = List.of("A", "B", "C", "D", "A|B", "B|C", "Z");

  @Property(tries = 300)
  void packedViewsEqualTheObjectPath(@ForAll long seed) {
    Random rnd = new Random(seed);
    Instrument ins = instrument(rnd);
    List<Assessment> as = assessments(rnd, ins);
    ReviewSettings settings = new ReviewSettings(rnd.nextInt(4) * 0.05,
        rnd.nextBoolean() ? AnswerCoding.SCORED : AnswerCoding.AS_ANSWERED);
    String expected = outcome(() -> describe(ObjectReview.of(ins, as, settings)));
    String actual = outcome(() -> {
      AssessmentReview r = AssessmentReview.of(ins, as, settings);
      return describe(new ObjectReview.Result(r.overall(), r.byIndicator(), r.byCriterion(), r.byCity(),
          r.byAssessorPair(), r.disagreements()));
    });
    assertEquals(expected, actual);
  }

  /**
   * A review of {@link Views#PARALLEL_ITEMS} compared items or more is computed on the common fork-join pool too
   * (the cities' codes, the views at once, the per-city reports): it equals the object path, bit for bit, as the
   * small reviews on the caller's thread do.
   */
  @Property(tries = 4)
  void aLargeReviewOnSeveralThreadsEqualsTheObjectPath(@ForAll long seed) {
    Random rnd = new Random(seed);
    Instrument ins = instrument(rnd);
    while (ins.size() < 5) {
      ins = instrument(rnd);
    }
    List<Assessment> as = new ArrayList<>();
    long compared = 0;
    for (int c = 0; compared * ins.size() < Views.PARALLEL_ITEMS + 500; c++) {
      City city = City.of("C" + c, "City " + c, "BRA");
      List<String> pool = new ArrayList<>(ASSESSORS.subList(0, 4));
      java.util.Collections.shuffle(pool, rnd);
      int n = 1 + rnd.nextInt(3);
      for (String who : pool.subList(0, n)) {
        as.add(assessment(rnd, ins, city, who, ins.id(), false));
      }
      compared += n >= 2 ? 1 : 0;
    }
    Instrument instrument = ins;
    ReviewSettings settings = new ReviewSettings(0.05, rnd.nextBoolean() ? AnswerCoding.SCORED : AnswerCoding.AS_ANSWERED);
    String expected = describe(ObjectReview.of(instrument, as, settings));
    AssessmentReview r = AssessmentReview.of(instrument, as, settings);
    assertEquals(compared, r.byCity().size());
    assertEquals(expected, describe(new ObjectReview.Result(r.overall(), r.byIndicator(), r.byCriterion(), r.byCity(),
        r.byAssessorPair(), r.disagreements())));
  }

  /**
   * Ids holding {@code |} can give two pairs of one city the same key ({@code A|B} with {@code C}, and {@code A}
   * with {@code B|C}: both {@code "A|B|C"}); both paths then report the repeated unit, in the same words.
   */
  @Example
  void aPairKeyJoiningTwoPairsOfOneCityIsReportedByBoth() {
    Random rnd = new Random(7);
    Instrument ins = instrument(rnd);
    City city = City.of("C1", "City 1", "BRA");
    List<Assessment> as = new ArrayList<>();
    for (String who : List.of("A", "A|B", "B|C", "C")) {
      as.add(assessment(rnd, ins, city, who, ins.id(), false));
    }
    ReviewSettings settings = ReviewSettings.defaults();
    String expected = outcome(() -> describe(ObjectReview.of(ins, as, settings)));
    String actual = outcome(() -> {
      AssessmentReview r = AssessmentReview.of(ins, as, settings);
      return describe(new ObjectReview.Result(r.overall(), r.byIndicator(), r.byCriterion(), r.byCity(),
          r.byAssessorPair(), r.disagreements()));
    });
    org.junit.jupiter.api.Assertions.assertTrue(expected.contains("is rated more than once"), expected);
    assertEquals(expected, actual);
  }

  /** The description of a result, or of the exception it threw (class and message, which lists the problems). */
  private static String outcome(Supplier<String> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) { // LosiValidationException included
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  static Instrument instrument(Random rnd) {
    return instrument(rnd, false);
  }

  /** A random instrument; with {@code weighted}, each indicator weighs 1, 0.7, 0.1 or 2.5 (else 1). */
  static Instrument instrument(Random rnd, boolean weighted) {
    int criteria = 1 + rnd.nextInt(CRITERIA.size());
    Instrument.Builder b = Instrument.builder().id("R-1").editionYear(2024).title("Random instrument");
    for (int k = 0; k < criteria; k++) {
      b.addCriteria(CRITERIA.get(k));
    }
    int n = 1 + rnd.nextInt(9);
    for (int i = 0; i < n; i++) {
      b.addIndicators(Indicator.builder().code("#" + (i + 1)).title("Feature " + (i + 1))
          .criterion(CRITERIA.get(rnd.nextInt(criteria)).code())
          .channelScope(rnd.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT)
          .weight(weighted ? WEIGHTS[rnd.nextInt(WEIGHTS.length)] : 1).build());
    }
    return b.build();
  }

  static List<Assessment> assessments(Random rnd, Instrument ins) {
    List<Assessment> out = new ArrayList<>();
    int cities = 1 + rnd.nextInt(6);
    boolean bad = rnd.nextInt(8) == 0;
    for (int c = 0; c < cities; c++) {
      City city = City.of("C" + c, "City " + c, "BRA");
      List<String> pool = new ArrayList<>(ASSESSORS);
      java.util.Collections.shuffle(pool, rnd);
      int n = 1 + rnd.nextInt(4);
      for (String who : pool.subList(0, n)) {
        out.add(assessment(rnd, ins, city, who, ins.id(), false));
      }
      if (bad && rnd.nextBoolean()) {
        switch (rnd.nextInt(3)) {
          case 0 -> out.add(assessment(rnd, ins, city, pool.get(0), ins.id(), false));
          case 1 -> out.add(assessment(rnd, ins, city, "Y", "OTHER-1", false));
          default -> out.add(assessment(rnd, ins, city, "Y", ins.id(), true));
        }
      }
    }
    java.util.Collections.shuffle(out, rnd);
    return out;
  }

  private static Assessment assessment(Random rnd, Instrument ins, City city, String who, String instrumentId,
      boolean unknownIndicator) {
    List<Response> rs = new ArrayList<>();
    for (Indicator ind : ins.indicators()) {
      int k = rnd.nextInt(10);
      if (k == 0) {
        continue; // not assessed
      }
      Answer a = k < 5 ? Answer.PRESENT : k < 8 ? Answer.ABSENT : Answer.NOT_APPLICABLE;
      rs.add(switch (rnd.nextInt(4)) {
        case 0 -> Response.of(ind.code(), a);
        case 1 -> Response.of(ind.code(), a, Evidence.on(Channel.MGP));
        case 2 -> Response.of(ind.code(), a, Evidence.on(Channel.SOCIAL_MEDIA, Channel.MOBILE_APP));
        default -> Response.of(ind.code(), a, Evidence.builder().url("https://x.example/" + who + ind.code()).build());
      });
    }
    if (unknownIndicator) {
      rs.add(Response.of("#99", Answer.PRESENT));
    }
    return Assessment.builder().city(city).instrumentId(instrumentId).assessorId(who).responses(rs).build();
  }

  private static String describe(ObjectReview.Result r) {
    StringBuilder sb = new StringBuilder();
    group(sb, r.overall());
    r.byIndicator().forEach(g -> group(sb, g));
    r.byCriterion().forEach(g -> group(sb, g));
    for (CityAgreement c : r.byCity()) {
      sb.append("city ").append(c.city()).append(' ').append(c.assessorIds()).append(' ').append(c.itemsCompared())
          .append(' ').append(c.itemsDisagreeing()).append(' ').append(c.itemsNotCompared()).append(' ')
          .append(c.rawDisagreement()).append(' ').append(c.alert()).append('\n');
      report(sb, c.report());
    }
    r.byPair().forEach(g -> group(sb, g));
    r.disagreements().forEach(d -> sb.append(d).append('\n'));
    return sb.toString();
  }

  private static void group(StringBuilder sb, GroupAgreement g) {
    sb.append("group ").append(g.key()).append(' ').append(g.label()).append(' ').append(g.itemsCompared()).append(' ')
        .append(g.itemsDisagreeing()).append(' ').append(g.rawDisagreement()).append('\n');
    report(sb, g.report());
  }

  /** Every number of a report as its bits, every text as is. */
  private static void report(StringBuilder sb, AgreementReport r) {
    sb.append(r.units()).append(' ').append(r.raters()).append(' ').append(r.pairableValues()).append(' ')
        .append(r.prevalenceNote()).append('\n');
    for (CoefficientResult c : r.results()) {
      sb.append("  ").append(c.coefficient()).append(' ').append(c.notApplicableReason());
      if (c.isApplicable()) {
        Estimate e = c.estimate();
        sb.append(' ').append(e.statistic()).append(' ').append(e.undefinedReason());
        if (e.isDefined()) {
          sb.append(' ').append(bits(e.value()));
        }
        e.standardError().ifPresent(x -> sb.append(" se ").append(bits(x)));
        e.pValue().ifPresent(x -> sb.append(" p ").append(bits(x)));
        e.confidenceInterval().ifPresent(ci -> sb.append(" ci ").append(bits(ci.lower())).append(' ')
            .append(bits(ci.upper())).append(' ').append(ci.level()).append(' ').append(ci.method()));
      }
      sb.append('\n');
    }
  }

  private static String bits(double x) {
    return Long.toHexString(Double.doubleToRawLongBits(x));
  }
}
