package dev.losi.stats.io;

import static dev.losi.stats.io.Fixture.INSTRUMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Assessment;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.io.AssessmentCsv;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import dev.losi.stats.review.AnswerCoding;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.OrganisationComparison;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReviewBootstrap;
import dev.losi.stats.review.ReviewSettings;
import dev.losi.stats.uncertainty.CityLosiInterval;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Streamed == tree: {@link AgreementJson}, which writes the agreement family straight to the generator, gives
 * the same text as the earlier writer, which built a tree first ({@link AgreementTrees}, kept in the tests as
 * the second implementation, written out by jackson-databind, {@link JacksonReference}), over random agreement reports (levels,
 * missing ratings, one-category data, alpha bootstraps), random assessor reviews (cities with one to three
 * assessors, thresholds, both codings, evidence with channels, URLs and notes holding quotes and non-ASCII
 * letters, with and without the cluster bootstrap and the city LOSI), reconciliations and comparisons of the
 * same assessments. The streaming {@link StatisticsJson#writeReview} writes the characters of the text, on one thread or two.
 */
class AgreementJsonProperties {

  @Property(tries = 300)
  void reportsAreWrittenAsTheTreeWriterWroteThem(@ForAll("codes") int[] codes, @ForAll @IntRange(min = 2, max = 4) int raters,
      @ForAll("level") MeasurementLevel level, @ForAll boolean bootstrap) {
    int units = codes.length / raters;
    Assume.that(units >= 1);
    int[] used = java.util.Arrays.copyOf(codes, units * raters);
    Scale scale = switch (level) {
      case NOMINAL -> Scale.nominal("a", "b", "c");
      case ORDINAL -> Scale.ordinal("low", "mid", "high");
      default -> Scale.numeric(1, 2, 4);
    };
    ReliabilityData data = ReliabilityData.of(scale, raters, used);
    AgreementReport report;
    try {
      report = bootstrap ? AgreementReport.withBootstrap(data, level, 30, units, 0.667, 0.8)
          : AgreementReport.of(data, level);
    } catch (IllegalArgumentException e) {
      Assume.that(false); // data the report refuses (no pairable value, say) have no document
      return;
    }
    assertEquals(JacksonReference.text(AgreementTrees.report(report)), StatisticsJson.agreement(report));
  }

  @Property(tries = 200)
  void reviewsAreWrittenAsTheTreeWriterWroteThem(@ForAll("assessments") List<Assessment> as,
      @ForAll("threshold") double threshold, @ForAll boolean scored, @ForAll boolean bootstrap, @ForAll boolean losi)
      throws IOException {
    AssessmentReview r = AssessmentReview.of(INSTRUMENT, as,
        new ReviewSettings(threshold, scored ? AnswerCoding.SCORED : AnswerCoding.AS_ANSWERED));
    ReviewBootstrap boot = bootstrap && r.byCity().size() >= 2
        ? ReviewBootstrap.of(r, as, ClusterBootstrap.withReplicates(20).withSeed(as.size())) : null;
    List<CityLosiInterval.Result> cityLosi = losi
        ? CityLosiInterval.of(INSTRUMENT, as, List.of(), MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95) : List.of();
    Statistics.label("compared cities").collect(Math.min(r.byCity().size(), 3));
    Statistics.label("bootstrap").collect(boot != null);

    String tree = JacksonReference.text(AgreementTrees.review(r, boot, cityLosi));
    assertEquals(tree, StatisticsJson.review(r, boot, cityLosi));
    StringWriter streamed = new StringWriter();
    StatisticsJson.writeReview(r, boot, cityLosi, streamed);
    assertEquals(tree, streamed.toString());
    // the second half of by_city and the part after it on threads of their own, for any number of cities
    StringWriter twoThreads = new StringWriter();
    JsonText.write(twoThreads, g -> ReviewJson.review(g, r, boot, cityLosi, 2, 0));
    assertEquals(tree, twoThreads.toString(), "written on two threads");
    assertEquals(JacksonReference.text(AgreementTrees.review(r)), StatisticsJson.review(r));

    var reconciled = Reconciliation.reconcile(INSTRUMENT, as, List.of());
    assertEquals(JacksonReference.text(AgreementTrees.reconciliation(reconciled)), StatisticsJson.reconciliation(reconciled));
  }

  @Property(tries = 150)
  void comparisonsAreWrittenAsTheTreeWriterWroteThem(@ForAll("answers") List<String> left,
      @ForAll("answers") List<String> right) {
    List<String> l = new ArrayList<>();
    List<String> r = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      l.add("C" + i + " G " + left.get(i));
    }
    for (int i = 0; i < right.size(); i++) {
      r.add("C" + (i + 1) + " U " + right.get(i));
    }
    OrganisationComparison c;
    try {
      c = OrganisationComparison.compare(INSTRUMENT, "gov \"é\"", csv(l), "uni", csv(r), MissingAnswerPolicy.REJECT);
    } catch (IllegalArgumentException e) {
      Assume.that(false); // no common city
      return;
    }
    assertEquals(JacksonReference.text(AgreementTrees.comparison(c)), StatisticsJson.comparison(c));
  }

  @Provide
  Arbitrary<int[]> codes() {
    return Arbitraries.frequency(Tuple.of(1, ReliabilityData.MISSING), Tuple.of(4, 0), Tuple.of(3, 1), Tuple.of(2, 2))
        .list().ofMinSize(2).ofMaxSize(40)
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
  }

  @Provide
  Arbitrary<MeasurementLevel> level() {
    return Arbitraries.of(MeasurementLevel.NOMINAL, MeasurementLevel.ORDINAL, MeasurementLevel.INTERVAL);
  }

  @Provide
  Arbitrary<Double> threshold() {
    return Arbitraries.of(0.0, 0.05, 0.25, 1.0);
  }

  @Provide
  Arbitrary<List<String>> answers() {
    return Arbitraries.strings().withChars("1100N").ofLength(4).list().ofMinSize(1).ofMaxSize(5);
  }

  /** One to six cities, each with one to three assessors answering the four indicators at random. */
  @Provide
  Arbitrary<List<Assessment>> assessments() {
    Arbitrary<String> answers = Arbitraries.strings().withChars("1100N").ofLength(4);
    return answers.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(6).map(cities -> {
      List<String> lines = new ArrayList<>();
      for (int c = 0; c < cities.size(); c++) {
        for (int a = 0; a < cities.get(c).size(); a++) {
          lines.add("C" + c + " A" + a + " " + cities.get(c).get(a));
        }
      }
      return csv(lines);
    });
  }

  /**
   * Assessments from "city assessor answers" triples as {@link Fixture#assessments}, with richer evidence: a
   * present answer has one or two channels, a URL, and on some indicators a note with a quote and an accent.
   */
  private static List<Assessment> csv(List<String> lines) {
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,indicator,value,evidence_channel,"
        + "evidence_url,note\n");
    for (String s : lines) {
      String[] p = s.split(" ");
      for (int i = 0; i < p[2].length(); i++) {
        char c = p[2].charAt(i);
        boolean present = c == '1';
        csv.append(p[0]).append(",Ville ").append(p[0]).append(" é,BRA,").append(p[1]).append(",#").append(i + 1)
            .append(',').append(c == 'N' ? "NA" : String.valueOf(c)).append(',')
            .append(present ? (i % 2 == 0 ? "MGP" : "MOBILE_APP|MGP") : "").append(',')
            .append(present ? "https://" + p[0].toLowerCase() + ".example/" + p[1] + "/" + (i + 1) : "").append(',')
            .append(present && i >= 2 ? "\"seen \"\"here\"\", ça\"" : "").append('\n');
      }
    }
    return AssessmentCsv.reader(INSTRUMENT).read(csv.toString(), "a.csv");
  }
}
