package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.results.RecordedResult;
import dev.losi.core.results.ReferenceSet;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RecordedResults}: a results file read back by extension, and its problems all at once with file, line
 * and column or JSON path, on the scores of two cities assessed by {@link Fixtures#full} (unassessed counted absent).
 */
class RecordedResultsTest {

  @TempDir Path dir;

  private final List<CityScore> scores = Scorer.of(Fixtures.small())
      .withMissingAnswers(dev.losi.core.scoring.MissingAnswerPolicy.COUNT_AS_ABSENT).scoreAll(List.of(
      Fixtures.full(Fixtures.maputo(), "A"), Fixtures.full(Fixtures.cairo(), "A")));

  @Test
  void readsTheFileByItsExtension() throws Exception {
    Path csv = dir.resolve("scores.csv");
    Path json = dir.resolve("scores.JSON");
    ResultsExport.of(scores).writeCsv(csv, CsvFormat.standard());
    ResultsExport.of(scores).writeJson(json);
    List<RecordedResult> fromCsv = RecordedResults.read(csv);
    assertEquals(fromCsv, RecordedResults.read(json));
    RecordedResult first = fromCsv.get(0);
    assertEquals(scores.get(0).losi(), first.losi());
    assertEquals(scores.get(0).level(), first.standard().level());
    assertEquals(scores.get(0).city(), first.city());
    assertEquals(ReferenceSet.Basis.CITIES, first.referenceBasis());
    assertEquals(2, first.referenceSize());
  }

  @Test
  void csvProblemsAreAllReportedWithLineAndColumn() {
    String csv = ResultsExport.of(scores).toCsv(CsvFormat.standard());
    String[] lines = csv.split("\r\n|\n");
    List<String> header = List.of(lines[0].split(","));
    String[] row2 = lines[1].split(",", -1);
    row2[header.indexOf("losi")] = "0.123";
    String[] row3 = lines[2].split(",", -1);
    row3[header.indexOf("rank")] = "first";
    row3[header.indexOf("rating_class")] = "XX";
    String bad = lines[0] + "\n" + String.join(",", row2) + "\n" + String.join(",", row3) + "\n";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> RecordedResults.readCsv(bad, "r.csv"));
    assertEquals(3, e.problems().size(), e.getMessage());
    Problem losi = e.problems().get(0);
    assertEquals("r.csv", losi.source().orElseThrow());
    assertEquals(2, losi.line().getAsLong());
    assertEquals("losi", losi.field().orElseThrow());
    assertEquals("does not equal points / maximum = " + scores.get(0).losi(), losi.message());
    assertTrue(e.problems().stream().anyMatch(p -> p.line().getAsLong() == 3 && p.field().orElseThrow().equals("rank")
        && p.message().equals("is not a whole number of 1 or more")), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.line().getAsLong() == 3
        && p.field().orElseThrow().equals("rating_class")), e.getMessage());
  }

  @Test
  void jsonProblemsNameTheirPath() {
    String json = ResultsExport.of(scores).toJson().replaceFirst("\"ratingClass\" : \"[A-Z]+\"", "\"ratingClass\" : \"XX\"")
        .replaceFirst("\"rankInCountry\" : 1", "\"rankInCountry\" : 0");
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> RecordedResults.readJson(json, "r.json"));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("$.results[0]"), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.field().orElseThrow().equals("ratingClass")), e.getMessage());
    assertTrue(e.problems().stream().anyMatch(p -> p.field().orElseThrow().equals("rankInCountry")), e.getMessage());
  }

  @Test
  void anUnknownColumnIsRefused() throws Exception {
    String csv = ResultsExport.of(scores).toCsv(CsvFormat.standard()).replaceFirst("city_id", "town_id");
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> RecordedResults.readCsv(csv, "r.csv"));
    assertTrue(e.getMessage().contains("lacks the required column city_id"), e.getMessage());
    assertTrue(e.getMessage().contains("\"town_id\" is not a column of a results table"), e.getMessage());
    Files.writeString(dir.resolve("x"), "");
  }
}
