package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pins the HTML structure of each report of the three-city fixture (not its pixels or wording): the
 * sequence of headings, sections, figures, charts and tables with their ids. Regenerate the snapshots in
 * src/test/resources/dev/losi/report/snapshots with {@code -Dsnapshots.update=true} after a deliberate
 * change, and review the diff.
 */
class StructureSnapshotTest {

  private final Reports reports = Reports.of(Fixtures.sixScorer(), Fixtures.threeCities());

  @Test
  void scorecard() throws IOException {
    check("scorecard", reports.scorecard("EGY-01"));
  }

  @Test
  void study() throws IOException {
    check("study", reports.study());
  }

  @Test
  void summary() throws IOException {
    check("summary", reports.summary());
  }

  @Test
  void scorecardWithPlanAndRankInterval() throws IOException {
    java.util.List<dev.losi.core.Assessment> cities = Fixtures.threeCities();
    check("scorecard-plan-interval", reports.withPlans(dev.losi.core.plan.Planner.of(Fixtures.sixScorer()).planAll(cities))
        .withRankIntervals(dev.losi.stats.uncertainty.RankUncertainty.defaults().withSensitivity(false).withDraws(10)
            .analyse(Fixtures.six(), cities, java.util.List.of())).scorecard("EGY-01"));
  }

  @Test
  void studyWithTwoEditions() throws IOException {
    java.util.List<dev.losi.core.Assessment> cities = Fixtures.threeCities();
    check("study-editions", reports.withEditions(dev.losi.core.mapping.LongitudinalComparison.compare(
        dev.losi.core.mapping.EditionMapping.identity(Fixtures.six()), cities, cities,
        dev.losi.core.scoring.MissingAnswerPolicy.REJECT)).study());
  }

  /** One line per structural element: tag and id. */
  static String structure(String html) {
    Matcher m = Pattern.compile("<(html|body|main|header|h1|h2|h3|section|figure|svg|table|ul|div class=\"(?:msg|cols)\")"
        + "(?:[^>]*?\\sid=\"([^\"]*)\")?[^>]*>").matcher(html);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String tag = m.group(1).startsWith("div") ? "div." + m.group(1).replaceAll(".*\"(.*)\"", "$1") : m.group(1);
      sb.append(tag).append(m.group(2) == null ? "" : "#" + m.group(2)).append('\n');
    }
    return sb.toString();
  }

  private static void check(String name, Report r) throws IOException {
    String got = structure(r.html());
    if (Boolean.getBoolean("snapshots.update")) {
      Path p = Path.of("src/test/resources/dev/losi/report/snapshots", name + ".txt");
      Files.createDirectories(p.getParent());
      Files.writeString(p, got, StandardCharsets.UTF_8);
    }
    try (InputStream in = StructureSnapshotTest.class.getResourceAsStream("snapshots/" + name + ".txt")) {
      String want = in == null ? "(no snapshot " + name + ".txt)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(want, got, name);
    }
  }
}
