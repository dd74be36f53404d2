package dev.losi.io;

import static dev.losi.core.testing.ProblemLines.assertProblems;
import static dev.losi.core.testing.ProblemLines.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WideAndXlsxTest {

  private final Instrument instrument = Fixtures.small();

  private List<Assessment> sample() {
    return List.of(Fixtures.full(Fixtures.maputo(), "A"), Fixtures.full(Fixtures.addis(), "=cmd"),
        Fixtures.full(Fixtures.cairo(), "B"));
  }

  @Test
  void wideCsvRoundTripsWithEvidenceColumns() {
    String csv = AssessmentCsv.wideWriter(instrument).toString(sample());
    String header = csv.substring(0, csv.indexOf("\r\n"));
    assertTrue(header.startsWith("city_id,city_name,country,assessor,date,instrument,population,size_class,region,"
        + "#250,#250:channel,#250:url,#250:note,#251,#251:note,#252,#253,#254,#254:url,#254:note,#255,#255:channel,#256"), header);
    assertEquals(sample(), AssessmentCsv.wideReader(instrument).read(csv, "wide.csv"));
  }

  @Test
  void wideCsvAsAssessorsTypeIt() {
    String csv = "city_id;city_name;country;assessor;#250;#251;#252\n"
        + "MZ-MPM;Maputo;MOZ;A;1;0;NA\n"
        + "MZ-MPM;Maputo;MOZ;B;1;;x\n"
        + "MZ-MPM;Maputo;MOZ;A;1;1;1\n";
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.wideReader(instrument).read(csv, "w.csv"));
    assertEquals(List.of(
        "w.csv:3: city \"MZ-MPM\" assessor \"B\" indicator \"#252\": value \"x\" is not one of 1, 0, NA (blank means not assessed)",
        "w.csv:4: city \"MZ-MPM\" assessor \"A\" indicator \"#250\": duplicate row: this city, assessor and indicator already appear on line 2",
        "w.csv:4: city \"MZ-MPM\" assessor \"A\" indicator \"#251\": duplicate row: this city, assessor and indicator already appear on line 2",
        "w.csv:4: city \"MZ-MPM\" assessor \"A\" indicator \"#252\": duplicate row: this city, assessor and indicator already appear on line 2"),
        lines(e));
    List<Assessment> ok = AssessmentCsv.wideReader(instrument).read(csv.substring(0, csv.indexOf("MZ-MPM;Maputo;MOZ;B")), "w.csv");
    assertEquals(Answer.NOT_APPLICABLE, ok.get(0).answer("#252"));
    assertEquals(3, ok.get(0).responses().size());
  }

  @Test
  void wideHeaderProblems() {
    assertProblems(() -> AssessmentCsv.wideReader(instrument).read("city_id,country,assessor,#250,#999,#251:note\n", "w.csv"),
        "w.csv:1: header lacks the required column city_name (found: city_id,country,assessor,#250,#999,#251:note)",
        "w.csv:1: header \"#999\" is neither a column of the wide layout [city_id, city_name, country, assessor, date, instrument, population, size_class, region] nor an indicator code of instrument TEST-10 (optionally followed by :channel, :url or :note)",
        "w.csv:1: header \"#251\" has evidence columns but no value column #251");
  }

  @Test
  void xlsxRoundTripsLongAndWide(@TempDir Path dir) throws Exception {
    Path longFile = dir.resolve("long.xlsx");
    AssessmentXlsx.writer().write(sample(), longFile);
    assertEquals(sample(), AssessmentXlsx.reader(instrument).read(longFile));
    Path wideFile = dir.resolve("wide.xlsx");
    AssessmentXlsx.wideWriter(instrument).write(sample(), wideFile);
    assertEquals(sample(), AssessmentXlsx.wideReader(instrument).read(wideFile));
    try (var in = Files.newInputStream(wideFile)) {
      assertEquals(sample(), AssessmentXlsx.wideReader(instrument).read(in, "wide.xlsx"));
    }
    // the formula guard is visible in the sheet: the text cell starts with an apostrophe
    try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(longFile.toFile())) {
      var rows = wb.findSheet("assessments").get().read();
      assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(2).getCellText(8));
      assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, rows.get(1).getCell(5).getType());
      assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, rows.get(1).getCell(11).getType());
    }
  }

  static byte[] workbook(String sheet, Object[][] rows) throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    Workbook wb = new Workbook(bo, "test", "1.0");
    Worksheet ws = wb.newWorksheet(sheet);
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof String && ((String) v).startsWith("=")) {
          ws.formula(r, c, ((String) v).substring(1));
        } else if (v instanceof String) {
          ws.value(r, c, (String) v);
        } else if (v != null) {
          ws.value(r, c, (Number) v);
        }
      }
    }
    wb.finish();
    return bo.toByteArray();
  }

  @Test
  void xlsxProblemsNameSheetAndCell() throws Exception {
    byte[] book = workbook("assessments", new Object[][] {
        {"city_id", "city_name", "country", "assessor", "indicator", "value"},
        {"MZ-MPM", "Maputo", "MOZ", "B", "#255", 2},
        {"MZ-MPM", "Maputo", "MOZ", "B", "#256", "=1+1"},
        {"MZ-MPM", "Maputo", "MOZ", "B", "#257", 1}});
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentXlsx.reader(instrument).read(new ByteArrayInputStream(book), "book.xlsx"));
    assertEquals(List.of(
        "book.xlsx:assessments!F2: city \"MZ-MPM\" assessor \"B\" indicator \"#255\": value \"2\" is not one of 1, 0, NA (blank means not assessed)",
        "book.xlsx:assessments!F3: \"=1+1\" holds a formula; LOSI sheets hold values only (paste values)"),
        lines(e));
    byte[] other = workbook("Sheet1", new Object[][] {{"x"}});
    e = assertThrows(LosiValidationException.class,
        () -> AssessmentXlsx.reader(instrument).read(new ByteArrayInputStream(other), "other.xlsx"));
    assertEquals(List.of("other.xlsx: has no sheet named \"assessments\" (sheets found: [Sheet1])"), lines(e));
  }

  @Test
  void datesTypedInASpreadsheetAreReadAsIsoDates() throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    Workbook wb = new Workbook(bo, "test", "1.0");
    Worksheet ws = wb.newWorksheet("assessments");
    String[] header = {"city_id", "city_name", "country", "assessor", "indicator", "value", "date"};
    for (int c = 0; c < header.length; c++) {
      ws.value(0, c, header[c]);
    }
    Object[][] rows = {{"MZ-MPM", "Maputo", "MOZ", "A", "#250", 1}, {"MZ-MPM", "Maputo", "MOZ", "A", "#251", 0}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] instanceof String) {
          ws.value(r + 1, c, (String) rows[r][c]);
        } else {
          ws.value(r + 1, c, (Number) rows[r][c]);
        }
      }
      ws.value(r + 1, 6, java.time.LocalDate.of(2025, 3, 1)); // a real spreadsheet date: serial 45717
      ws.style(r + 1, 6).format(r == 0 ? "yyyy-mm-dd" : "d/m/yy").set();
    }
    wb.finish();
    List<Assessment> read = AssessmentXlsx.reader(instrument).read(new ByteArrayInputStream(bo.toByteArray()), "d.xlsx");
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 3, 1)), read.get(0).date());
    assertEquals(2, read.get(0).responses().size());
    assertTrue(XlsxTable.isDateFormat(null, "[$-409]d-mmm-yy;@"));
    assertTrue(!XlsxTable.isDateFormat(null, "0.00%") && !XlsxTable.isDateFormat(null, "#,##0") && !XlsxTable.isDateFormat(166, null));
    assertTrue(XlsxTable.isDateFormat(14, null));
  }

  @Test
  void xlsxLimitsAreCheckedBeforeParsing() throws Exception {
    // a small zip bomb: one entry of 20 MB of zeros compresses to a few kB
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    byte[] bomb = bo.toByteArray();
    assertTrue(bomb.length < 100_000);
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> AssessmentXlsx.reader(instrument)
        .limits(new XlsxLimits(100, 10L << 20, 1L << 20)).read(new ByteArrayInputStream(bomb), "bomb.xlsx"));
    assertEquals(List.of("bomb.xlsx: exceeds the XLSX limit maxUncompressedBytes = 10485760 (XlsxLimits); reading stopped"), lines(e));
    bo.reset();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      for (int i = 0; i < 50; i++) {
        z.putNextEntry(new ZipEntry("e" + i));
        z.closeEntry();
      }
    }
    byte[] many = bo.toByteArray();
    e = assertThrows(LosiValidationException.class, () -> AssessmentXlsx.reader(instrument)
        .limits(new XlsxLimits(10, 1L << 20, 1L << 20)).read(new ByteArrayInputStream(many), "many.xlsx"));
    assertEquals(List.of("many.xlsx: exceeds the XLSX limit maxEntries = 10 (XlsxLimits): the zip holds 50 entries; reading stopped"), lines(e));
    e = assertThrows(LosiValidationException.class, () -> AssessmentXlsx.reader(instrument)
        .limits(new XlsxLimits(10, 1L << 20, 1000)).read(new ByteArrayInputStream(bomb), "big.xlsx"));
    assertEquals(List.of("big.xlsx: exceeds the XLSX limit maxFileBytes = 1000 (XlsxLimits); reading stopped"), lines(e));
    e = assertThrows(LosiValidationException.class, () -> AssessmentXlsx.reader(instrument)
        .read(new ByteArrayInputStream("not a zip".getBytes()), "text.xlsx"));
    assertTrue(lines(e).get(0).startsWith("text.xlsx: is not an XLSX workbook (not a valid zip file"), e.getMessage());
    e = assertThrows(LosiValidationException.class, () -> AssessmentXlsx.reader(instrument)
        .read(new ByteArrayInputStream(new byte[0]), "empty.xlsx"));
    assertEquals(List.of("empty.xlsx: is empty: expected an XLSX workbook"), lines(e));
  }

  @Test
  void xlsxRejectsWhatItCannotStore() {
    Assessment a = Assessment.builder().from(Fixtures.full(Fixtures.maputo(), "A")).assessorId("A").build();
    Assessment bad = Assessment.builder().from(a).city(dev.losi.core.City.of("X", "bell\u0007", "MOZ")).build();
    // A problem of the data (exit 2 in the CLI), naming the cell, the column and the city; never altered.
    assertProblems(() -> AssessmentXlsx.writer().write(List.of(bad), OutputStream.nullOutputStream()),
        "assessments!B2: city \"X\": city_name \"bell\u0007\" holds the control character U+0007, which an"
        + " XLSX workbook (XML 1.0) cannot store: remove it from the input, or write CSV or JSON");
  }
}
