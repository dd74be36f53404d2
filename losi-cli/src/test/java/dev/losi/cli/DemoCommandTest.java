package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.io.CsvTable;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void committedSampleEqualsTheGeneratorOutput() {
    assertEquals(DemoSampleGenerator.assessments(DemoSampleGenerator.instrument()),
        DemoCommand.resource(DemoCommand.ASSESSMENTS),
        "regenerate with DemoSampleGenerator.main (run from losi-cli)");
    assertEquals(DemoSampleGenerator.adjustments(DemoSampleGenerator.instrument()),
        DemoCommand.resource(DemoCommand.ADJUSTMENTS),
        "regenerate with DemoSampleGenerator.main (run from losi-cli)");
  }

  @Test
  void sampleHasTheAdvertisedShape() {
    String text = DemoCommand.resource(DemoCommand.ASSESSMENTS);
    CsvTable t = CsvTable.parse("sample", text);
    Set<String> cities = new HashSet<>();
    Set<String> countries = new HashSet<>();
    Set<String> cityAssessor = new HashSet<>();
    int offPortal = 0;
    for (CsvTable.Row r : t.rows()) {
      cities.add(r.fields().get(0));
      countries.add(r.fields().get(2));
      cityAssessor.add(r.fields().get(0) + "/" + r.fields().get(3));
      if (r.fields().get(6).equals("SOCIAL_MEDIA") || r.fields().get(6).equals("NATIONAL_PORTAL")) {
        offPortal++;
      }
    }
    assertEquals(30, cities.size());
    assertEquals(Set.of("BRA", "DEU", "IND", "KEN", "MEX", "SGP"), countries);
    assertEquals(60, cityAssessor.size(), "two assessors per city");
    assertTrue(offPortal > 0);
    assertEquals(Set.of("LOSI-2024"), t.rows().stream().map(r -> r.fields().get(10)).collect(java.util.stream.Collectors.toSet()));
    assertEquals(60 * 95, t.rows().size(), "every city and assessor answers all 95 LOSI 2024 indicators");
    assertEquals(text.lines().count() - 1, t.rows().size(), "the header and one row per answer");
    assertTrue(cities.stream().allMatch(c -> c.startsWith("SYN-")), "synthetic city ids");
  }

  @Test
  void demoPrintsTheSyntheticReportAndWhereToGoNext() throws java.io.IOException {
    Cli r = Cli.run("demo");
    assertEquals(0, r.exitCode(), r::toString);
    String out = r.out();
    // without --out the demo writes its two reports into a new temporary directory, which it names; removed here
    java.util.regex.Matcher written = java.util.regex.Pattern.compile("(?m)^  study report: +(\\S+)/study\\.html$")
        .matcher(out);
    assertTrue(written.find(), r::toString);
    java.nio.file.Path dir = java.nio.file.Path.of(written.group(1));
    assertTrue(dir.getFileName().toString().startsWith("losi-demo-"), dir::toString);
    for (String f : new String[] {"study.html", "summary.html"}) {
      java.nio.file.Files.delete(dir.resolve(f));
    }
    java.nio.file.Files.delete(dir);
    assertTrue(out.startsWith("LOSI demo: SYNTHETIC SAMPLE"), r::toString);
    assertTrue(out.contains("30 cities in 6 countries, 2 assessors each"), r::toString);
    long rows = out.lines().filter(l -> l.startsWith("SYN-")).count();
    assertEquals(60, rows, r::toString);
    // the adjusted column is filled for the countries with adjustments, and only for them
    out.lines().filter(l -> l.startsWith("SYN-")).forEach(l -> {
      boolean adjusted = l.matches(".*\\s\\d\\.\\d{4}\\s+\\d+$");
      boolean adjustedCountry = l.startsWith("SYN-DEU") || l.startsWith("SYN-SGP");
      assertEquals(adjustedCountry, adjusted, l);
    });
    assertTrue(out.contains("DEU-01 DEU EXCLUDE_INDICATOR"), r::toString);
    assertTrue(out.contains("SGP-01 SGP ACCEPT_CHANNEL"), r::toString);
    assertTrue(out.matches("(?s).*Agreement between assessors A and B: [1-9]\\d* of 2850 city-indicator items answered differently.*"),
        r::toString);
    assertTrue(out.matches("(?s).*\\n  gwet_ac1 +0\\.\\d{3}  95% CI.*"), r::toString);
    assertTrue(out.contains("raw-disagreement alert"), r::toString);
    assertTrue(out.contains("Where to go next:"), r::toString);
    assertTrue(out.contains("losi score --instrument"), r::toString);
    assertTrue(out.contains("docs/cli.md"), r::toString);
    assertEquals("", r.err());
  }

  @Test
  void demoIsDeterministic(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String out = dir.toString();
    Cli first = Cli.run("demo", "--out", out);
    String study = java.nio.file.Files.readString(dir.resolve("study.html"));
    assertEquals(first.out(), Cli.run("demo", "--out", out).out());
    assertEquals(study, java.nio.file.Files.readString(dir.resolve("study.html")));
  }

  @Test
  void demoEndsByWritingTheStudyReportAndSummaryAndPrintingTheirPaths(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    Cli r = Cli.run("demo", "--out", dir.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().endsWith("\nHTML reports of the sample (assessor A's view; losi report --help):\n"
        + "  study report:     " + dir.resolve("study.html") + "\n  one-page summary: " + dir.resolve("summary.html") + "\n"),
        r::toString);
    String study = java.nio.file.Files.readString(dir.resolve("study.html"));
    assertTrue(study.contains("30 cities in 6 countries"), study);
    assertTrue(study.contains("id=\"agreement-flagged\""), "the sample's flagged cities are listed");
    assertTrue(java.nio.file.Files.readString(dir.resolve("summary.html")).contains("class=\"msg\""));
  }

  /** The demo tells users to score the sample files themselves; they must read as they are. */
  @Test
  void sampleFilesScoreAsTheyAre() {
    Cli r = Cli.run("score", "--instrument", "LOSI-2024",
        "--assessments", "src/main/resources/dev/losi/cli/demo/synthetic-assessments.csv",
        "--adjustments", "src/main/resources/dev/losi/cli/demo/synthetic-adjustments.json", "--format", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(61, r.out().lines().count(), "a header and one row per city and assessor");
  }
}
