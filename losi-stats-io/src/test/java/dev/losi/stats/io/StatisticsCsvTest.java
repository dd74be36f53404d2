package dev.losi.stats.io;

import static dev.losi.stats.io.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.losi.core.Assessment;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.OrganisationComparison;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReconciliationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV tables of {@link StatisticsCsv}, each parsed back by a second RFC 4180 implementation (Apache
 * Commons CSV) and checked against the JSON of {@link StatisticsJson} for the same result and against a hand
 * computation on a small case.
 */
class StatisticsCsvTest {

  /** Parses CSV with Commons CSV (RFC 4180), header first; fails on a ragged row. */
  static List<CSVRecord> parse(String csv, List<String> header) throws IOException {
    assertTrue(csv.endsWith("\n") && !csv.contains("\r"), "LF line ends");
    List<CSVRecord> rows = new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords());
    assertEquals(header, CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(0).toList());
    rows.forEach(r -> assertEquals(header.size(), r.size(), "row " + r.getRecordNumber()));
    return rows;
  }

  private static ReliabilityData ratings(String csv) throws IOException {
    return ReliabilityCsv.read("r.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        MeasurementLevel.NOMINAL, List.of());
  }

  /**
   * Two raters on four units, A: x x y y, B: x y y y. By hand: p_o = 3/4; the marginals are A (1/2, 1/2),
   * B (1/4, 3/4), so Cohen's p_e = 1/2 * 1/4 + 1/2 * 3/4 = 1/2 and kappa = (3/4 - 1/2)/(1/2) = 1/2; Bennett's
   * S with q = 2 is (3/4 - 1/2)/(1/2) = 1/2. Every value equals the JSON's.
   */
  @Test
  void agreementRowsMatchTheHandComputationAndTheJson() throws IOException {
    ReliabilityData d = ratings("unit,rater,value\n1,A,x\n1,B,x\n2,A,x\n2,B,y\n3,A,y\n3,B,y\n4,A,y\n4,B,y\n");
    AgreementReport r = AgreementReport.of(d, MeasurementLevel.NOMINAL);
    String csv = StatisticsCsv.agreement(r);
    List<CSVRecord> rows = parse(csv, StatisticsCsv.AGREEMENT_COLUMNS);
    assertEquals(r.results().size(), rows.size());
    JsonNode json = json(StatisticsJson.agreement(r));
    for (CSVRecord row : rows) {
      String key = row.get("coefficient");
      if (json.get("not_applicable").has(key)) {
        assertEquals("not applicable: " + json.get("not_applicable").get(key).asText(), row.get("note"));
        assertEquals("", row.get("value"));
        continue;
      }
      JsonNode c = json.get(key);
      assertEquals(c.get("value").asDouble(), Double.parseDouble(row.get("value")), 0.0, key);
      assertEquals(c.get("se").asDouble(), Double.parseDouble(row.get("se")), 0.0, key);
      assertEquals(c.get("ci95").get(0).asDouble(), Double.parseDouble(row.get("ci95_lower")), 0.0, key);
      assertEquals(c.get("ci95").get(1).asDouble(), Double.parseDouble(row.get("ci95_upper")), 0.0, key);
      assertEquals(c.has("ci95_clipped"), Boolean.parseBoolean(row.get("ci95_clipped")), key);
      assertEquals(c.get("ci_method").asText(), row.get("ci_method"), key);
    }
    assertEquals(0.75, value(rows, "percent_agreement"), 1e-15);
    assertEquals(0.5, value(rows, "cohen_kappa"), 1e-15);
    assertEquals(0.5, value(rows, "bennett_s"), 1e-15);
    assertEquals(csv, StatisticsCsv.agreement(AgreementReport.of(d, MeasurementLevel.NOMINAL)), "same bytes");
  }

  /** An undefined coefficient is an empty value with its reason; no number is written as "NaN". */
  @Test
  void undefinedCoefficientIsEmptyWithItsReason() throws IOException {
    ReliabilityData d = ReliabilityCsv.read("one.csv", new ByteArrayInputStream(
        "unit,rater,value\n1,A,x\n1,B,x\n2,A,x\n2,B,x\n".getBytes(StandardCharsets.UTF_8)),
        MeasurementLevel.NOMINAL, List.of("x", "y"));
    List<CSVRecord> rows = parse(StatisticsCsv.agreement(AgreementReport.of(d, MeasurementLevel.NOMINAL)),
        StatisticsCsv.AGREEMENT_COLUMNS);
    CSVRecord kappa = rows.stream().filter(r -> r.get("coefficient").equals("cohen_kappa")).findFirst().orElseThrow();
    assertEquals("", kappa.get("value"));
    assertTrue(kappa.get("note").startsWith("undefined: "), kappa.get("note"));
    assertEquals("1", rows.get(0).get("value"), "a whole number is written without a decimal point");
  }

  private static double value(List<CSVRecord> rows, String key) {
    return Double.parseDouble(rows.stream().filter(r -> r.get("coefficient").equals(key)).findFirst().orElseThrow()
        .get("value"));
  }

  /**
   * x = 1..5, y = 2, 4, 5, 4, 5. By hand: deviations of x -2..2, of y -2, 0, 1, 0, 1; Sxy = 6, Sxx = 10,
   * Syy = 6, so Pearson's r = 6 / sqrt(60) = 0.7745966692414834. The rows follow the chosen methods' order.
   */
  @Test
  void correlationRowsMatchTheHandComputationAndTheJson() throws IOException {
    PairedData data = PairedData.read("p.csv", new ByteArrayInputStream("a,b\n1,2\n2,4\n3,5\n4,4\n5,5\n"
        .getBytes(StandardCharsets.UTF_8)), "a", "b");
    CorrelationSummary s = Correlation.all(data.x(), data.y());
    EnumSet<CorrelationMethod> methods = EnumSet.of(CorrelationMethod.PEARSON, CorrelationMethod.KENDALL);
    List<CSVRecord> rows = parse(StatisticsCsv.correlation(s, methods), StatisticsCsv.CORRELATION_COLUMNS);
    assertEquals(List.of("pearson", "kendall"), rows.stream().map(r -> r.get("method")).toList());
    assertEquals(6 / Math.sqrt(60), Double.parseDouble(rows.get(0).get("estimate")), 1e-15);
    JsonNode json = json(StatisticsJson.correlation(data, s, methods));
    for (CSVRecord row : rows) {
      JsonNode m = json.get(row.get("method"));
      assertEquals(m.get("estimate").asDouble(), Double.parseDouble(row.get("estimate")), 0.0);
      assertEquals(m.get("p_value").asDouble(), Double.parseDouble(row.get("p_value")), 0.0);
      assertEquals(m.get("ci95").get(0).asDouble(), Double.parseDouble(row.get("ci95_lower")), 0.0);
      assertEquals(m.get("ci95").get(1).asDouble(), Double.parseDouble(row.get("ci95_upper")), 0.0);
      assertEquals(m.get("ci_method").asText(), row.get("ci_method"));
      assertEquals("5", row.get("n"));
    }
  }

  /**
   * Two assessors of city C1 differ on #2 only (1 vs 0), and agree on #1, #3, #4: raw disagreement 1/4; the
   * city row, the criterion rows and the overall row carry the same counts as the JSON, with the
   * coefficients under their keys.
   */
  @Test
  void reviewRowsMatchTheJson() throws IOException {
    List<Assessment> list = Fixture.assessments("C1 A 1101", "C1 B 1001", "C2 A 1111", "C2 B 1111");
    AssessmentReview review = AssessmentReview.of(Fixture.INSTRUMENT, list);
    String csv = StatisticsCsv.review(review);
    List<String> keys = review.overall().report().results().stream().map(x -> x.coefficient().key()).toList();
    List<String> header = new ArrayList<>(StatisticsCsv.REVIEW_COLUMNS);
    header.addAll(keys);
    List<CSVRecord> rows = parse(csv, header);
    JsonNode json = json(StatisticsJson.review(review));
    CSVRecord overall = rows.get(0);
    assertEquals("overall", overall.get("view"));
    assertEquals(json.get("overall").get("items_compared").asLong(), Long.parseLong(overall.get("items_compared")));
    assertEquals(1, Long.parseLong(overall.get("items_disagreeing")));
    assertEquals(1.0 / 8, Double.parseDouble(overall.get("raw_disagreement")), 1e-15);
    CSVRecord c1 = rows.stream().filter(r -> r.get("view").equals("city") && r.get("key").equals("C1")).findFirst()
        .orElseThrow();
    assertEquals("A B", c1.get("assessors"));
    assertEquals(0.25, Double.parseDouble(c1.get("raw_disagreement")), 1e-15);
    assertEquals("true", c1.get("alert"));
    JsonNode jc1 = json.get("by_city").get(0);
    assertEquals(jc1.get("coefficients").get("percent_agreement").get("value").asDouble(),
        Double.parseDouble(c1.get("percent_agreement")), 0.0);
    assertEquals(0.75, Double.parseDouble(c1.get("percent_agreement")), 1e-15);
    assertEquals(rows.size(), 1 + review.byCriterion().size() + review.byIndicator().size() + review.byCity().size()
        + review.byAssessorPair().size());
  }

  /** One city each side, C1 scores 3/4 on the left and 2/4 on the right: difference -1/4, by hand. */
  @Test
  void comparisonRowsMatchTheJson() throws IOException {
    OrganisationComparison c = OrganisationComparison.compare(Fixture.INSTRUMENT, "gov",
        Fixture.assessments("C1 G 1101", "C2 G 1111"), "uni", Fixture.assessments("C1 U 1001", "C2 U 1111"),
        MissingAnswerPolicy.REJECT);
    List<CSVRecord> rows = parse(StatisticsCsv.comparison(c), StatisticsCsv.COMPARISON_COLUMNS);
    JsonNode json = json(StatisticsJson.comparison(c)).get("cities");
    assertEquals(json.size(), rows.size());
    CSVRecord c1 = rows.get(0);
    assertEquals("C1", c1.get("city_id"));
    assertEquals(0.75, Double.parseDouble(c1.get("left_losi")), 0.0);
    assertEquals(0.5, Double.parseDouble(c1.get("right_losi")), 0.0);
    assertEquals(-0.25, Double.parseDouble(c1.get("difference")), 1e-15);
    assertEquals("#2", c1.get("indicators_differing"));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(json.get(i).get("difference").asDouble(), Double.parseDouble(rows.get(i).get("difference")), 0.0);
      assertEquals(json.get(i).get("level_changed").asBoolean(), Boolean.parseBoolean(rows.get(i).get("level_changed")));
    }
  }

  /** C1 is unanimous, C2's two assessors tie on #3: one reconciled, one waiting with one pending item. */
  @Test
  void reconciliationRowsMatchTheJson() throws IOException {
    ReconciliationResult r = Reconciliation.reconcile(Fixture.INSTRUMENT,
        Fixture.assessments("C1 A 1111", "C1 B 1111", "C2 A 1101", "C2 B 1111"), List.of());
    List<CSVRecord> rows = parse(StatisticsCsv.reconciliation(r), StatisticsCsv.RECONCILIATION_COLUMNS);
    JsonNode json = json(StatisticsJson.reconciliation(r)).get("cities");
    assertEquals(List.of("C1", "C2"), rows.stream().map(x -> x.get("city_id")).toList());
    assertEquals(List.of("true", "false"), rows.stream().map(x -> x.get("reconciled")).toList());
    assertEquals(List.of("4", "3"), rows.stream().map(x -> x.get("unanimous_items")).toList());
    assertEquals(List.of("0", "1"), rows.stream().map(x -> x.get("pending_items")).toList());
    assertEquals(json.get(1).get("reason").asText(), rows.get(1).get("reason"));
    assertEquals("", rows.get(0).get("reason"));
  }

  /**
   * Five cities in five countries read from standard-input-like streams, OSI x = 0.2 .. 1.0 and LOSI
   * y = 0.3, 0.5, 0.5, 0.7, 0.9. By hand: Sxy = 0.28, Sxx = 0.4, slope 0.7, intercept 0.58 - 0.42 = 0.16, so
   * the second city's fitted LOSI is 0.16 + 0.7 * 0.4 = 0.44 and its residual 0.06.
   */
  @Test
  void studyRowsAreTheMatchedCitiesWithTheLine() throws IOException {
    List<dev.losi.stats.study.CityScoreRow> cities = StudyCsv.cityScores(stream("city,country,losi\nA,BRA,0.3\n"
        + "B,ARG,0.5\nC,CHL,0.5\nD,PER,0.7\nE,COL,0.9\n"), "-", "");
    List<dev.losi.stats.study.CountryOsiRow> osi = StudyCsv.countryOsi(stream("country,osi\nBRA,0.2\nARG,0.4\n"
        + "CHL,0.6\nPER,0.8\nCOL,1.0\n"), "-", "osi");
    dev.losi.stats.study.OsiLosiStudyResult r = dev.losi.stats.study.OsiLosiStudy.of(cities, osi).run();
    List<CSVRecord> rows = parse(StatisticsCsv.study(r), StatisticsCsv.STUDY_COLUMNS);
    assertEquals(List.of("A", "B", "C", "D", "E"), rows.stream().map(x -> x.get("city")).toList());
    CSVRecord b = rows.get(1);
    assertEquals("ARG", b.get("iso3"));
    assertEquals(0.44, Double.parseDouble(b.get("fitted")), 1e-12);
    assertEquals(0.06, Double.parseDouble(b.get("residual")), 1e-12);
    assertEquals("3", b.get("line"));
    assertEquals("-", cities.get(0).source().orElseThrow(), "the stream's name is the rows' source");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Numbers do not follow the default locale, and text that a spreadsheet would run is neutralised. */
  @Test
  void bytesDoNotDependOnTheLocaleAndFormulasAreNeutralised() throws IOException {
    Locale before = Locale.getDefault();
    List<Assessment> list = Fixture.assessments("C1 A 1101", "C1 B 1001");
    String root = StatisticsCsv.review(AssessmentReview.of(Fixture.INSTRUMENT, list));
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals(root, StatisticsCsv.review(AssessmentReview.of(Fixture.INSTRUMENT, list)));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(root, StatisticsCsv.review(AssessmentReview.of(Fixture.INSTRUMENT, list)));
    } finally {
      Locale.setDefault(before);
    }
    ReconciliationResult r = Reconciliation.reconcile(Fixture.INSTRUMENT,
        Fixture.assessments("=HYPERLINK(1) A 1111", "=HYPERLINK(1) B 1111"), List.of());
    assertEquals("'=HYPERLINK(1)", parse(StatisticsCsv.reconciliation(r), StatisticsCsv.RECONCILIATION_COLUMNS)
        .get(0).get("city_id"));
  }
}
