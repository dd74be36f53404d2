package dev.losi.examples.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.io.ResultsExport;
import dev.losi.stats.io.StatisticsJson;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.TiePolicy;
import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal does what the {@code losi} command does with the libraries alone (no losi-cli class on this
 * module's class path) and gets the same bytes. The independent source is the command itself: its golden
 * outputs, recorded by losi-cli's GoldenOutputTest from the same input files, which this test reads in
 * place from losi-cli's resources (the demo data in {@code src/main/resources/dev/losi/cli/demo/}, the
 * case inputs and outputs in {@code src/test/resources/dev/losi/cli/golden/}) and from losi-test-fixtures
 * (the UN EGDI 2024 country data).
 */
class PortalFlowTest {

  private static final Path CLI = Path.of("..", "losi-cli", "src");
  private static final Path DEMO = CLI.resolve("main/resources/dev/losi/cli/demo");
  private static final Path GOLDEN = CLI.resolve("test/resources/dev/losi/cli/golden");

  private final PortalFlow portal = PortalFlow.losi2024();

  @Test
  void scoreAsLosiScore() throws IOException {
    List<CountryAdjustment> adjustments = PortalFlow.adjustments(DEMO.resolve("synthetic-adjustments.json"));
    List<Assessment> assessments = portal.assessments(DEMO.resolve("synthetic-assessments.csv"), adjustments);
    ResultsExport results = portal.score(assessments, adjustments);
    // losi score --instrument LOSI-2024 --assessments ... --adjustments ... --format csv / --format json
    assertEquals(golden("score-demo-csv", "stdout"), results.toCsv(PortalFlow.CSV));
    assertEquals(golden("score-demo-json", "stdout"), results.toJson());
  }

  @Test
  void agreementAsLosiAgreement() throws IOException {
    List<Assessment> assessments = portal.assessments(DEMO.resolve("synthetic-assessments.csv"), List.of());
    // losi agreement --assessments synthetic-assessments.csv --format json
    assertEquals(golden("agreement-demo-json", "stdout"), portal.agreementJson(assessments));
  }

  @Test
  void reconcileAsLosiReconcile() throws IOException {
    List<Assessment> assessments = portal.assessments(GOLDEN.resolve("input/assessments.csv"), List.of());
    ReconciliationResult r = portal.reconcile(assessments, TiePolicy.WAIT_FOR_DECISION, "consensus");
    // losi reconcile --assessments assessments.csv --out consensus.csv --pending to-decide.csv
    assertEquals(golden("reconcile-pending", "file consensus.csv"), PortalFlow.consensusCsv(r));
    assertEquals(golden("reconcile-pending", "file to-decide.csv"), PortalFlow.pendingCsv(r));
    // losi reconcile --assessments assessments.csv --out consensus.json --format json
    assertEquals(golden("reconcile-json", "stdout"), StatisticsJson.reconciliation(r));
  }

  @Test
  void osiLosiStudyAsLosiCorrelate(@TempDir Path dir) throws IOException {
    // losi reconcile --assessments synthetic-assessments.csv --ties absent --consensus-id panel --out consensus-all.csv
    List<Assessment> assessments = portal.assessments(DEMO.resolve("synthetic-assessments.csv"), List.of());
    ReconciliationResult r = portal.reconcile(assessments, TiePolicy.ABSENT_WHEN_TIED, "panel");
    assertEquals(golden("reconcile-ties-absent", "file consensus-all.csv"), PortalFlow.consensusCsv(r));
    // losi score --instrument LOSI-2024 --assessments consensus-all.csv --format csv --out city-scores.csv
    String cityScores = portal.score(r.consensusAssessments(), List.of()).toCsv(PortalFlow.CSV);
    assertEquals(golden("correlate-study-scores", "file city-scores.csv"), cityScores);
    // losi correlate --scores city-scores.csv --osi egdi_2024_countries.csv --top 5 --format json
    Path scores = Files.writeString(dir.resolve("city-scores.csv"), cityScores, StandardCharsets.UTF_8);
    assertEquals(golden("correlate-study-json", "stdout"),
        PortalFlow.studyJson(scores, ReferenceData.path(ReferenceData.EGDI_2024), 5));
  }

  @Test
  void mainWritesTheFlow(@TempDir Path dir) throws IOException {
    PortalFlow.main(new String[] {DEMO.resolve("synthetic-assessments.csv").toString(),
        ReferenceData.path(ReferenceData.EGDI_2024).toString(), dir.toString()});
    assertEquals(golden("correlate-study-scores", "file city-scores.csv"), Files.readString(dir.resolve("city-scores.csv")));
    assertTrue(Files.readString(dir.resolve("study.json")).startsWith("{"));
  }

  /**
   * A section of a golden output of losi-cli: {@code stdout}, {@code stderr} or {@code file NAME}; the
   * section runs to the next line starting with {@code "--- "}. The case must have exited with 0.
   */
  private static String golden(String name, String section) throws IOException {
    String text = Files.readString(GOLDEN.resolve(name + ".out"), StandardCharsets.UTF_8);
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    StringBuilder current = null;
    List<String> lines = text.lines().toList();
    assertEquals("exit 0", lines.get(1), name);
    for (String line : lines.subList(2, lines.size())) {
      if (line.startsWith("--- ")) {
        current = new StringBuilder();
        sections.put(line.substring(4), current);
      } else if (line.equals("\\ no newline at end")) {
        current.setLength(current.length() - 1);
      } else {
        current.append(line).append('\n');
      }
    }
    assertTrue(sections.containsKey(section), name + " has no section " + section + ": " + sections.keySet());
    return sections.get(section).toString();
  }
}
