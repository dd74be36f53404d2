package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentCsvTest {

  private final Instrument instrument = Fixtures.small();
  private static final String HEADER = "city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n";

  private LosiValidationException fails(String csv) {
    return assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.reader(instrument).read(csv, "assessments.csv"));
  }

  private static List<String> lines(LosiValidationException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
  }

  @Test
  void readsMinimalLongCsvAndGroupsNonAdjacentRows() {
    String csv = HEADER
        + "MZ-MPM,Maputo,MOZ,A,#250,1,MGP|NATIONAL_PORTAL,https://x.example,\"a, \"\"b\"\"\nc\"\n"
        + "EG-CAI,القاهرة,EGY,A,#250,0,,,\n"
        + "MZ-MPM,Maputo,MOZ,A,#251,NA,,,\n"
        + "MZ-MPM,Maputo,MOZ,A,#252,,,,\n";
    List<Assessment> all = AssessmentCsv.reader(instrument).read(csv, "assessments.csv");
    assertEquals(2, all.size());
    Assessment maputo = all.get(0);
    assertEquals("MZ-MPM", maputo.city().id());
    assertEquals("TEST-10", maputo.instrumentId());
    assertEquals(3, maputo.responses().size());
    assertEquals(Answer.PRESENT, maputo.answer("#250"));
    assertEquals(Answer.NOT_APPLICABLE, maputo.answer("#251"));
    assertEquals(Answer.NOT_ASSESSED, maputo.responses().get(2).answer());
    assertEquals("a, \"b\"\nc", maputo.response("#250").get().evidence().get().note().get());
    assertEquals(java.util.Set.of(Channel.MGP, Channel.NATIONAL_PORTAL),
        maputo.response("#250").get().evidence().get().channels());
    assertEquals("القاهرة", all.get(1).city().name());
  }

  @Test
  void theIssueExampleMessage() {
    String csv = HEADER + "MZ-MPM,Maputo,MOZ,B,#255,2,,,\n";
    LosiValidationException e = fails(csv);
    assertEquals(List.of("assessments.csv:2: city \"MZ-MPM\" assessor \"B\" indicator \"#255\": value \"2\" "
        + "is not one of 1, 0, NA (blank means not assessed)"), lines(e));
  }

  @Test
  void collectsEveryProblemOfTheFile() {
    String csv = HEADER
        + "MZ-MPM,Maputo,MOZ,A,#250,1,,,\n"          // 2 ok
        + "MZ-MPM,Maputo,MOZ,A,#999,1,,,\n"          // 3 unknown indicator
        + "MZ-MPM,Maputo,MOZ,A,#250,0,,,\n"          // 4 duplicate of line 2
        + "MZ-MPM,Maputu,MOZ,A,#251,1,,,\n"          // 5 inconsistent name
        + "MZ-MPM,Maputo,MOZ,A,#252,yes,,,\n"        // 6 non-numeric value
        + "MZ-MPM,Maputo,MOZ,A,#253,1,WEBSITE,,\n"   // 7 bad channel
        + "XX-1,X,Mozambique,A,#250,1,,,\n"          // 8 bad country
        + "MZ-MPM,Maputo,MOZ,A,#254\n";              // 9 short row
    LosiValidationException e = fails(csv);
    assertEquals(List.of(
        "assessments.csv:3: city \"MZ-MPM\" assessor \"A\": indicator \"#999\" is not an indicator of instrument TEST-10",
        "assessments.csv:4: city \"MZ-MPM\" assessor \"A\" indicator \"#250\": duplicate row: this city, assessor and indicator already appear on line 2",
        "assessments.csv:5: city \"MZ-MPM\" assessor \"A\": city_name \"Maputu\" differs from \"Maputo\" given for the same city_id on line 2",
        "assessments.csv:6: city \"MZ-MPM\" assessor \"A\" indicator \"#252\": value \"yes\" is not one of 1, 0, NA (blank means not assessed)",
        "assessments.csv:7: city \"MZ-MPM\" assessor \"A\" indicator \"#253\": evidence_channel \"WEBSITE\" names \"WEBSITE\", which is not one of [MGP, MGP_LINKED_SITE, NATIONAL_PORTAL, MOBILE_APP, SOCIAL_MEDIA, OTHER] (several are joined with |)",
        "assessments.csv:8: city \"XX-1\" assessor \"A\": country \"Mozambique\" is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. BRA)",
        "assessments.csv:9: has 5 fields, the header has 9"), lines(e));
  }

  @Test
  void missingAndUnknownColumns() {
    LosiValidationException e = fails("city_id,name,country,assessor,indicator,score\nX,Y,MOZ,A,#250,1\n");
    assertEquals(List.of(
        "assessments.csv:1: header \"name\" is not a column of the long layout (expected city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note,date,instrument,population,size_class,region)",
        "assessments.csv:1: header \"score\" is not a column of the long layout (expected city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note,date,instrument,population,size_class,region)",
        "assessments.csv:1: header lacks the required column city_name (found: city_id,name,country,assessor,indicator,score)",
        "assessments.csv:1: header lacks the required column value (found: city_id,name,country,assessor,indicator,score)"),
        lines(e).stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void emptyFileInvalidUtf8AndUtf16() {
    assertEquals(List.of("assessments.csv: is empty: expected a header line with the columns "
        + "city_id,city_name,country,assessor,indicator,value (optional: evidence_channel,evidence_url,note,date,instrument,population,size_class,region)"),
        lines(fails("")));
    byte[] bad = (HEADER + "MZ-MPM,Maputo,MOZ,A,#250,1,,,\nMZ-MPM,Map\u00e9,MOZ,A,#251,1,,,\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = new byte[bad.length - 1];
    // replace the two-byte é (C3 A9) by the Latin-1 byte E9: invalid UTF-8 on line 3
    int at = indexOf(bad, (byte) 0xC3);
    System.arraycopy(bad, 0, latin1, 0, at);
    latin1[at] = (byte) 0xE9;
    System.arraycopy(bad, at + 2, latin1, at + 1, bad.length - at - 2);
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.reader(instrument).read(new ByteArrayInputStream(latin1), "latin1.csv"));
    assertEquals(List.of("latin1.csv:3: is not valid UTF-8 (a malformed byte sequence of length 1); save the file as UTF-8"), lines(e));
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'c', 0};
    e = assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.reader(instrument).read(new ByteArrayInputStream(utf16), "u16.csv"));
    assertEquals(List.of("u16.csv:1: file is UTF-16 encoded; save it as UTF-8 (with or without BOM)"), lines(e));
  }

  private static int indexOf(byte[] a, byte b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    throw new AssertionError();
  }

  @Test
  void semicolonBomAndCrlfAreAccepted() {
    String csv = "\uFEFFcity_id;city_name;country;assessor;indicator;value\r\n"
        + "BR-SAO;São Paulo, SP;BRA;A;#250;1\r\n\r\n"
        + "BR-SAO;São Paulo, SP;BRA;A;#251;0\r\n";
    List<Assessment> all = AssessmentCsv.reader(instrument).read(csv, "s.csv");
    assertEquals(1, all.size());
    assertEquals("São Paulo, SP", all.get(0).city().name());
    assertEquals(2, all.get(0).responses().size());
    // An explicit comma delimiter sees one column only and says so.
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> AssessmentCsv.reader(instrument)
        .format(CsvFormat.standard().withDelimiter(',')).read(csv, "s.csv"));
    assertTrue(e.getMessage().contains("lacks the required column city_id"), e.getMessage());
  }

  @Test
  void wrongInstrumentAndBadDateAndPopulation() {
    String csv = "city_id,city_name,country,assessor,indicator,value,date,instrument,population\n"
        + "MZ-MPM,Maputo,MOZ,A,#250,1,2025-13-01,TEST-10,1000\n"
        + "MZ-MPM,Maputo,MOZ,A,#251,1,2025-03-01,LOSI-2022,1000\n"
        + "MZ-MPM,Maputo,MOZ,A,#252,1,2025-03-01,TEST-10,\"1,000\"\n";
    assertEquals(List.of(
        "assessments.csv:2: city \"MZ-MPM\" assessor \"A\": date \"2025-13-01\" is not an ISO-8601 date (YYYY-MM-DD)",
        "assessments.csv:3: city \"MZ-MPM\" assessor \"A\": instrument \"LOSI-2022\" does not match the instrument TEST-10 the file is read against",
        "assessments.csv:4: city \"MZ-MPM\" assessor \"A\": population \"1,000\" is not a whole number from 0 to 9223372036854775807 (digits only, no separators)"),
        lines(fails(csv)));
  }

  @Test
  void problemsAreCappedAndCounted() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 30; i++) {
      csv.append("MZ-MPM,Maputo,MOZ,A").append(i).append(",#250,7,,,\n");
    }
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> AssessmentCsv.reader(instrument)
        .format(CsvFormat.standard().withProblemCap(5)).read(csv.toString(), "a.csv"));
    assertEquals(5, e.problems().size());
    assertEquals(25, e.omitted());
    assertTrue(e.getMessage().endsWith("... and 25 more"), e.getMessage());
  }

  @Test
  void limitsStopReadingWithAnErrorNamingTheLimit() {
    String longNote = "x".repeat(500);
    String csv = HEADER + "MZ-MPM,Maputo,MOZ,A,#250,1,,," + longNote + "\n";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> AssessmentCsv.reader(instrument)
        .format(CsvFormat.standard().withMaxRecordChars(200)).read(csv, "a.csv"));
    assertEquals(List.of("a.csv:2: record exceeds the limit maxRecordChars = 200 characters per record"
        + " (CsvFormat.maxRecordChars); reading stopped"), lines(e));
    e = assertThrows(LosiValidationException.class, () -> AssessmentCsv.reader(instrument)
        .format(CsvFormat.standard().withMaxColumns(5)).read(csv, "a.csv"));
    assertEquals(List.of("a.csv:1: record exceeds the limit maxColumns = 5 fields per record"
        + " (CsvFormat.maxColumns); reading stopped"), lines(e));
    // a huge unterminated quoted field does not exhaust memory: the default limit stops it
    String hostile = HEADER + "\"" + "y".repeat(CsvFormat.DEFAULT_MAX_RECORD_CHARS + 10);
    e = assertThrows(LosiValidationException.class, () -> AssessmentCsv.reader(instrument).read(hostile, "h.csv"));
    assertTrue(e.getMessage().contains("maxRecordChars = 1048576"), e.getMessage());
  }

  @Test
  void syntaxIrregularitiesAreReported() {
    String csv = HEADER + "MZ-MPM,Map\"uto,MOZ,A,#250,1,,,\n" + "MZ-MPM,\"Maputo\"x,MOZ,A,#251,1,,,\n";
    List<String> l = lines(fails(csv));
    assertTrue(l.get(0).startsWith("assessments.csv:2: a quote inside an unquoted field"), l.toString());
    assertTrue(l.stream().anyMatch(s -> s.startsWith("assessments.csv:3: text after the closing quote")), l.toString());
  }

  @Test
  void roundTripKeepsEveryCharacterAndNeutralisesFormulas(@TempDir Path dir) throws Exception {
    List<Assessment> all = List.of(Fixtures.full(Fixtures.maputo(), "A"), Fixtures.full(Fixtures.addis(), "=cmd"),
        Fixtures.full(Fixtures.cairo(), "B"));
    Path file = dir.resolve("out.csv");
    AssessmentCsv.writer().write(all, file);
    String text = Files.readString(file);
    assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil\"\")"), text);
    assertTrue(text.contains(",'=cmd,"), text);
    assertTrue(text.contains(",'-5 degrees; 'quoted',"), text);
    assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
    assertEquals(all, AssessmentCsv.reader(instrument).read(file));
    for (CsvFormat f : List.of(CsvFormat.standard().withDelimiter(';').withLineSeparator("\n").withBom(true),
        CsvFormat.standard().withDelimiter('\t'))) {
      String s = AssessmentCsv.writer().format(f).toString(all);
      CsvFormat readFormat = f.delimiter() == '\t' ? f : CsvFormat.standard();
      assertEquals(all, AssessmentCsv.reader(instrument).format(readFormat).read(s, "x.csv"));
    }
  }

  /** Generates a long CSV of the given number of rows on the fly: the text never exists in memory. */
  static java.io.InputStream generated(int rows) {
    return new java.io.InputStream() {
      private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
      private int pos;
      private int row;

      @Override
      public int read() {
        if (pos == chunk.length) {
          if (row == rows) {
            return -1;
          }
          int city = row / 10;
          chunk = ("C" + city + ",City " + city + ",MOZ,A,#" + (250 + row % 10) + "," + (row % 3 == 0 ? "1" : "0")
              + ",MGP,,\"a note, with a comma\"\r\n").getBytes(StandardCharsets.UTF_8);
          pos = 0;
          row++;
        }
        return chunk[pos++] & 0xFF;
      }
    };
  }

  @Test
  void streamsAMillionRowsWithoutHoldingTheText() throws Exception {
    long[] present = {0};
    long n = AssessmentCsv.reader(instrument).forEachRow(new java.io.BufferedInputStream(generated(1_000_000)), "m.csv",
        r -> {
          if (r.response().answer() == Answer.PRESENT) {
            present[0]++;
          }
        });
    assertEquals(1_000_000, n);
    assertEquals(333_334, present[0], "rows 0, 3, 6, ... are present: ceil(1e6 / 3)");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old");
    Assessment empty = Assessment.builder().city(Fixtures.maputo()).instrumentId("TEST-10").assessorId("A").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AssessmentCsv.writer().write(List.of(Fixtures.full(Fixtures.cairo(), "A"), empty), file));
    assertEquals("assessment of city MZ-MPM by A has no responses; a table cannot hold it (use JSON)", e.getMessage());
    assertEquals("old", Files.readString(file));
    Assessment twice = Fixtures.full(Fixtures.cairo(), "A");
    e = assertThrows(IllegalArgumentException.class, () -> AssessmentCsv.writer().write(List.of(twice, twice), file));
    assertEquals("two assessments of city EG-CAI by A on 2025-03-01; a table would merge them (give them different dates)",
        e.getMessage());
    assertEquals("old", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.collect(Collectors.toList()));
    }
  }

  @Test
  void streamingHandsOnRowsWithoutAssembling() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    int cities = 200;
    for (int c = 0; c < cities; c++) {
      for (int i = 0; i < 10; i++) {
        csv.append("C").append(c).append(",City ").append(c).append(",MOZ,A,#").append(250 + i).append(",1,,,\n");
      }
    }
    List<AssessmentRow> rows = new ArrayList<>();
    long n = AssessmentCsv.reader(instrument).forEachRow(
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv", rows::add);
    assertEquals(cities * 10L, n);
    assertEquals(2, rows.get(0).line());
    assertEquals("#259", rows.get(rows.size() - 1).response().indicator());
  }
}
