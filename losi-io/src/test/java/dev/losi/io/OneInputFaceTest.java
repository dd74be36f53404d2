package dev.losi.io;

import static dev.losi.core.testing.ProblemLines.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one entry point for assessments ({@link Assessments#reader}): format and layout recognised in one
 * place and every input read once, the same model checks in every format, local indicators in every
 * format, and the messages of issue 15 items 10, 18, 21, 23 and 14. The expected values are written out by
 * hand from docs/formats.md; every test here fails on cb3af66 (the API did not exist, or the input was
 * refused or accepted wrongly).
 */
class OneInputFaceTest {

  private final Instrument instrument = Fixtures.small();
  private final List<CountryAdjustment> adjustments = Fixtures.adjustments();
  @TempDir Path dir;

  private static byte[] workbook(String sheet, Object[][] rows) throws Exception {
    return WideAndXlsxTest.workbook(sheet, rows);
  }

  @Test
  void xlsxWideIsRecognisedFromItsHeaderLikeCsv() throws Exception {
    Path wide = dir.resolve("wide.xlsx");
    Files.write(wide, workbook("assessments", new Object[][] {
        {"city_id", "city_name", "country", "assessor", "#250", "#251"},
        {"MZ-MPM", "Maputo", "MOZ", "A", 1, "NA"}}));
    List<Assessment> read = Assessments.reader(instrument).read(wide);
    assertEquals(1, read.size());
    assertEquals(Answer.PRESENT, read.get(0).response("#250").orElseThrow().answer());
    assertEquals(Answer.NOT_APPLICABLE, read.get(0).response("#251").orElseThrow().answer());
  }

  @Test
  void anotherSheetIsReadWhenNamed() throws Exception {
    byte[] book = workbook("Feuil1", new Object[][] {
        {"city_id", "city_name", "country", "assessor", "indicator", "value"},
        {"MZ-MPM", "Maputo", "MOZ", "A", "#250", 0}});
    List<Assessment> read = Assessments.reader(instrument).withSheet("Feuil1")
        .read(new ByteArrayInputStream(book), "book.xlsx");
    assertEquals(Answer.ABSENT, read.get(0).response("#250").orElseThrow().answer());
  }

  @Test
  void aStreamIsReadOnceAndItsFormatRecognisedFromTheFirstBytes() throws Exception {
    String csv = "city_id,city_name,country,assessor,#250\nMZ-MPM,Maputo,MOZ,A,1\n";
    // a stream that can be read only once: a second open would see nothing
    List<Assessment> fromCsv = Assessments.reader(instrument)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals(1, fromCsv.size());
    String json = LosiJson.standard().writeAssessments(fromCsv);
    assertEquals(fromCsv, Assessments.reader(instrument)
        .read(new ByteArrayInputStream(("\uFEFF\n " + json).getBytes(StandardCharsets.UTF_8)), "-"));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    AssessmentXlsx.writer().write(fromCsv, xlsx);
    assertEquals(fromCsv, Assessments.reader(instrument).read(new ByteArrayInputStream(xlsx.toByteArray()), "-"));
  }

  @Test
  void jsonWithADuplicateAssessmentOrACityWithTwoNamesIsRefusedLikeCsv() {
    Assessment a = Fixtures.full(Fixtures.maputo(), "A");
    Assessment renamed = Assessment.builder().from(Fixtures.full(Fixtures.maputo(), "B"))
        .city(dev.losi.core.City.builder().from(Fixtures.maputo()).name("Lourenço Marques").build()).build();
    String json = LosiJson.standard().writeAssessments(List.of(a, a, renamed));
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Assessments.reader(instrument)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json"));
    String date = a.date().isPresent() ? "duplicate assessment: this city, assessor and date already appear at $.assessments[0]"
        : "duplicate assessment: this city and assessor, without a date, already appear at $.assessments[0] (give them different dates)";
    assertEquals(List.of(
        "a.json:$.assessments[1]: city \"MZ-MPM\" assessor \"A\": " + date,
        "a.json:$.assessments[2].city: city \"MZ-MPM\" assessor \"B\": name \"Lourenço Marques\" differs from \"Maputo\""
            + " given for the same city id at $.assessments[0]"), lines(e));
  }

  @Test
  void localIndicatorsAreAnsweredInLongCsvWideCsvXlsxAndJson() throws Exception {
    String longCsv = "city_id,city_name,country,assessor,indicator,value\nSG-SIN,Singapore,SGP,A,#250,1\n"
        + "SG-SIN,Singapore,SGP,A,L1,1\n";
    String wideCsv = "city_id,city_name,country,assessor,#250,L1\nSG-SIN,Singapore,SGP,A,1,1\n";
    Assessments.Reader withAdj = Assessments.reader(instrument).withAdjustments(adjustments);
    List<Assessment> fromLong = withAdj.read(new ByteArrayInputStream(longCsv.getBytes(StandardCharsets.UTF_8)), "l.csv");
    List<Assessment> fromWide = withAdj.read(new ByteArrayInputStream(wideCsv.getBytes(StandardCharsets.UTF_8)), "w.csv");
    assertEquals(fromLong, fromWide);
    assertEquals(Answer.PRESENT, fromLong.get(0).response("L1").orElseThrow().answer());
    byte[] book = workbook("assessments", new Object[][] {
        {"city_id", "city_name", "country", "assessor", "#250", "L1"}, {"SG-SIN", "Singapore", "SGP", "A", 1, 1}});
    assertEquals(fromLong, withAdj.read(new ByteArrayInputStream(book), "w.xlsx"));
    String json = LosiJson.standard().writeAssessments(fromLong);
    assertEquals(fromLong, withAdj.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json"));
    // without the adjustments the local code is refused, as before
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Assessments.reader(instrument)
        .read(new ByteArrayInputStream(longCsv.getBytes(StandardCharsets.UTF_8)), "l.csv"));
    assertEquals(List.of("l.csv:3: city \"SG-SIN\" assessor \"A\": indicator \"L1\" is not an indicator of instrument TEST-10"),
        lines(e));
    LosiValidationException e2 = assertThrows(LosiValidationException.class, () -> withAdj
        .read(new ByteArrayInputStream(longCsv.replace("L1", "L2").getBytes(StandardCharsets.UTF_8)), "l.csv"));
    assertEquals(List.of("l.csv:3: city \"SG-SIN\" assessor \"A\": indicator \"L2\" is not an indicator of instrument"
        + " TEST-10 nor a local indicator added by the adjustments (L1)"), lines(e2));
  }

  @Test
  void aNulCharacterIsReportedOnceAtItsLine() {
    String csv = "city_id,city_name,country,assessor,indicator,value\nC1,A,BRA,A,#250,1\nC2,B\0ta,BRA,A,#250,1\n"
        + "C3,C,BRA,A,#250,1\nC4,D,BRA,A,#250,1\n";
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.reader(instrument).read(csv, "nul.csv"));
    assertEquals(List.of("nul.csv:3: holds a NUL character, which no text file holds (is it UTF-16 without a byte"
        + " order mark, or not a text file?); reading stopped"), lines(e));
  }

  @Test
  void windows1252IsReadWhenDeclared() throws Exception {
    byte[] bytes = "city_id;city_name;country;assessor;#250\nBR-SAO;S\u00e3o Paulo;BRA;A;1\n"
        .getBytes(Charset.forName("windows-1252"));
    List<Assessment> read = Assessments.reader(instrument)
        .withCsvFormat(CsvFormat.standard().withEncoding(Charset.forName("windows-1252")))
        .read(new ByteArrayInputStream(bytes), "legacy.csv");
    assertEquals("S\u00e3o Paulo", read.get(0).city().name());
    // as UTF-8 the same bytes are refused at their line
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Assessments.reader(instrument).read(new ByteArrayInputStream(bytes), "legacy.csv"));
    assertTrue(lines(e).get(0).startsWith("legacy.csv:2: is not valid UTF-8"), lines(e).toString());
  }

  @Test
  void aGenericTableKeepsHeaderRowsAndLines() {
    CsvTable t = CsvTable.parse("osi.csv", "country;osi\n\nBRA;0.8\n\"MOZ\";0.3\n");
    assertEquals(List.of("country", "osi"), t.header());
    assertEquals(List.of(new CsvTable.Row(3, List.of("BRA", "0.8")), new CsvTable.Row(4, List.of("MOZ", "0.3"))), t.rows());
    assertEquals(1, t.column("osi").orElseThrow());
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> CsvTable.parse("x.csv", "a,b\n1\n"));
    assertEquals(List.of("x.csv:2: has 1 fields, expected 2 as in the header"), lines(e));
  }

  @Test
  void csvRecordsAndTheFormulaGuardArePublic() {
    assertEquals("a,\"b,c\",\"d\"\"e\"\n", CsvFormat.standard().withLineSeparator("\n").record(List.of("a", "b,c", "d\"e")));
    assertEquals("'=1+1", CsvFormat.neutralise("=1+1"));
  }

  @Test
  void anUnclosedQuoteIsNamedAtTheLineWhereItOpened() {
    String csv = "city_id,city_name,country,assessor,indicator,value\nC1,\"Alpha,BRA,A,#250,1\n"
        + "C2,Beta,BRA,A,#250,1\nC3,Gamma,BRA,A,#250,\"1\"\n";
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.reader(instrument).read(csv, "q.csv"));
    assertTrue(lines(e).contains("q.csv:2: has 2 fields, the header has 6 (a quoted field opened on line 2 runs to"
        + " line 4: is its closing quote missing?)"), lines(e).toString());
  }

  /** A written workbook with its shared-string table removed, or cut to its first {@code keep} strings. */
  private byte[] damaged(byte[] book, int keep) throws Exception {
    Path file = Files.write(dir.resolve("good-" + keep + ".xlsx"), book);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] data;
        try (java.io.InputStream is = in.getInputStream(e)) {
          data = is.readAllBytes();
        }
        if (e.getName().equals("xl/sharedStrings.xml")) {
          if (keep < 0) {
            continue;
          }
          String x = new String(data, StandardCharsets.UTF_8);
          int at = 0;
          for (int i = 0; i <= keep; i++) {
            at = x.indexOf("<si>", at) + 1;
          }
          int end = x.lastIndexOf("</sst>");
          data = (x.substring(0, at - 1) + x.substring(end)).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aDamagedSharedStringTableIsOneProblemSayingSo() throws Exception {
    ByteArrayOutputStream good = new ByteArrayOutputStream();
    AssessmentXlsx.writer().write(List.of(Fixtures.full(Fixtures.maputo(), "A"), Fixtures.full(Fixtures.addis(), "B")), good);
    byte[] noTable = damaged(good.toByteArray(), -1);
    byte[] shortTable = damaged(good.toByteArray(), 3);
    LosiValidationException missing = assertThrows(LosiValidationException.class, () -> Assessments.reader(instrument)
        .read(new ByteArrayInputStream(noTable), "m.xlsx"));
    assertEquals(List.of("m.xlsx: is a damaged XLSX workbook: its text cells refer to a shared-string table"
        + " (xl/sharedStrings.xml) that it does not hold; open it in a spreadsheet program and save it again"),
        lines(missing));
    LosiValidationException cut = assertThrows(LosiValidationException.class, () -> Assessments.reader(instrument)
        .read(new ByteArrayInputStream(shortTable), "c.xlsx"));
    assertEquals(1, cut.problems().size(), lines(cut).toString());
    assertTrue(lines(cut).get(0).startsWith("c.xlsx: is a damaged XLSX workbook: a text cell refers to shared string "),
        lines(cut).toString());
    assertTrue(lines(cut).get(0).contains("holds 3;"), lines(cut).toString());
  }

  @Test
  void oneLimitsValueHoldsEveryFormat() {
    ReadLimits limits = ReadLimits.builder().maxRecordChars(20).problemCap(1).maxNestingDepth(2).build();
    assertEquals(new JsonLimits(2, 1_000_000, 100, 256L << 20), limits.json());
    assertEquals(XlsxLimits.DEFAULT, limits.xlsx());
    String csv = "city_id,city_name,country,assessor,#250\nMZ-MPM,Maputo,MOZ,A,1\n";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Assessments.reader(instrument)
        .withLimits(limits).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "l.csv"));
    assertEquals(List.of("l.csv:1: record exceeds the limit maxRecordChars = 20 characters per record"
        + " (CsvFormat.maxRecordChars); reading stopped"), lines(e));
    assertThrows(IllegalArgumentException.class, () -> ReadLimits.builder().maxColumns(0));
    assertEquals(ReadLimits.defaults().problemCap(), dev.losi.core.ProblemCollector.DEFAULT_CAP);
  }

  @Test
  void aNamedPipeLikeDevStdinIsReadOnce() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    String csv = "city_id,city_name,country,assessor,#250\nMZ-MPM,Maputo,MOZ,A,1\n";
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, csv);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    // on cb3af66 the CLI opened the file twice (layout, then rows): the second open of a pipe sees nothing
    List<Assessment> read = Assessments.reader(instrument).read(fifo);
    writer.join(10_000);
    assertEquals(Answer.PRESENT, read.get(0).response("#250").orElseThrow().answer());
  }
}
