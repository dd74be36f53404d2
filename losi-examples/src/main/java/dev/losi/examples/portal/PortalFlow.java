package dev.losi.examples.portal;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.Assessments;
import dev.losi.io.CsvFormat;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import dev.losi.io.ResultsExport;
import dev.losi.stats.review.AnswerCoding;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.ReviewSettings;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.io.ReviewerDecisions;
import dev.losi.stats.io.StatisticsJson;
import dev.losi.stats.io.StudyCsv;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReconciliationPolicy;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.TiePolicy;
import dev.losi.stats.study.JoinBy;
import dev.losi.stats.study.OsiLosiStudy;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.study.StudyDesign;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * What a city portal does with the LOSI libraries alone, without the {@code losi} command: score uploaded
 * assessments, check the agreement of the assessors, reconcile them into one consensus assessment per
 * city, and relate the city scores to the national OSI. Each step is the library calls behind one
 * command ({@code losi score}, {@code losi agreement --assessments}, {@code losi reconcile},
 * {@code losi correlate --scores ... --osi ...}) and returns the same CSV or JSON text.
 *
 * <p>Run with an assessments CSV (two assessors per city) and a country OSI CSV ({@code country,osi}):
 * {@code mvn -q -pl losi-examples -am compile exec:java -Dexec.mainClass=dev.losi.examples.portal.PortalFlow
 * -Dexec.args="assessments.csv egdi_2024_countries.csv out"}; the results are written to the folder
 * {@code out}.
 */
public final class PortalFlow {

  /** CSV as the command writes it: comma, LF line ends. */
  static final CsvFormat CSV = CsvFormat.standard().withLineSeparator("\n");

  private final Instrument instrument;

  /** A portal scoring on one instrument. */
  public PortalFlow(Instrument instrument) {
    this.instrument = instrument;
  }

  /** A portal on the bundled LOSI 2024 instrument. */
  public static PortalFlow losi2024() {
    return new PortalFlow(Instruments.load("LOSI-2024"));
  }

  /** Reads the documented country adjustments of a JSON adjustments document. */
  public static List<CountryAdjustment> adjustments(Path json) throws IOException {
    return LosiJson.standard().readAdjustments(json);
  }

  /** Reads assessments (CSV or XLSX, long or wide, or JSON), checked against the instrument. */
  public List<Assessment> assessments(Path file, List<CountryAdjustment> adjustments) throws IOException {
    return Assessments.reader(instrument).withAdjustments(adjustments).read(file);
  }

  /** {@code losi score}: the scores of every assessment, with rating class and rank. */
  public ResultsExport score(List<Assessment> assessments, List<CountryAdjustment> adjustments) {
    List<CityScore> scores = Scorer.of(instrument).withAdjustments(adjustments).scoreAll(assessments);
    return ResultsExport.of(scores);
  }

  /** {@code losi agreement --assessments}: agreement of the assessors with the UN's 5% alert, as JSON. */
  public String agreementJson(List<Assessment> assessments) {
    AssessmentReview review = AssessmentReview.of(instrument, assessments, new ReviewSettings(0.05, AnswerCoding.SCORED));
    // Each city's LOSI with its interval over the assessors, as losi agreement prints it.
    List<dev.losi.stats.uncertainty.CityLosiInterval.Result> cityLosi = dev.losi.stats.uncertainty.CityLosiInterval.of(
        instrument, assessments, List.of(), dev.losi.core.scoring.MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95);
    return StatisticsJson.review(review, null, cityLosi);
  }

  /** {@code losi reconcile}: one consensus assessment per city (no reviewer decisions yet). */
  public ReconciliationResult reconcile(List<Assessment> assessments, TiePolicy ties, String consensusId) {
    return Reconciliation.reconcile(instrument, assessments, List.of(), new ReconciliationPolicy(ties, consensusId));
  }

  /** The consensus assessments of a reconciliation as a long CSV, as {@code losi reconcile --out x.csv} writes. */
  public static String consensusCsv(ReconciliationResult result) {
    return AssessmentCsv.writer().format(CSV).toString(result.consensusAssessments());
  }

  /** The items that wait for a reviewer, as the decisions CSV of {@code losi reconcile --pending}. */
  public static String pendingCsv(ReconciliationResult result) {
    return ReviewerDecisions.pendingCsv(result.pending());
  }

  /**
   * {@code losi correlate --scores ... --osi ... --format json}: the OSI-LOSI study of city scores (the
   * CSV of {@link #score}) against national OSI values, with the {@code top} leaders and laggards.
   */
  public static String studyJson(Path cityScores, Path countryOsi, int top) {
    OsiLosiStudyResult result = OsiLosiStudy.of(StudyCsv.cityScores(cityScores), StudyCsv.countryOsi(countryOsi, "osi"))
        .withJoinBy(JoinBy.AUTO).withTop(top).run();
    // The study knows its design: cities that share a country are analysed per country (the CLI's default,
    // --unit auto, 1000 cluster-bootstrap replicates with seed 1 when the unit is the city).
    StudyDesign.Result design = StudyDesign.defaults().withBootstrap(1000, 1).analyse(result.matched());
    String intervals = design.unit() == StudyDesign.Unit.CITY && design.clustered()
        ? "ci95 analytic (assumes independent cities); ci95_cluster_bootstrap over " + design.countries()
            + " countries, 1000 replicates, seed 1"
        : "analytic";
    return StatisticsJson.study(result, design, EnumSet.allOf(CorrelationMethod.class), intervals);
  }

  /**
   * Scores, checks agreement, reconciles (ties counted absent, consensus id "panel"), scores the consensus and runs the study.
   *
   * @param args the assessments file, the country OSI file and the output folder
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: PortalFlow ASSESSMENTS.csv COUNTRY-OSI.csv OUTPUT-FOLDER");
      System.exit(2);
    }
    Path out = Files.createDirectories(Path.of(args[2]));
    PortalFlow portal = losi2024();
    List<Assessment> assessments = portal.assessments(Path.of(args[0]), List.of());
    write(out.resolve("scores.csv"), portal.score(assessments, List.of()).toCsv(CSV));
    write(out.resolve("agreement.json"), portal.agreementJson(assessments));
    ReconciliationResult reconciled = portal.reconcile(assessments, TiePolicy.ABSENT_WHEN_TIED, "panel");
    write(out.resolve("consensus.csv"), consensusCsv(reconciled));
    Path cityScores = out.resolve("city-scores.csv");
    write(cityScores, portal.score(reconciled.consensusAssessments(), List.of()).toCsv(CSV));
    write(out.resolve("study.json"), studyJson(cityScores, Path.of(args[1]), 5));
    System.out.println("wrote scores.csv, agreement.json, consensus.csv, city-scores.csv and study.json to " + out);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
