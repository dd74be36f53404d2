package dev.losi.io.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.Assessments;
import dev.losi.testing.ChecklistFilling;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklists generated, filled and read back with a second XLSX implementation (Apache POI), and scored:
 * the result must equal scoring the same answers from CSV.
 */
class ChecklistTest {

  @TempDir Path dir;

  /** Eight indicators: I1, I2 (IF, MGP-specific), C1..C6 (CP, C1 and C2 MGP-specific). */
  static Instrument eight() {
    Instrument.Builder b = Instrument.builder().id("T-8").editionYear(2024).title("Eight <test> indicators")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION);
    for (String code : List.of("I1", "I2", "C1", "C2", "C3", "C4", "C5", "C6")) {
      boolean mgp = code.startsWith("I") || code.equals("C1") || code.equals("C2");
      b.addIndicators(Indicator.builder().code(code).title("Indicator " + code).description("Look for " + code)
          .criterion(code.startsWith("I") ? "IF" : "CP")
          .channelScope(mgp ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT).build());
    }
    return b.build();
  }

  static List<CountryAdjustment> adjustments() {
    CountryAdjustment.Builder ex = CountryAdjustment.builder().id("BRA-X").country("BRA").instrumentId("T-8")
        .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("C6").rationale("delivered by the state")
        .decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1));
    CountryAdjustment.Builder local = CountryAdjustment.builder().id("BRA-L").country("BRA").instrumentId("T-8")
        .kind(AdjustmentKind.ADD_LOCAL_INDICATOR).rationale("rural").decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1))
        .localIndicator(Indicator.builder().code("BR-L1").title("Rural service points").criterion("CP")
            .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build());
    return List.of(ex.build(), local.build());
  }

  static ChecklistHeader header() {
    return new ChecklistHeader(Optional.of("BRA-01"), Optional.of("São Paulo"), Optional.of("BRA"), Optional.of("A"),
        Optional.of(LocalDate.of(2025, 3, 1)));
  }

  Path generate() throws Exception {
    Path file = dir.resolve("checklist.xlsx");
    Checklists.writeXlsx(Checklist.of(eight(), adjustments(), header()), file);
    return file;
  }

  @Test
  void theWorkbookOpensInPoiWithDropdownsFrozenHeaderAndNoFormulas() throws Exception {
    try (InputStream in = Files.newInputStream(generate()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet("Checklist");
      Row header = s.getRow(9);
      assertEquals("Code", header.getCell(0).getStringCellValue());
      assertEquals("Answer", header.getCell(3).getStringCellValue());
      assertEquals("T-8", s.getRow(1).getCell(1).getStringCellValue());
      assertEquals("São Paulo", s.getRow(4).getCell(1).getStringCellValue());
      // One row per indicator: 8, then the local one; C6 excluded and marked.
      List<String> codes = new ArrayList<>();
      for (int r = 10; r <= s.getLastRowNum(); r++) {
        codes.add(s.getRow(r).getCell(0).getStringCellValue());
      }
      assertEquals(List.of("I1", "I2", "C1", "C2", "C3", "C4", "C5", "C6", "BR-L1"), codes);
      assertEquals("not applicable in BRA (adjustment BRA-X: delivered by the state)", s.getRow(17).getCell(7).getStringCellValue());
      assertEquals("Not applicable", s.getRow(17).getCell(3).getStringCellValue());
      assertEquals("Local indicators", s.getRow(18).getCell(1).getStringCellValue());
      assertEquals(Checklist.MGP_RULE, s.getRow(10).getCell(8).getStringCellValue());
      List<? extends DataValidation> dv = s.getDataValidations();
      assertEquals(2, dv.size());
      List<List<String>> lists = new ArrayList<>();
      for (DataValidation v : dv) {
        lists.add(List.of(v.getValidationConstraint().getExplicitListValues()));
        assertEquals(10, v.getRegions().getCellRangeAddress(0).getFirstRow());
        assertEquals(18, v.getRegions().getCellRangeAddress(0).getLastRow());
      }
      assertTrue(lists.contains(List.of("Present", "Absent", "Not applicable")), lists.toString());
      assertTrue(lists.contains(List.of("MGP", "MGP_LINKED_SITE", "NATIONAL_PORTAL", "MOBILE_APP", "SOCIAL_MEDIA", "OTHER")),
          lists.toString());
      assertEquals(10, s.getPaneInformation().getHorizontalSplitPosition());
      assertTrue(s.getColumnWidth(2) > s.getColumnWidth(0));
      assertTrue(wb.getSheet("How to fill this in") != null);
      for (Row r : s) {
        for (Cell c : r) {
          assertFalse(c.getCellType() == CellType.FORMULA, "formula at " + c.getAddress());
        }
      }
    }
  }

  @Test
  void filledChecklistScoresAsTheSameAnswersFromCsv() throws Exception {
    String note = "見つかった — وجدت — βρέθηκε";
    Path filled = ChecklistFilling.fill(generate(), dir.resolve("filled.xlsx"), new String[][] {
        {"I1", "Present", "MGP", "https://sp.example/a", note},
        {"I2", "present", "SOCIAL_MEDIA", null, "=SUM(A1)"},
        {"C1", "ABSENT"},
        {"C2", "Not applicable"},
        {"C3", "Present", "NATIONAL_PORTAL"},
        {"C5", "absent", null, null, "+1 -2 @x"},
    });
    Assessment read = Checklists.read(filled, eight(), adjustments());
    // The same answers as long CSV; C4 unanswered (not assessed), C6 kept "Not applicable" (pre-filled).
    String csv = "city_id,city_name,country,assessor,date,indicator,value,evidence_channel,evidence_url,note\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,I1,1,MGP,https://sp.example/a," + note + "\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,I2,1,SOCIAL_MEDIA,,'=SUM(A1)\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,C1,0,,,\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,C2,NA,,,\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,C3,1,NATIONAL_PORTAL,,\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,C5,0,,,'+1 -2 @x\n"
        + "BRA-01,São Paulo,BRA,A,2025-03-01,C6,NA,,,\n";
    Assessment fromCsv = AssessmentCsv.reader(eight()).read(csv, "same.csv").get(0);
    Scorer scorer = Scorer.of(eight()).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT).withAdjustments(adjustments());
    assertEquals(scorer.score(fromCsv), scorer.score(read));
    assertEquals(fromCsv.responses(), read.responses());
    assertEquals(note, read.response("I1").orElseThrow().evidence().orElseThrow().note().orElseThrow());
    assertEquals("=SUM(A1)", read.response("I2").orElseThrow().evidence().orElseThrow().note().orElseThrow());
    assertEquals(Answer.NOT_ASSESSED, read.answer("C4"));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), read.date());
  }

  @Test
  void aLocalIndicatorIsReadBack() throws Exception {
    Path filled = ChecklistFilling.fill(generate(), dir.resolve("filled.xlsx"), new String[][] {{"BR-L1", "Present"}});
    assertEquals(Answer.PRESENT, Checklists.read(filled, eight(), adjustments()).answer("BR-L1"));
  }

  @Test
  void problemsNameTheCell() throws Exception {
    // I1 is on row 11, so C5 (the 7th indicator) is on row 17.
    Path filled = ChecklistFilling.fill(generate(), dir.resolve("checklist.xlsx"), new String[][] {
        {"C5", "Yes"}, {"C3", "Present", "WEBSITE"}});
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Checklists.read(filled, eight(), adjustments()));
    assertEquals(List.of(
        "checklist.xlsx!Checklist!E15: indicator \"C3\": evidence channel \"WEBSITE\" is not one of MGP,MGP_LINKED_SITE,"
            + "NATIONAL_PORTAL,MOBILE_APP,SOCIAL_MEDIA,OTHER",
        "checklist.xlsx!Checklist!D17: indicator \"C5\": answer \"Yes\" is not one of Present, Absent, Not applicable"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aChecklistForAnotherEditionIsRefusedPointingToMap() throws Exception {
    Instrument other = Instrument.builder().from(eight()).id("T-8-2026").editionYear(2026).build();
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Checklists.read(generate(), other));
    assertEquals("checklist.xlsx!Checklist!B2: instrument \"T-8\" this checklist was made for instrument T-8 (edition"
        + " 2024), not T-8-2026 (edition 2026): read it with --instrument T-8, then translate the assessment to"
        + " T-8-2026 with losi map", e.problems().get(0).toString());
  }

  @Test
  void anUnfilledHeaderIsReportedByCell() throws Exception {
    Path file = dir.resolve("blank.xlsx");
    Checklists.writeXlsx(Checklist.of(eight(), List.of(), ChecklistHeader.empty()), file);
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Checklists.read(file, eight()));
    assertEquals(List.of(
        "blank.xlsx!Checklist!B4: city id is required: fill it in in the header block",
        "blank.xlsx!Checklist!B5: city name is required: fill it in in the header block",
        "blank.xlsx!Checklist!B6: country is required: fill it in in the header block",
        "blank.xlsx!Checklist!B7: assessor is required: fill it in in the header block"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void htmlMarkdownAndJsonVersions() throws Exception {
    Checklist c = Checklist.of(eight(), adjustments(), header());
    String html = Checklists.toHtml(c);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("Eight &lt;test&gt; indicators"));
    assertTrue(html.contains("not applicable in BRA (adjustment BRA-X: delivered by the state)"));
    assertFalse(html.contains("<script") || html.contains("http"));
    String md = Checklists.toMarkdown(c);
    assertTrue(md.contains("\n## Local indicators\n"), md);
    assertTrue(md.contains("- **City name**: São Paulo\n"), md);
    JsonNode json = new ObjectMapper().readTree(Checklists.toJson(c));
    assertEquals("losi-checklist", json.get("form").asText());
    assertEquals(9, json.get("items").size());
    assertFalse(json.get("items").get(7).get("applies").asBoolean());
    assertTrue(json.get("items").get(8).get("local").asBoolean());
    assertEquals("[\"Present\",\"Absent\",\"Not applicable\"]", json.get("answers").toString());
  }

  @Test
  void theOneInputFaceReadsAndStreamsAChecklistWithoutBeingToldTheSheet() throws Exception {
    Path filled = ChecklistFilling.fill(generate(), dir.resolve("filled.xlsx"), new String[][] {
        {"I1", "Present", "MGP"}, {"I2", "Present", "SOCIAL_MEDIA"}, {"C1", "Absent"}, {"C3", "Present"}});
    Assessments.Reader reader = Assessments.reader(eight()).withAdjustments(adjustments());
    List<Assessment> read = reader.read(filled);
    assertEquals(List.of(Checklists.read(filled, eight(), adjustments())), read);
    Scorer scorer = Scorer.of(eight()).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT).withAdjustments(adjustments());
    // Streaming scoring equals the object path; by hand: I1 and C3 count, I2 is a downgrade (social media
    // only, MGP-specific): 2 points of 8.
    assertEquals(scorer.scoreAll(read), reader.score(filled, scorer));
    assertEquals(2.0, reader.score(filled, scorer).get(0).standard().points());
    try (InputStream in = Files.newInputStream(filled)) {
      assertEquals(read, reader.read(in, "-"));
    }
  }

  @Test
  void anIncompleteChecklistIsRefusedCellByCellWhenMissingAnswersAreRefused() throws Exception {
    Path filled = ChecklistFilling.fill(generate(), dir.resolve("half.xlsx"), new String[][] {
        {"I1", "Present"}, {"I2", "Absent"}, {"C1", "Absent"}, {"C2", "Absent"}, {"C3", "Absent"}, {"BR-L1", "Absent"}});
    Assessments.Reader reader = Assessments.reader(eight()).withAdjustments(adjustments());
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> reader.score(filled, Scorer.of(eight()).withAdjustments(adjustments())));
    // C4 on row 16 and C5 on row 17 are unanswered; C6 is pre-filled Not applicable (excluded).
    String tail = " answer is empty, so the assessment is incomplete (to count unanswered indicators as absent, use the"
        + " COUNT_AS_ABSENT missing-answer policy)";
    assertEquals(List.of(
        "half.xlsx!Checklist!D16: city \"BRA-01\" assessor \"A\" indicator \"C4\":" + tail,
        "half.xlsx!Checklist!D17: city \"BRA-01\" assessor \"A\" indicator \"C5\":" + tail),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void anotherSheetAskedForIsReadAsATableAndAMissingOneIsNamed() throws Exception {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Assessments.reader(eight()).withSheet("answers").read(generate()));
    assertEquals("checklist.xlsx: has no sheet named \"answers\" (sheets found: [Checklist, How to fill this in])",
        e.problems().get(0).toString());
  }

  @Test
  void theCountryOfTheHeaderBlockIsAnIsoCode() throws Exception {
    Path file = dir.resolve("zzz.xlsx");
    ChecklistHeader zzz = new ChecklistHeader(Optional.of("Z-01"), Optional.of("Zed"), Optional.of("ZZZ"),
        Optional.of("A"), Optional.empty());
    Checklists.writeXlsx(Checklist.of(eight(), List.of(), zzz), file);
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Checklists.read(file, eight()));
    assertEquals("zzz.xlsx!Checklist!B6: country \"ZZZ\" is a user-assigned code of ISO 3166-1 (AAA-AAZ, QMA-QZZ,"
        + " XAA-XZZ, ZZA-ZZZ), not a country: use the country's ISO 3166-1 alpha-3 code, or accept user-assigned"
        + " codes with the allowUserAssignedCountries read option", e.problems().get(0).toString());
    Assessment a = Assessments.reader(eight()).allowUserAssignedCountries(true).read(file).get(0);
    assertEquals("ZZZ", a.city().country());
  }
}
