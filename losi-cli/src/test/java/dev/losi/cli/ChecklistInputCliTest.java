package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.io.LosiJson;
import dev.losi.testing.ChecklistFilling;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a checklist made by {@code losi checklist}, filled with a second XLSX implementation (Apache
 * POI, as a spreadsheet user would), is read by {@code losi score}, {@code losi plan} and {@code losi report}
 * as any assessments file, without {@code --sheet}. The independent source of the numbers is the same
 * answers written as long CSV by hand in the test, scored by the same command, and a hand count.
 */
class ChecklistInputCliTest {

  @TempDir Path dir;

  /** The answers: code, answer, channel, URL, note; C/D12 left unanswered in the half-filled case. */
  private static final String[][] ANSWERS = {
      {"D01", "Present", "MGP", "https://xville.example/", "القائمة الرئيسية للبوابة"},
      {"D02", "present", "MGP", null, "Контакты — 連絡先"},
      {"D03", "ABSENT", null, null, "=1+1"},
      {"D04", "Present", "NATIONAL_PORTAL", null, "+cmd|' /C calc'!A0"},
      {"D05", "Absent", null, null, null},
      {"D06", "Present", "SOCIAL_MEDIA", null, "@SUM(1)"},
      {"D07", "Present", "MGP_LINKED_SITE", "https://pay.example/", null},
      {"D08", "Not applicable", null, null, "national service"},
      {"D09", "Absent", null, null, null},
      {"D10", "Present", "SOCIAL_MEDIA", null, null},
      {"D11", "Present", "MGP", null, null},
      {"D12", "Absent", null, null, null},
  };

  private String instrument() throws Exception {
    return CliFixture.instrument(dir);
  }

  private Path checklist(String instrument) throws Exception {
    Path out = dir.resolve("blank.xlsx");
    Cli r = Cli.run("checklist", "--instrument", instrument, "--city-id", "TUN-01", "--city-name", "صفاقس",
        "--country", "TUN", "--assessor", "A", "--date", "2025-03-01", "--format", "xlsx", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    return out;
  }

  /** Fills answer (D), channel (E), URL (F), note (G) by code with POI; {@code upTo} rows of ANSWERS. */
  private Path fill(Path blank, String name, int upTo) throws Exception {
    return ChecklistFilling.fill(blank, dir.resolve(name), Arrays.copyOf(ANSWERS, upTo));
  }

  /** The same answers as long CSV, written by hand from ANSWERS (formula-looking notes quoted as CSV requires). */
  private Path sameAsCsv() throws Exception {
    String h = "TUN-01,صفاقس,TUN,A,2025-03-01,";
    String csv = "city_id,city_name,country,assessor,date,indicator,value,evidence_channel,evidence_url,note\n"
        + h + "D01,1,MGP,https://xville.example/,القائمة الرئيسية للبوابة\n"
        + h + "D02,1,MGP,,Контакты — 連絡先\n"
        + h + "D03,0,,,'=1+1\n"
        + h + "D04,1,NATIONAL_PORTAL,,\"'+cmd|' /C calc'!A0\"\n"
        + h + "D05,0,,,\n"
        + h + "D06,1,SOCIAL_MEDIA,,'@SUM(1)\n"
        + h + "D07,1,MGP_LINKED_SITE,https://pay.example/,\n"
        + h + "D08,NA,,,national service\n"
        + h + "D09,0,,,\n"
        + h + "D10,1,SOCIAL_MEDIA,,\n"
        + h + "D11,1,MGP,,\n"
        + h + "D12,0,,,\n";
    Path p = dir.resolve("same.csv");
    Files.writeString(p, csv, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void scorePlanAndReportReadAFilledChecklistAsTheSameAnswersInCsv() throws Exception {
    String ins = instrument();
    Path filled = fill(checklist(ins), "checklist.xlsx", ANSWERS.length);
    Path csv = sameAsCsv();
    for (String format : List.of("json", "csv", "table")) {
      Cli fromChecklist = Cli.run("score", "--instrument", ins, "--assessments", filled.toString(), "--format", format);
      assertEquals(0, fromChecklist.exitCode(), fromChecklist.toString());
      Cli fromCsv = Cli.run("score", "--instrument", ins, "--assessments", csv.toString(), "--format", format);
      assertEquals(0, fromCsv.exitCode(), fromCsv.toString());
      assertEquals(fromCsv.out(), fromChecklist.out(), format);
    }
    // By hand: present and counted D01, D02 (MGP), D04 (channel-independent, national portal), D07 (a site
    // the MGP links), D10 (channel-independent, social media), D11: 6 points; D06 is MGP-specific found only
    // on social media (a downgrade); D08 not applicable without an adjustment counts 0. 6 of 12 = 0.5, HIGH.
    JsonNode score = new ObjectMapper().readTree(
        Cli.run("score", "--instrument", ins, "--assessments", filled.toString(), "--format", "json").out());
    JsonNode city = score.get("results").get(0).get("standard");
    assertEquals(6, city.get("points").asInt(), city.toString());
    assertEquals(0.5, city.get("value").asDouble(), 0.0, city.toString());
    assertEquals("HIGH", city.get("level").asText(), city.toString());

    Cli plan = Cli.run("plan", "--instrument", ins, "--assessments", filled.toString(), "--format", "json");
    assertEquals(0, plan.exitCode(), plan.toString());
    assertEquals(Cli.run("plan", "--instrument", ins, "--assessments", csv.toString(), "--format", "json").out(), plan.out());
    JsonNode p = new ObjectMapper().readTree(plan.out()).get("plans").get(0);
    assertEquals("TUN-01", p.get("city_id").asText());
    assertEquals("HIGH", p.get("level").asText());
    assertEquals("VERY_HIGH", p.get("target_level").asText());
    // ceil(0.75 x 12) - 6 = 3 points needed
    assertEquals(3, p.get("points_needed").asInt(), p.toString());

    Path html = dir.resolve("scorecard.html");
    Cli report = Cli.run("report", "scorecard", "--instrument", ins, "--assessments", filled.toString(), "--city",
        "TUN-01", "--out", html.toString());
    assertEquals(0, report.exitCode(), report.toString());
    Path fromCsvHtml = dir.resolve("scorecard-csv.html");
    Cli.run("report", "scorecard", "--instrument", ins, "--assessments", csv.toString(), "--city", "TUN-01", "--out",
        fromCsvHtml.toString());
    assertEquals(Files.readString(fromCsvHtml), Files.readString(html));
    assertTrue(Files.readString(html).contains("صفاقس"));
  }

  @Test
  void aHalfFilledChecklistIsRefusedCellByCellUnlessMissingAnswersCountAsAbsent() throws Exception {
    String ins = instrument();
    Path half = fill(checklist(ins), "half.xlsx", 10); // D11 (row 21) and D12 (row 22) unanswered
    Cli refused = Cli.run("score", "--instrument", ins, "--assessments", half.toString());
    assertEquals(2, refused.exitCode(), refused.toString());
    String tail = " answer is empty, so the assessment is incomplete (to count unanswered indicators as absent,"
        + " use --missing absent)";
    assertTrue(refused.err().contains("half.xlsx!Checklist!D21: city \"TUN-01\" assessor \"A\" indicator \"D11\":" + tail),
        refused.err());
    assertTrue(refused.err().contains("half.xlsx!Checklist!D22: city \"TUN-01\" assessor \"A\" indicator \"D12\":" + tail),
        refused.err());
    assertFalse(refused.hasStackTrace(), refused.err());
    Cli absent = Cli.run("score", "--instrument", ins, "--assessments", half.toString(), "--missing", "absent",
        "--format", "json");
    assertEquals(0, absent.exitCode(), absent.toString());
    // By hand: D11 is no longer counted: 5 of 12.
    JsonNode city = new ObjectMapper().readTree(absent.out()).get("results").get(0).get("standard");
    assertEquals(5, city.get("points").asInt(), city.toString());
    Cli plan = Cli.run("plan", "--instrument", ins, "--assessments", half.toString(), "--missing", "absent",
        "--format", "json");
    assertEquals(0, plan.exitCode(), plan.toString());
  }

  @Test
  void aChecklistOfAnotherEditionIsRefusedPointingToLosiMap() throws Exception {
    Path other = dir.resolve("small-12-2026.json");
    LosiJson.standard().writeInstrument(dev.losi.core.Instrument.builder().from(SmallInstrument.get()).id("SMALL-12-2026")
        .editionYear(2026).build(), other);
    Path filled = fill(checklist(instrument()), "checklist.xlsx", ANSWERS.length);
    for (String command : List.of("score", "plan")) {
      Cli r = Cli.run(command, "--instrument", other.toString(), "--assessments", filled.toString());
      assertEquals(2, r.exitCode(), r.toString());
      assertEquals("checklist.xlsx!Checklist!B2: instrument \"SMALL-12\" this checklist was made for instrument"
          + " SMALL-12 (edition 2024), not SMALL-12-2026 (edition 2026): read it with --instrument SMALL-12, then"
          + " translate the assessment to SMALL-12-2026 with losi map", r.err().lines().skip(1).findFirst().orElse("").strip(),
          r.err());
    }
  }

  @Test
  void aWrongAnswerNamesItsCell() throws Exception {
    String ins = instrument();
    Path filled = fill(checklist(ins), "checklist.xlsx", ANSWERS.length);
    ChecklistFilling.setCell(filled, 16, 3, "Yes"); // D07 on row 17
    Cli r = Cli.run("score", "--instrument", ins, "--assessments", filled.toString());
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().contains("checklist.xlsx!Checklist!D17: indicator \"D07\": answer \"Yes\" is not one of Present,"
        + " Absent, Not applicable"), r.err());
  }

  /** Issue 15 item 24: a user-assigned country code (ISO 3166-1 XAA-XZZ) needs the explicit option. */
  @Test
  void aUserAssignedCountryIsAcceptedOnlyWithTheOption() throws Exception {
    String ins = instrument();
    Path csv = dir.resolve("xsy.csv");
    Files.writeString(csv, Files.readString(sameAsCsv()).replace(",TUN,", ",XSY,"), StandardCharsets.UTF_8);
    for (String command : List.of("score", "plan")) {
      Cli refused = Cli.run(command, "--instrument", ins, "--assessments", csv.toString());
      assertEquals(2, refused.exitCode(), refused.toString());
      assertTrue(refused.err().contains("xsy.csv:2: city \"TUN-01\" assessor \"A\": country \"XSY\" is a user-assigned code"
          + " of ISO 3166-1 (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), not a country: use the country's ISO 3166-1 alpha-3"
          + " code, or accept user-assigned codes with --allow-user-assigned-countries"), refused.err());
      Cli allowed = Cli.run(command, "--instrument", ins, "--assessments", csv.toString(),
          "--allow-user-assigned-countries", "--format", "json");
      assertEquals(0, allowed.exitCode(), allowed.toString());
    }
  }

  /** An ESC in a city name cannot go into XLSX (XML 1.0): a problem of the data, exit 2, nothing written. */
  @Test
  void aControlCharacterBoundForXlsxIsAProblemNotACrash() throws Exception {
    String ins = instrument();
    Path csv = dir.resolve("esc.csv");
    Files.writeString(csv, Files.readString(sameAsCsv()).replace("صفاقس", "Sfax\u001b[31m"), StandardCharsets.UTF_8);
    Path out = dir.resolve("r.xlsx");
    Cli r = Cli.run("score", "--instrument", ins, "--assessments", csv.toString(), "--format", "xlsx", "--out",
        out.toString());
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().contains("city \"TUN-01\": city_name \"Sfax\\x1B[31m\" holds the control character U+001B, which an"
        + " XLSX workbook (XML 1.0) cannot store: remove it from the input, or write CSV or JSON"), r.err());
    assertFalse(r.hasStackTrace(), r.err());
    assertFalse(Files.exists(out));
  }
}
