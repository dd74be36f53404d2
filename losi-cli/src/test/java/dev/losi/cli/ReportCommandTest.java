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
    assertTrue(lang.err().contains("--lang must be one of en, fr, es, got \"xx\""), lang::toString);
    Cli city = Cli.run("report", "scorecard", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "A",
        "--city", "NOPE", "--out", out);
    assertEquals(2, city.exitCode());
    assertTrue(city.err().contains("--city \"NOPE\" is not a city of the assessments"), city::toString);
  }

  @Test
  void scorecardShowsThePlanOfLosiPlanAndTheRankIntervalWithItsDrawsAndSeed(@TempDir Path dir) throws IOException {
    Path effort = Files.writeString(dir.resolve("effort.csv"), "indicator,effort,note\n#281,easy,add the page\n");
    Path out = dir.resolve("card.html");
    Path data = dir.resolve("charts");
    Cli r = Cli.run("report", "scorecard", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "A",
        "--city", "SYN-BRA-01", "--effort", effort.toString(), "--draws", "300", "--seed", "7", "--out", out.toString(),
        "--data-dir", data.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String html = Files.readString(out);
    assertTrue(html.contains("300 random draws, seed 7"), "the draws and the seed are stated");
    assertTrue(html.contains("id=\"chart-rank-interval\"") && html.contains("id=\"chart-plan\""));
    try (Stream<Path> s = Files.list(data)) {
      assertEquals(List.of("scorecard-SYN-BRA-01-channels.csv", "scorecard-SYN-BRA-01-criteria.csv",
          "scorecard-SYN-BRA-01-plan.csv", "scorecard-SYN-BRA-01-rank-interval.csv"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // the same steps, in the same order, as losi plan prints for assessor A's view of the city
    Path sub = Files.writeString(dir.resolve("a.csv"), String.join("\n", Files.readAllLines(Path.of(SAMPLE)).stream()
        .filter(l -> l.startsWith("city_id") || l.split(",")[3].equals("A")).toList()) + "\n");
    Cli plan = Cli.run("plan", "--instrument", "LOSI-2024", "--assessments", sub.toString(), "--effort", effort.toString(),
        "--city", "SYN-BRA-01", "--format", "csv");
    assertEquals(0, plan.exitCode(), plan::toString);
    List<String> rows = plan.out().lines().toList();
    int col = List.of(rows.get(0).split(",")).indexOf("indicator");
    assertTrue(col >= 0, rows.get(0));
    StringBuilder want = new StringBuilder();
    rows.stream().skip(1).map(l -> l.split(",")[col]).filter(c -> !c.isEmpty()).forEach(c -> want.append("<td>").append(c)
        .append("</td>"));
    StringBuilder got = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr><td class=\"n\">\\d+</td>(<td>[^<]*</td>)")
        .matcher(html.substring(html.indexOf("id=\"plan-steps\"")));
    while (m.find()) {
      got.append(m.group(1));
    }
    assertFalse(want.isEmpty(), "the city has a plan");
    assertEquals(want.toString(), got.toString());
  }

  @Test
  void studyWithAnEarlierEditionShowsTheLevelTransitions(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,indicator,value\n");
    java.util.Set<String> cities = new java.util.TreeSet<>();
    Files.readAllLines(Path.of(SAMPLE)).stream().skip(1).forEach(l -> cities.add(l.split(",")[0] + "," + l.split(",")[1]
        + "," + l.split(",")[2]));
    int k = 0;
    for (String c : cities) {
      for (dev.losi.core.mapping.BundledMappings.PeLink p : dev.losi.core.mapping.BundledMappings.losi2022PeLinks()) {
        csv.append(c).append(",consensus,").append(p.code2022()).append(',').append(k++ % 3 == 0 ? 1 : 0).append('\n');
      }
    }
    Path before = Files.writeString(dir.resolve("pe-2022.csv"), csv);
    Path data = dir.resolve("charts");
    Cli r = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "A",
        "--before", before.toString(), "--mapping", "LOSI-2022-PE:LOSI-2024", "--out", dir.resolve("s.html").toString(),
        "--data-dir", data.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.readString(dir.resolve("s.html")).contains("id=\"chart-transitions-core\""));
    for (String kind : List.of("official", "core")) {
      int sum = Files.readAllLines(data.resolve("study-transitions-" + kind + ".csv")).stream().skip(1)
          .mapToInt(l -> Integer.parseInt(l.split(",")[2])).sum();
      assertEquals(30, sum, kind + ": every city of both editions once");
    }
    Cli alone = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "A",
        "--before", before.toString(), "--out", dir.resolve("t.html").toString());
    assertEquals(2, alone.exitCode(), alone::toString);
    assertTrue(alone.err().contains("--mapping"), alone::toString);
    Cli effortOnStudy = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", SAMPLE, "--assessor", "A",
        "--seed", "3", "--out", dir.resolve("u.html").toString());
    assertEquals(2, effortOnStudy.exitCode(), effortOnStudy::toString);
    assertTrue(effortOnStudy.err().contains("--seed is for losi report scorecard"), effortOnStudy::toString);
  }
}
