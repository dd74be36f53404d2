package dev.losi.io;

import static dev.losi.core.testing.ProblemLines.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentsTest {

  private final Instrument small = Fixtures.small();

  @Test
  void builtInIndexListsLosi2024() {
    assertEquals(List.of("LOSI-2024"), Instruments.ids());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Instruments.load("LOSI-1999"));
    assertEquals("no built-in instrument \"LOSI-1999\"; built-in: [LOSI-2024]", e.getMessage());
    assertTrue(Instruments.find("LOSI-1999").isEmpty());
  }

  @Test
  void bundledLosi2024LoadsMatchesTheSchemaAndSurvivesEveryFormat(@TempDir Path dir) throws Exception {
    Instrument losi = Instruments.load("LOSI-2024");
    assertEquals(95, losi.size(), "95 indicators (issue 3, toolkit)");
    assertEquals(List.of(losi), Instruments.builtIn());
    assertSame(losi, Instruments.find("LOSI-2024").get());
    Path bundled = Path.of("src/main/resources/dev/losi/io/instruments/LOSI-2024.json");
    assertTrue(Files.exists(bundled), "missing " + bundled.toAbsolutePath());
    assertEquals(Set.of(), LosiJsonTest.validate("instrument.schema.json", Files.readString(bundled)));
    Path csv = dir.resolve("losi.csv");
    Path xlsx = dir.resolve("losi.xlsx");
    InstrumentTables.writeCsv(losi, csv);
    InstrumentTables.writeXlsx(losi, xlsx);
    assertEquals(losi, Instruments.read(csv));
    assertEquals(losi, Instruments.read(xlsx));
    assertEquals(losi, LosiJson.standard().readInstrument(LosiJson.standard().writeInstrument(losi), "x.json"));
  }

  @Test
  void catalogueListsAndLoadsEveryIndexedResource() {
    Instruments.Catalogue c = new Instruments.Catalogue(InstrumentsTest.class, "testinstruments/");
    assertEquals(List.of("TEST-10", "MISSING-1"), c.ids());
    assertEquals(small, c.load("TEST-10"));
    assertSame(c.load("TEST-10"), c.load("TEST-10"), "cached");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.load("MISSING-1"));
    assertEquals("built-in instrument MISSING-1 is listed in testinstruments/index.txt but its resource "
        + "testinstruments/MISSING-1.json is missing", e.getMessage());
  }

  @Test
  void instrumentRoundTripsThroughEveryFormat(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("i.json");
    Path csv = dir.resolve("i.csv");
    Path xlsx = dir.resolve("i.XLSX");
    LosiJson.standard().writeInstrument(small, json);
    InstrumentTables.writeCsv(small, csv);
    InstrumentTables.writeXlsx(small, xlsx);
    assertEquals(small, Instruments.read(json));
    assertEquals(small, Instruments.read(csv));
    assertEquals(small, Instruments.read(xlsx));
    assertEquals(small, Instruments.resolve(csv.toString()));
    Instrument withMax = Instrument.builder().from(small).declaredMaximum(13.5).build();
    assertEquals(withMax, InstrumentTables.readCsv(InstrumentTables.toCsv(withMax, CsvFormat.standard().withDelimiter(';')), "m.csv"));
    assertThrows(IllegalArgumentException.class, () -> Instruments.read(dir.resolve("i.txt")));
    Path other = dir.resolve("nothing");
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Instruments.resolve(other.toString()));
    assertEquals(List.of(Problem.builder().value(other.toString())
        .message("is neither a built-in instrument [LOSI-2024] nor an existing file").build()), e.problems());
    Files.writeString(dir.resolve("i.txt"), "x");
    LosiValidationException txt = assertThrows(LosiValidationException.class,
        () -> Instruments.resolve(dir.resolve("i.txt").toString()));
    assertEquals(Optional.of(dir.resolve("i.txt").toString()), txt.problems().get(0).source());
    assertTrue(txt.problems().get(0).message().contains("expected a .json, .csv or .xlsx file"), txt.getMessage());
  }

  @Test
  void handWrittenInstrumentCsvWithInlineCriteria() {
    String csv = "instrument_id;edition_year;instrument_title;code;title;criterion;criterion_name;channel_scope;weight\n"
        + "RURAL-1;2025;Rural LOSI;R1;Kiosk;SP;Services Provision;CHANNEL_INDEPENDENT;\n"
        + ";;;R2;Radio;PE;Participation and Engagement;CHANNEL_INDEPENDENT;0.5\n";
    Instrument r = InstrumentTables.readCsv(csv, "rural.csv");
    assertEquals(2, r.size());
    assertEquals(List.of("SP", "PE"), r.criteria().stream().map(c -> c.code()).collect(Collectors.toList()));
    assertEquals(1.0, r.indicators().get(0).weight());
    assertEquals(0.5, r.indicators().get(1).weight());
  }

  @Test
  void instrumentTableProblemsAreCollected() {
    String csv = "instrument_id,edition_year,instrument_title,code,title,criterion,criterion_name,channel_scope,weight,tags\n"
        + "R-1,twenty,Rural,R1,Kiosk,SP,Services,ANYWHERE,1,\n"
        + ",,,R2,Radio,SP,Service,CHANNEL_INDEPENDENT,\"0,5\",a||b\n"
        + "R-2,,,R3,Web,XX,,MGP_SPECIFIC,-1,\n";
    assertProblems(() -> InstrumentTables.readCsv(csv, "r.csv"),
        "r.csv:2: indicator \"R1\": channel_scope \"ANYWHERE\" is not one of [CHANNEL_INDEPENDENT, MGP_SPECIFIC]",
        "r.csv:3: criterion_name \"Service\" differs from \"Services\" declared for criterion SP",
        "r.csv:3: indicator \"R2\": weight \"0,5\" is not a number (use a dot as decimal separator; blank means 1)",
        "r.csv:3: indicator \"R2\": tags \"a||b\" has an empty tag (tags are joined with |)",
        "r.csv:4: instrument_id \"R-2\" differs from \"R-1\" given on the first row (leave it blank below the first row)",
        "r.csv:4: indicator \"R3\": weight \"-1.0\" must be a finite number > 0",
        "r.csv:4: indicator \"R3\": criterion \"XX\" is not declared: give its criterion_name on this row or on a row with an empty code",
        "r.csv:2: edition_year \"twenty\" must be a whole number on the first row, for example 2024");
  }

  /**
   * The instrument's own cells are on the first row (line 2, below the header), so their problems name file,
   * line and column like every other cell's, and the model's check of the declared maximum names the file's
   * column and text, not the Java field ({@code declaredMaximum}) and its parsed double. Expected lines
   * written by hand from the table: the weights are 1 and 0.5, so their sum is 1.5. Before the sixth
   * integration these problems named the file only ({@code r.csv: declared_maximum ...},
   * {@code r.csv: declaredMaximum "1.0" ...}).
   */
  @Test
  void declaredMaximumProblemsNameFileLineAndColumn() {
    String head = "instrument_id,edition_year,instrument_title,declared_maximum,code,title,criterion,criterion_name,"
        + "channel_scope,weight\n";
    String second = ",,,,R2,Radio,SP,,CHANNEL_INDEPENDENT,0.5\n";
    assertProblems(() -> InstrumentTables.readCsv(head + "R-1,2025,Rural,9 5,R1,Kiosk,SP,Services,CHANNEL_INDEPENDENT,1\n"
            + second, "r.csv"),
        "r.csv:2: declared_maximum \"9 5\" is not a number; expected the instrument's maximum points on the first"
            + " row, a number > 0 with a dot as decimal separator, for example 95 (blank means the sum of the weights)");
    assertProblems(() -> InstrumentTables.readCsv(head + "R-1,2025,Rural,1,R1,Kiosk,SP,Services,CHANNEL_INDEPENDENT,1\n"
            + second, "r.csv"),
        "r.csv:2: declared_maximum \"1\" must not be below the sum of weights 1.5");
    assertProblems(() -> InstrumentTables.readCsv(head + "R-1,2025,Rural,-0,R1,Kiosk,SP,Services,CHANNEL_INDEPENDENT,1\n"
            + second, "r.csv"),
        "r.csv:2: declared_maximum \"-0\" must be a finite number > 0");
    assertEquals(1.5, InstrumentTables.readCsv(head + "R-1,2025,Rural,1.5,R1,Kiosk,SP,Services,CHANNEL_INDEPENDENT,1\n"
        + second, "r.csv").declaredMaximum().getAsDouble(), "the sum itself is accepted");
  }

  @Test
  void instrumentsWrittenByOtherToolsAreReadWithTheirSheet(@TempDir Path dir) throws Exception {
    Path x = dir.resolve("i.xlsx");
    InstrumentTables.writeXlsx(small, x);
    assertTrue(Files.size(x) > 0);
    assertProblems(() -> AssessmentXlsx.reader(small).read(x),
        "i.xlsx: has no sheet named \"assessments\" (sheets found: [instrument])");
  }
}
