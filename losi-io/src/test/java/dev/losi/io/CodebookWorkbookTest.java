package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 14: every results workbook has a codebook sheet (SDK version, instrument and edition,
 * denominator, missing-answer policy, adjustments, the meaning of every column) and on every sheet a bold,
 * frozen header row with an autofilter. Read back with a second XLSX implementation, Apache POI (the
 * writer is fastexcel). On 93d9180 there was no codebook sheet.
 */
class CodebookWorkbookTest {

  private final Instrument instrument = Fixtures.small();

  /** One city, every indicator answered; #251 (MGP-specific) present on social media only: a downgrade. */
  private List<CityScore> scores(CountryAdjustment adjustment) {
    Assessment.Builder b = Assessment.builder().city(Fixtures.maputo()).instrumentId("TEST-10").assessorId("A");
    for (int i = 0; i < 10; i++) {
      Response.Builder r = Response.builder().indicator("#" + (250 + i)).answer(i < 3 ? Answer.PRESENT : Answer.ABSENT);
      if (i == 1) {
        r.evidence(Evidence.on(Channel.SOCIAL_MEDIA));
      }
      b.addResponses(r.build());
    }
    return Scorer.of(instrument).withAdjustments(List.of(adjustment)).scoreAll(List.of(b.build()));
  }

  private static CountryAdjustment accept() {
    return CountryAdjustment.builder().id("MOZ-01").country("MOZ").instrumentId("TEST-10")
        .kind(AdjustmentKind.ACCEPT_CHANNEL).indicator("#251").addAcceptedChannels(Channel.SOCIAL_MEDIA)
        .rationale("The city's services are announced there").decidedBy("Board").decidedOn(LocalDate.of(2025, 2, 14))
        .build();
  }

  @Test
  void everyResultsWorkbookHasACodebookAndFrozenFilteredBoldHeaders(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("results.xlsx");
    ResultsExport.of(scores(accept())).describedBy(instrument, MissingAnswerPolicy.COUNT_AS_ABSENT, List.of(accept()))
        .writeXlsx(file);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("results", "downgrades", "adjustments", "codebook"), names);
      for (String name : names) {
        XSSFSheet s = wb.getSheet(name);
        Row header = s.getRow(0);
        int width = header.getLastCellNum();
        for (int c = 0; c < width; c++) {
          assertTrue(wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold(), name + " column " + c);
        }
        assertTrue(s.getPaneInformation().isFreezePane(), name);
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), name);
        assertEquals(0, s.getPaneInformation().getVerticalSplitPosition(), name);
        CellRangeAddress filter = CellRangeAddress.valueOf(s.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(new CellRangeAddress(0, s.getLastRowNum(), 0, width - 1), filter, name);
      }
      Map<String, String> codebook = new LinkedHashMap<>();
      XSSFSheet cb = wb.getSheet("codebook");
      assertEquals(List.of("item", "meaning"), texts(cb.getRow(0)));
      for (int r = 1; r <= cb.getLastRowNum(); r++) {
        List<String> row = texts(cb.getRow(r));
        codebook.put(row.get(0), row.get(1));
      }
      assertTrue(codebook.get("tool").matches("LOSI SDK \\d+\\.\\d+\\.\\d+.*"), codebook.get("tool"));
      assertEquals("TEST-10: Test instrument, 10 indicators, edition 2024, 10 indicators", codebook.get("instrument"));
      // Nine weights of 1 and one of 2.5: 9 + 2.5 = 11.5.
      assertEquals("the sum of the indicator weights, 11.5 points (LOSI = points / maximum)", codebook.get("denominator"));
      assertTrue(codebook.get("missing answers").startsWith("COUNT_AS_ABSENT (losi score --missing absent)"), codebook::toString);
      assertEquals("ACCEPT_CHANNEL for MOZ, indicator #251, accepts SOCIAL_MEDIA: The city's services are announced"
          + " there (decided by Board on 2025-02-14)", codebook.get("adjustment MOZ-01"));
      // Every column of every other sheet has its meaning, as read back by POI.
      for (String name : List.of("results", "downgrades", "adjustments", "codebook")) {
        for (String column : texts(wb.getSheet(name).getRow(0))) {
          String meaning = codebook.get(name + "." + column);
          assertTrue(meaning != null && !meaning.isBlank(), name + "." + column);
        }
      }
    }
  }

  @Test
  void withoutADescriptionTheCodebookSaysWhatIsNotStatedAndTheBytesRepeat() throws Exception {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ResultsExport.of(scores(accept())).writeXlsx(a);
    ResultsExport.of(scores(accept())).writeXlsx(b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(a.toByteArray()))) {
      XSSFSheet cb = wb.getSheet("codebook");
      assertEquals(List.of("instrument", "TEST-10"), texts(cb.getRow(2)));
      assertTrue(texts(cb.getRow(3)).get(1).startsWith("not stated"), texts(cb.getRow(3))::toString);
      assertFalse(texts(cb.getRow(1)).get(1).contains("${"), "the version is filtered in");
    }
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : cell.getStringCellValue());
    }
    return out;
  }
}
