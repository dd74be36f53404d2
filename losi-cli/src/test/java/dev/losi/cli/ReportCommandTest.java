package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code losi report}: input rules (one value per city), files written, and the errors in the CLI's words. */
class ReportCommandTest {

  static final String SAMPLE = "src/main/resources/dev/losi/cli/demo/synthetic-assessments.csv";
  static final String ADJ = "src/main/resources/dev/losi/cli/demo/synthetic-adjustments.json";

  @Test
  void severalAssessorsWithoutConsensusAreRefusedPointingToReconcile(@TempDir Path dir) {
    Path out = dir.resolve("study.html");
    Cli r = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("losi report: 30 problems in the input; nothing was written:"), r::toString);
    assertTrue(r.err().contains("city \"SYN-BRA-01\": has 2 assessments (assessors A, B)"), r::toString);
    assertTrue(r.err().contains("losi reconcile") && r.err().contains("--assessor ID"), r::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void oneAssessorsViewWritesTheStudyReportAndItsChartData(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("study.html");
    Path data = dir.resolve("charts");
    Cli r = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--adjustments", ADJ,
        "--assessor", "A", "--out", out.toString(), "--data-dir", data.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String html = Files.readString(out);
    assertTrue(html.contains("<td>assessor A</td>"), "the methods section names the view");
    assertTrue(html.contains("id=\"agreement-flagged\""), "agreement comes from both assessors");
    try (Stream<Path> s = Files.list(data)) {
      assertEquals(List.of("study-heatmap.csv", "study-levels.csv", "study-uptake.csv"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // the level chart data sums to the 30 cities of the sample
    int sum = Files.readAllLines(data.resolve("study-levels.csv")).stream().skip(1)
        .mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
    assertEquals(30, sum);
  }

  @Test
  void scorecardWithoutCityWritesOnePerCityIntoTheFolder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("cards");
    Cli r = Cli.run("report", "scorecard", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "B",
        "--lang", "fr", "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(30, s.count());
    }
    String card = Files.readString(out.resolve("scorecard-SYN-BRA-01.html"));
    assertTrue(card.contains("<html lang=\"fr\""));
    assertTrue(card.contains("id=\"agreement\""), "the city's agreement between A and B");
  }

  @Test
  void decisionsReconcileTheAssessorsAndAnUndecidedTieIsRefused(@TempDir Path dir) throws IOException {
    Path pending = dir.resolve("pending.csv");
    Cli rec = Cli.run("reconcile", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--out",
        dir.resolve("consensus.csv").toString(), "--pending", pending.toString());
    assertEquals(0, rec.exitCode(), rec::toString);
    List<String> lines = Files.readAllLines(pending);
    Path none = Files.writeString(dir.resolve("none.csv"), lines.get(0) + "\n");
    Cli refused = Cli.run("report", "summary", "--instrument", "LOSI-2024", "--assessments", SAMPLE,
        "--decisions", none.toString(), "--out", dir.resolve("s.html").toString());
    assertEquals(2, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("is not reconciled"), refused::toString);
    StringBuilder decided = new StringBuilder(lines.get(0)).append('\n');
    lines.stream().skip(1).forEach(l -> decided.append(l.replaceFirst(",,,", ",1,R,")).append('\n'));
    Path all = Files.writeString(dir.resolve("decided.csv"), decided);
    Cli ok = Cli.run("report", "summary", "--instrument", "LOSI-2024", "--assessments", SAMPLE,
        "--decisions", all.toString(), "--out", dir.resolve("s.html").toString());
    assertEquals(0, ok.exitCode(), ok::toString);
    assertTrue(Files.readString(dir.resolve("s.html")).contains("consensus of the assessors"));
  }

  @Test
  void badOptionsAreUsageErrors(@TempDir Path dir) {
    String out = dir.resolve("x.html").toString();
    Cli kind = Cli.run("report", "deck", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--out", out);
    assertEquals(2, kind.exitCode());
    assertTrue(kind.err().contains("the report must be scorecard, study or summary, got \"deck\""), kind::toString);
    Cli lang = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--lang", "xx", "--out", out);
    assertTrue(lang.err().contains("--lang must be one of en, fr, got \"xx\""), lang::toString);
    Cli city = Cli.run("report", "scorecard", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "A",
        "--city", "NOPE", "--out", out);
    assertEquals(2, city.exitCode());
    assertTrue(city.err().contains("--city \"NOPE\" is not a city of the assessments"), city::toString);
  }
}
