package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.io.CsvTable;
import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.CountryAdjustment;
import dev.losi.io.LosiJson;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code losi score} on hand-built files scored against the 12-indicator demo instrument
 * (D01-D02 IF, D03-D05 CP, D06-D08 SP, D09-D10 PE, D11-D12 TEC; channel-independent: D04, D05, D08, D10).
 */
class ScoreCommandTest extends SmallInstrumentFiles {

  static final String HEADER = CliFixture.HEADER;
  Path adjustments;

  /**
   * City X (DEU), assessor A: present D01 (MGP), D02 (no evidence), D03 (SOCIAL_MEDIA only: MGP-specific, so
   * downgraded), D04 (SOCIAL_MEDIA: channel-independent, counts), D06 (MGP), D10, D11 (MGP_LINKED_SITE);
   * absent D05, D07, D09, D12; D08 not applicable. Counted: D01 D02 D04 D06 D10 D11 = 6 of 12 = 0.5 exactly,
   * the lower bound of "high". Assessor B: the same plus D05 present = 7/12.
   * City Y (SGP), assessor A: D01 present, D06 present on the NATIONAL_PORTAL only (downgraded), the rest
   * absent: 1/12.
   * Adjustments: DEU-01 excludes D08 for DEU, so X's adjusted LOSI is 6/11 (A) and 7/11 (B); SGP-01 accepts
   * the national portal for D06 in SGP, so Y's adjusted LOSI is 2/12.
   */
  @BeforeEach
  void files() throws Exception {
    StringBuilder sb = CliFixture.withCityX("A");
    String[][] xa = CliFixture.cityX();
    xa[4] = new String[] {"D05", "1", ""};
    CliFixture.rows(sb, "X,Xville,DEU", "B", xa);
    for (int i = 1; i <= 12; i++) {
      String code = String.format("D%02d", i);
      String v = i == 1 || i == 6 ? "1" : "0";
      String ch = i == 6 ? "NATIONAL_PORTAL" : "";
      sb.append("Y,Yport,SGP,A,").append(code).append(',').append(v).append(',').append(ch)
          .append(i == 6 ? ",https://gov.example.invalid/y,\"found on the national portal, not the city's\"\n" : ",,\n");
    }
    assessments = CliFixture.write(dir, "assessments.csv", sb.toString());
    adjustments = dir.resolve("adjustments.json");
    LosiJson.standard().writeAdjustments(List.of(
        CountryAdjustment.builder().id("DEU-01").country("DEU").instrumentId(SmallInstrument.ID)
            .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("D08").rationale("Identity documents are federal")
            .decidedBy("Review panel").decidedOn(LocalDate.of(2024, 3, 1)).build(),
        CountryAdjustment.builder().id("SGP-01").country("SGP").instrumentId(SmallInstrument.ID)
            .kind(AdjustmentKind.ACCEPT_CHANNEL).indicator("D06").addAcceptedChannels(Channel.NATIONAL_PORTAL)
            .rationale("City-state").decidedBy("Review panel").decidedOn(LocalDate.of(2024, 3, 1)).build()),
        adjustments);
  }

  private static Map<String, Map<String, String>> rows(String csv) {
    CsvTable t = CsvTable.parse("out", csv);
    Map<String, Map<String, String>> byKey = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < t.header().size(); i++) {
        m.put(t.header().get(i), r.fields().get(i));
      }
      byKey.put(m.get("city_id") + "/" + m.get("assessor"), m);
    }
    return byKey;
  }

  @Test
  void handComputedScoresInCsv() {
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        adjustments.toString(), "--format", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    Map<String, Map<String, String>> rows = rows(r.out());
    Map<String, String> xa = rows.get("X/A");
    assertEquals("0.5", xa.get("losi"));
    assertEquals("6", xa.get("points"));
    assertEquals("12", xa.get("maximum"));
    assertEquals("HIGH", xa.get("level"), "6/12 is exactly 0.5, the inclusive lower bound of high");
    assertEquals("1", xa.get("criterion_IF"));
    assertEquals(Double.toString(1.0 / 3), xa.get("criterion_CP"));
    assertEquals(Double.toString(1.0 / 3), xa.get("criterion_SP"));
    assertEquals("0.5", xa.get("criterion_PE"));
    assertEquals("0.5", xa.get("criterion_TEC"));
    assertEquals("0.5", xa.get("scope_MGP_SPECIFIC"), "4 of the 8 MGP-specific count");
    assertEquals("0.5", xa.get("scope_CHANNEL_INDEPENDENT"), "2 of the 4 channel-independent count");
    assertEquals("7", xa.get("present"));
    assertEquals("4", xa.get("absent"));
    assertEquals("1", xa.get("not_applicable"));
    assertEquals("D03:SOCIAL_MEDIA", xa.get("downgrades"));
    assertEquals("", xa.get("not_applicable_without_adjustment"), "D08 is NA but excluded for DEU, so not listed");
    assertEquals(Double.toString(6.0 / 11), xa.get("adjusted_losi"));
    assertEquals("11", xa.get("adjusted_maximum"));
    assertEquals("DEU-01", xa.get("adjustments_applied"));
    assertEquals("D08", xa.get("excluded"));

    Map<String, String> xb = rows.get("X/B");
    assertEquals(Double.toString(7.0 / 12), xb.get("losi"));
    assertEquals(Double.toString(7.0 / 11), xb.get("adjusted_losi"));

    Map<String, String> ya = rows.get("Y/A");
    assertEquals(Double.toString(1.0 / 12), ya.get("losi"));
    assertEquals(Double.toString(2.0 / 12), ya.get("adjusted_losi"));
    assertEquals("D06:NATIONAL_PORTAL>SGP-01", ya.get("downgrades"), "accepted by SGP-01 in the adjusted LOSI");
    assertEquals("LOW", ya.get("level"));

    // Bug fix (issue 9 item 3): city X has two assessors, so each assessor's cities are ranked on their own
    // (they used to be ranked as three rows together: X/B 1, X/A 2, Y/A 3, with X/A H1).
    // Assessor A: 6/12 > 1/12, ranks 1 and 2; X/A is alone in high (Q1 = Q2 = Q3 = 0.5), so HV; Y/A alone
    // in low, so LM. Assessor B: X/B is the only city, rank 1, HV.
    assertEquals("1", xb.get("rank"));
    assertEquals("1", xa.get("rank"));
    assertEquals("2", ya.get("rank"));
    assertEquals("HV", xb.get("rating_class"));
    assertEquals("HV", xa.get("rating_class"));
    assertEquals("LM", ya.get("rating_class"));
    assertEquals("EACH_ASSESSOR", xa.get("reference_basis"));
    assertEquals("2", xa.get("reference_size"));
    assertEquals("1", xb.get("reference_size"));
    assertEquals("1", ya.get("rank_in_country"));
  }

  @Test
  void jsonHasSubIndicesDowngradesAndAdjustments() throws Exception {
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        adjustments.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(1, root.get("schemaVersion").asInt());
    JsonNode ya = root.get("results").get(2);
    assertEquals("Y", ya.at("/city/id").asText());
    assertEquals(SmallInstrument.ID, ya.get("instrumentId").asText());
    assertEquals(1.0 / 12, ya.at("/standard/value").asDouble(), 0.0);
    assertEquals("D06", ya.at("/downgrades/0/indicator").asText());
    assertEquals("NATIONAL_PORTAL", ya.at("/downgrades/0/channels/0").asText());
    assertEquals("SGP-01", ya.at("/downgrades/0/acceptedBy").asText());
    assertEquals(2.0 / 12, ya.at("/adjusted/score/value").asDouble(), 0.0);
    assertEquals("ACCEPT_CHANNEL", ya.at("/adjusted/applied/0/kind").asText());
    assertEquals("LM", ya.get("ratingClass").asText());
    JsonNode xa = root.get("results").get(0);
    assertEquals(1.0 / 3, xa.at("/byCriterion/CP/value").asDouble(), 0.0);
    assertEquals(4.0, xa.at("/byChannelScope/MGP_SPECIFIC/points").asDouble(), 0.0);
    assertEquals(2.0, xa.at("/adjusted/byCriterion/SP/maximum").asDouble(), 0.0, "SP has 2 of 3 left");
    assertEquals(11.0, xa.at("/adjusted/score/maximum").asDouble(), 0.0);
  }

  @Test
  void xlsxNeedsOutAndIsWritten() throws Exception {
    Cli noOut = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--format", "xlsx");
    assertEquals(2, noOut.exitCode(), noOut::toString);
    assertTrue(noOut.err().contains("--format xlsx needs --out FILE"), noOut::toString);
    Path x = dir.resolve("results.xlsx");
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--format", "xlsx",
        "--out", x.toString());
    assertEquals(0, r.exitCode(), r::toString);
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(x), 2);
    assertEquals("PK", new String(head, java.nio.charset.StandardCharsets.US_ASCII), "an XLSX file is a zip archive");
  }

  @Test
  void tableIsReadable() {
    // X/A: rank 1 among assessor A's two cities and in DEU (bug fix, issue 9 item 3: it was 2 of 3 rows).
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        adjustments.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().matches("(?s).*X\\s+Xville\\s+DEU\\s+A\\s+0\\.5000\\s+high\\s+HV\\s+1\\s+1\\s+1\\.0000.*0\\.5455\\s+1\\n.*"),
        r::toString);
  }

  @Test
  void withoutAdjustmentsThereIsNoAdjustedColumn() {
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--format", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(null, rows(r.out()).get("X/A").get("adjusted_losi"), "no adjusted columns at all");
    Cli t = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString());
    assertFalse(t.out().contains("adjusted"), t::toString);
  }

  @Test
  void everyProblemOfABadFileIsReportedAndNothingIsWritten() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, HEADER
        + "X,Xville,DEU,A,D01,2,,,\n"           // line 2: value not 1/0/NA
        + "X,Xville,DEU,A,#999,1,,,\n"          // line 3: unknown indicator
        + "X,Xville,DEU,A,D02,1,WEBSITE,,\n"    // line 4: unknown channel
        + "X,Xville,DEU,A,D03,1,,,\n"           // line 5
        + "X,Xville,DEU,A,D03,0,,,\n"           // line 6: duplicate of line 5
        + "Z,Zed,Germany,A,D01,1,,,\n"          // line 7: not an ISO 3166 alpha-3 code
        + "X,Xdorf,DEU,B,D01,1,,,\n");          // line 8: another name for city X
    Path out = dir.resolve("scores.csv");
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", bad.toString(), "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    String err = r.err();
    assertTrue(err.contains("bad.csv:2: city \"X\" assessor \"A\" indicator \"D01\": value \"2\" is not one of 1, 0, NA"),
        r::toString);
    assertTrue(err.contains("bad.csv:3: city \"X\" assessor \"A\": indicator \"#999\" is not an indicator of instrument"
        + " SMALL-12"), r::toString);
    assertTrue(err.contains("bad.csv:4: city \"X\" assessor \"A\" indicator \"D02\": evidence_channel \"WEBSITE\""),
        r::toString);
    assertTrue(err.contains("bad.csv:6: city \"X\" assessor \"A\" indicator \"D03\": duplicate row"), r::toString);
    assertTrue(err.contains("line 5"), r::toString);
    assertTrue(err.contains("bad.csv:7: city \"Z\" assessor \"A\": country \"Germany\" is not an ISO 3166-1 alpha-3 code"),
        r::toString);
    assertTrue(err.contains("bad.csv:8: city \"X\" assessor \"B\": city_name \"Xdorf\" differs from \"Xville\""),
        r::toString);
    assertTrue(err.contains("6 problems"), r::toString);
    assertFalse(r.hasStackTrace(), r::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void missingColumnsAreNamed() throws Exception {
    Path bad = CliFixture.write(dir, "bad.csv", "city,assessor,indicator,value\nX,A,D01,1\n");
    Cli.run("score", "--instrument", instrument, "--assessments", bad.toString()).assertRefused(
        "bad.csv:1: header lacks the required column city_id", "bad.csv:1: header lacks the required column city_name",
        "bad.csv:1: header lacks the required column country", "header \"city\" is not a column of the long layout");
  }

  @Test
  void incompleteAssessmentsAreRefusedUnlessMissingCountsAsAbsent() throws Exception {
    Path part = CliFixture.write(dir, "partial.csv",
        HEADER + "X,Xville,DEU,A,D01,1,,,\nX,Xville,DEU,A,D02,,,,\nX,Xville,DEU,A,D03,0,,,\n");
    Cli.run("score", "--instrument", instrument, "--assessments", part.toString()).assertRefused(
        "city \"X\" assessor \"A\": answers 10 of 12 indicators not assessed", "D02, D04, D05");

    Cli absent = Cli.run("score", "--instrument", instrument, "--assessments", part.toString(), "--missing", "absent",
        "--format", "csv");
    assertEquals(0, absent.exitCode(), absent::toString);
    Map<String, String> xa = rows(absent.out()).get("X/A");
    assertEquals(Double.toString(1.0 / 12), xa.get("losi"));
    assertEquals("10", xa.get("not_assessed_counted_absent"));
    Cli table = Cli.run("score", "--instrument", instrument, "--assessments", part.toString(), "--missing", "absent");
    assertTrue(table.out().contains("10 unassessed answers were counted as absent"), table::toString);

    Cli.run("score", "--instrument", instrument, "--assessments", part.toString(), "--missing", "zero")
        .assertRefused("--missing must be error or absent");
  }

  @Test
  void badAdjustmentsAreReportedTogether() throws Exception {
    Path bad = dir.resolve("adj.json");
    Files.writeString(bad, """
        {"schemaVersion": 1, "adjustments": [
          {"id": "A-1", "country": "DEU", "instrumentId": "SMALL-12", "kind": "EXCLUDE_ALL", "indicator": "D08",
           "rationale": "why", "decidedBy": "panel", "decidedOn": "2024-03-01"},
          {"id": "A-2", "country": "DEU", "instrumentId": "SMALL-12", "kind": "EXCLUDE_INDICATOR", "indicator": "D08",
           "rationale": "why", "decidedBy": "panel", "decidedOn": "1 March 2024"}
        ]}
        """);
    Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        bad.toString()).assertRefused("EXCLUDE_ALL", "1 March 2024", "2 problems");

    Path unknown = dir.resolve("adj2.json");
    LosiJson.standard().writeAdjustments(List.of(CountryAdjustment.builder().id("A-1").country("DEU")
        .instrumentId(SmallInstrument.ID).kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("#404").rationale("why")
        .decidedBy("panel").decidedOn(LocalDate.of(2024, 3, 1)).build()), unknown);
    Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        unknown.toString()).assertRefused("#404");

    Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        dir.resolve("none.json").toString()).assertRefused("none.json: no such file");
  }

  @Test
  void wideCsvAndJsonAssessmentsScoreLikeTheLongCsv() throws Exception {
    // the same answers as X/A, Y/A in the wide layout (no evidence columns: so no downgrades)
    Path wide = dir.resolve("wide.csv");
    Files.writeString(wide, """
        city_id,city_name,country,assessor,D01,D02,D03,D04,D05,D06,D07,D08,D09,D10,D11,D12
        X,Xville,DEU,A,1,1,1,1,0,1,0,NA,0,1,1,0
        Y,Yport,SGP,A,1,0,0,0,0,1,0,0,0,0,0,0
        """);
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", wide.toString(), "--format", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    Map<String, Map<String, String>> rows = rows(r.out());
    assertEquals(Double.toString(7.0 / 12), rows.get("X/A").get("losi"), "7 present, none downgraded without evidence");
    assertEquals(Double.toString(2.0 / 12), rows.get("Y/A").get("losi"));
    Cli forcedLong = Cli.run("score", "--instrument", instrument, "--assessments", wide.toString(), "--layout", "long");
    assertEquals(2, forcedLong.exitCode(), forcedLong::toString);
    assertTrue(forcedLong.err().contains("header lacks the required column indicator"), forcedLong::toString);

    Path json = dir.resolve("assessments.json");
    List<dev.losi.core.Assessment> list = dev.losi.io.AssessmentCsv.reader(SmallInstrument.get()).read(assessments);
    LosiJson.standard().writeAssessments(list, json);
    Cli j = Cli.run("score", "--instrument", instrument, "--assessments", json.toString(), "--adjustments",
        adjustments.toString(), "--format", "csv");
    Cli c = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        adjustments.toString(), "--format", "csv");
    assertEquals(0, j.exitCode(), j::toString);
    assertEquals(c.out(), j.out(), "JSON and CSV inputs give the same results");
  }

  @Test
  void xlsxAssessmentsScoreLikeTheCsv() throws Exception {
    List<dev.losi.core.Assessment> list = dev.losi.io.AssessmentCsv.reader(SmallInstrument.get()).read(assessments);
    Path xlsx = dir.resolve("assessments.xlsx");
    dev.losi.io.AssessmentXlsx.writer().write(list, xlsx);
    Path wide = dir.resolve("wide.xlsx");
    dev.losi.io.AssessmentXlsx.wideWriter(SmallInstrument.get()).write(list, wide);
    Cli c = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--format", "csv");
    Cli x = Cli.run("score", "--instrument", instrument, "--assessments", xlsx.toString(), "--format", "csv");
    Cli w = Cli.run("score", "--instrument", instrument, "--assessments", wide.toString(), "--layout", "wide",
        "--format", "csv");
    assertEquals(0, x.exitCode(), x::toString);
    assertEquals(c.out(), x.out());
    assertEquals(0, w.exitCode(), w::toString);
    assertEquals(c.out(), w.out());
  }

  @Test
  void builtInLosi2024ById() throws Exception {
    Path one = dir.resolve("one.csv");
    Files.writeString(one, HEADER + "X,Xville,DEU,A,#281,1,MGP,,\n");
    Cli r = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", one.toString(), "--missing", "absent",
        "--format", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    Map<String, String> xa = rows(r.out()).get("X/A");
    assertEquals(Double.toString(1.0 / 95), xa.get("losi"), "1 of the 95 LOSI 2024 indicators");
    assertEquals("94", xa.get("not_assessed_counted_absent"));
    assertEquals(Double.toString(1.0 / 8), xa.get("criterion_IF"), "#281 is one of the 8 IF indicators");
  }

  @Test
  void adjustmentsAsCsvTableGiveTheSameResult() throws Exception {
    Path csv = dir.resolve("adjustments.csv");
    Files.writeString(csv, """
        id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on
        DEU-01,DEU,SMALL-12,EXCLUDE_INDICATOR,D08,,,,Identity documents are federal,Review panel,2024-03-01
        SGP-01,SGP,SMALL-12,ACCEPT_CHANNEL,D06,NATIONAL_PORTAL,,,City-state,Review panel,2024-03-01
        """);
    Cli fromCsv = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        csv.toString(), "--format", "csv");
    Cli fromJson = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        adjustments.toString(), "--format", "csv");
    assertEquals(0, fromCsv.exitCode(), fromCsv::toString);
    assertEquals(fromJson.out(), fromCsv.out());
    Files.writeString(csv, """
        id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on
        DEU-01,DEU,SMALL-12,EXCLUDE_ALL,D08,,,,why,Review panel,2024-03-01
        DEU-02,DEU,SMALL-12,EXCLUDE_INDICATOR,D08,,,,why,Review panel,1 March 2024
        """);
    Cli bad = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--adjustments",
        csv.toString());
    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("adjustments.csv:2") && bad.err().contains("adjustments.csv:3"), bad::toString);
    assertFalse(bad.hasStackTrace(), bad::toString);
  }

  @Test
  void unknownInstrumentIsBadInput() {
    Cli r = Cli.run("score", "--instrument", "LOSI-1999", "--assessments", assessments.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--instrument \"LOSI-1999\" is neither a built-in instrument [LOSI-2024] nor an existing file"),
        r::toString);
  }

  @Test
  void outFileEqualsStandardOutput() throws Exception {
    Path out = dir.resolve("scores.json");
    Cli std = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--format", "json");
    Cli file = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--format", "json",
        "--out", out.toString());
    assertEquals(0, file.exitCode(), file::toString);
    assertEquals(std.out(), Files.readString(out));
    Cli noDir = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(), "--out",
        dir.resolve("no/such/dir/x.csv").toString());
    assertEquals(2, noDir.exitCode(), noDir::toString);
    assertTrue(noDir.err().contains("does not exist"), noDir::toString);
  }
}
