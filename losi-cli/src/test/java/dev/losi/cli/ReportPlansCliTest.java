package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.level.Level;
import dev.losi.io.CsvTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: --effort, --uptake, --peers and --target on the study and summary reports (refused before). The
 * study's plans across cities are checked against a second computation from the CSV that {@code losi plan}
 * prints with the same options: per phase, the cities whose level after the last step of that phase or an
 * earlier one is above today's.
 */
class ReportPlansCliTest {

  private static final List<String> PHASES = List.of("QUICK_FIXES", "MODERATE", "HARD", "UNCLASSIFIED");

  private static Level level(String s) {
    return Level.parse(s.toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  @Test
  void studyAndSummaryShowThePlansOfLosiPlan(@TempDir Path dir) throws Exception {
    Path effort = Files.writeString(dir.resolve("effort.csv"),
        "indicator,effort\n#281,easy\n#215,easy\n#204,moderate\n#265,hard\n#298,easy\n#220,moderate\n");
    Path sub = Files.writeString(dir.resolve("a.csv"), String.join("\n", Files.readAllLines(
        Path.of(ReportCommandTest.SAMPLE)).stream().filter(l -> l.startsWith("city_id") || l.split(",")[3].equals("A"))
        .toList()) + "\n");
    Path data = dir.resolve("charts");
    Cli study = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", sub.toString(),
        "--effort", effort.toString(), "--target", "high", "--peers", "country", "--out", dir.resolve("s.html").toString(),
        "--data-dir", data.toString());
    assertEquals(0, study.exitCode(), study::toString);
    Cli plan = Cli.run("plan", "--instrument", "LOSI-2024", "--assessments", sub.toString(), "--effort", effort.toString(),
        "--target", "high", "--peers", "country", "--format", "csv");
    assertEquals(0, plan.exitCode(), plan::toString);
    CsvTable t = CsvTable.parse("plan.csv", plan.out());
    Map<String, Level> today = new LinkedHashMap<>();
    Map<String, Map<String, Level>> after = new LinkedHashMap<>();
    int[] cities = new int[4];
    int[] changes = new int[4];
    Map<String, boolean[]> seen = new LinkedHashMap<>();
    for (CsvTable.Row r : t.rows()) {
      String city = t.cell(r, "city_id");
      today.put(city, level(t.cell(r, "level")));
      if (t.cell(r, "phase").isEmpty()) {
        continue;
      }
      int p = PHASES.indexOf(t.cell(r, "phase").toUpperCase(Locale.ROOT).replace(' ', '_'));
      assertTrue(p >= 0, t.cell(r, "phase"));
      changes[p]++;
      boolean[] s = seen.computeIfAbsent(city, k -> new boolean[4]);
      if (!s[p]) {
        s[p] = true;
        cities[p]++;
      }
      after.computeIfAbsent(city, k -> new LinkedHashMap<>()).put(PHASES.get(p), level(t.cell(r, "level_after_phase")));
    }
    StringBuilder want = new StringBuilder("phase,cities_with_changes,changes,cities_up_a_level\n");
    for (int p = 0; p < 4; p++) {
      int up = 0;
      for (String city : today.keySet()) {
        Level l = today.get(city);
        for (int q = 0; q <= p; q++) {
          Level a = after.getOrDefault(city, Map.of()).get(PHASES.get(q));
          l = a == null ? l : a;
        }
        up += l.compareTo(today.get(city)) < 0 ? 1 : 0;
      }
      want.append(PHASES.get(p).toLowerCase(Locale.ROOT).replace('_', ' ')).append(',').append(cities[p]).append(',')
          .append(changes[p]).append(',').append(up).append('\n');
    }
    assertEquals(want.toString(), Files.readString(data.resolve("study-plans.csv")));
    assertTrue(changes[0] > 0, "the effort table makes some quick fixes");
    assertTrue(Files.readString(dir.resolve("s.html")).contains("to reach the high level;"));

    Cli summary = Cli.run("report", "summary", "--instrument", "LOSI-2024", "--assessments", sub.toString(),
        "--effort", effort.toString(), "--target", "high", "--peers", "country", "--lang", "fr",
        "--out", dir.resolve("summary.html").toString());
    assertEquals(0, summary.exitCode(), summary::toString);
    String html = Files.readString(dir.resolve("summary.html"));
    assertTrue(html.contains("id=\"msg-plan-quick-fixes\""), html);
    List<String> lines = new ArrayList<>(List.of(want.toString().split("\n")));
    String quickUp = lines.get(1).split(",")[3];
    assertTrue(html.contains(quickUp + " des "), html);

    Cli badTarget = Cli.run("report", "summary", "--instrument", "LOSI-2024", "--assessments", sub.toString(),
        "--target", "top", "--out", dir.resolve("x.html").toString());
    assertEquals(2, badTarget.exitCode(), badTarget::toString);
    assertTrue(badTarget.err().contains("--target must be very-high, high, middle or low, got \"top\""), badTarget.err());
  }
}
