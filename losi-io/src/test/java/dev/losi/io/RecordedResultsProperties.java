package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.results.RecordedResult;
import dev.losi.core.results.Results;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trip of results (issue 9: results can be read back): scores of generated assessments (any city name,
 * population, size class and region; every answer; half the cities in Singapore, where {@link
 * Fixtures#adjustments()} apply: accepted channels, an excluded indicator, a reweight and a local indicator),
 * exported by {@link ResultsExport} as CSV (comma and semicolon) and JSON and read back by
 * {@link RecordedResults}, equal {@link RecordedResult#of} of each classified result: every value, the doubles
 * bit for bit ({@code record} equality compares doubles with {@link Double#compare}).
 */
class RecordedResultsProperties {

  private static final Scorer SCORER = Scorer.of(Fixtures.small()).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT)
      .withAdjustments(Fixtures.adjustments());

  @Provide
  Arbitrary<List<CityScore>> scores() {
    return new RoundTripProperties().assessments().map(list -> SCORER.scoreAll(list.stream()
        .map(a -> Math.floorMod(a.city().id().hashCode(), 2) == 0 ? a
            : Assessment.builder().from(a).city(City.builder().from(a.city()).country("SGP").build()).build())
        .toList()));
  }

  @Property(tries = 150)
  void csvAndJsonReadBackWhatWasWritten(@ForAll("scores") List<CityScore> scores) {
    Results results = Results.of(scores);
    List<RecordedResult> expected = results.results().stream().map(RecordedResult::of).toList();
    ResultsExport export = ResultsExport.of(results);
    assertEquals(expected, RecordedResults.readCsv(export.toCsv(CsvFormat.standard()), "r.csv"));
    assertEquals(expected, RecordedResults.readCsv(export.toCsv(CsvFormat.standard().withDelimiter(';')), "r.csv"));
    assertEquals(expected, RecordedResults.readJson(export.toJson(), "r.json"));
  }

  /**
   * Streamed == whole tree: the results document written one result at a time ({@link ResultsExport#toJson},
   * {@link ResultsExport#writeJson(java.io.Writer)}) is the text the earlier writer gave, which built the whole
   * document as one tree and wrote it with databind's {@code INDENT_OUTPUT} (run here as the second
   * implementation), with a final line break.
   */
  @Property(tries = 100)
  void streamedJsonIsTheWholeTreesText(@ForAll("scores") List<CityScore> scores) throws Exception {
    Results results = Results.of(scores);
    ObjectNode doc = JsonModel.document();
    ArrayNode rows = doc.putArray("results");
    results.results().forEach(r -> rows.add(ResultJson.write(r)));
    String tree = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n";
    ResultsExport export = ResultsExport.of(results);
    assertEquals(tree, export.toJson());
    StringWriter streamed = new StringWriter();
    export.writeJson(streamed);
    assertEquals(tree, streamed.toString());
  }
}
