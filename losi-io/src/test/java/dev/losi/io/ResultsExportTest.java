package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results export. The expected numbers are computed by hand below from {@link Fixtures#small()}: weights 1,
 * except #259 with 2.5, so the maximum is 9 + 2.5 = 11.5.
 */
class ResultsExportTest {

  private final Instrument instrument = Fixtures.small();

  /**
   * Present: #250 (1), #251 (1, but evidence only on a non-MGP channel of an MGP-specific indicator:
   * downgraded to 0), #252 (1), #256 (1), #259 (2.5). Standard points 1 + 1 + 1 + 2.5 = 5.5, LOSI
   * 5.5 / 11.5 = 0.4782608695652174 (middle). With #251's channel accepted: 6.5 / 11.5 = 0.5652173913043478 (high).
   */
  private Assessment assessment(City city, Channel evidenceOf251) {
    Answer[] a = {Answer.PRESENT, Answer.PRESENT, Answer.PRESENT, Answer.ABSENT, Answer.NOT_APPLICABLE,
        Answer.ABSENT, Answer.PRESENT, Answer.ABSENT, Answer.ABSENT, Answer.PRESENT};
    Assessment.Builder b = Assessment.builder().city(city).instrumentId("TEST-10").assessorId("A");
    for (int i = 0; i < 10; i++) {
      Response.Builder r = Response.builder().indicator("#" + (250 + i)).answer(a[i]);
      if (i == 1) {
        r.evidence(Evidence.on(evidenceOf251));
      }
      b.addResponses(r.build());
    }
    return b.build();
  }

  private List<CityScore> scores() {
    CountryAdjustment accept = CountryAdjustment.builder().id("SGP-01").country("SGP").instrumentId("TEST-10")
        .kind(AdjustmentKind.ACCEPT_CHANNEL).indicator("#251").addAcceptedChannels(Channel.NATIONAL_PORTAL)
        .rationale("City-state: the national portal is the city's portal").decidedBy("Board")
        .decidedOn(LocalDate.of(2025, 2, 14)).build();
    return Scorer.of(instrument).withAdjustments(List.of(accept)).scoreAll(List.of(
        assessment(Fixtures.maputo(), Channel.SOCIAL_MEDIA),
        assessment(City.of("SG-SIN", "Singapore", "SGP"), Channel.NATIONAL_PORTAL)));
  }

  @Test
  void csvHoldsHandComputedValuesExactly() {
    String csv = ResultsExport.of(scores()).toCsv(CsvFormat.standard().withLineSeparator("\n"));
    String[] lines = csv.split("\n");
    assertEquals("city_id,city_name,country,population,size_class,region,assessor,instrument,losi,points,maximum,level,"
        + "rating_class,rank,criterion_IF,criterion_CP,criterion_SP,criterion_PE,criterion_TEC,scope_CHANNEL_INDEPENDENT,"
        + "scope_MGP_SPECIFIC,present,absent,not_applicable,not_assessed,not_assessed_counted_absent,downgrades,"
        + "not_applicable_without_adjustment,adjusted_losi,adjusted_points,adjusted_maximum,adjusted_level,"
        + "adjustments_applied,excluded,adjusted_criterion_IF,adjusted_criterion_CP,adjusted_criterion_SP,"
        + "adjusted_criterion_PE,adjusted_criterion_TEC,adjusted_scope_CHANNEL_INDEPENDENT,adjusted_scope_MGP_SPECIFIC,"
        + "rank_in_country,rank_in_region,rank_in_size_class,reference_basis,reference_size",
        lines[0]);
    // IF: #250 present, #251 downgraded: 1/2. CP: #252 of #252,#253: 1/2. SP: 0/2. PE: 1/2. TEC: 2.5/3.5.
    // Channel-independent (#250, #253, #256, #259): 4.5/5.5; MGP-specific (the other six): #252 only, 1/6.
    assertTrue(lines[1].startsWith("MZ-MPM,Maputo,MOZ,1100000,,Maputo Cidade,A,TEST-10,0.4782608695652174,5.5,11.5,MIDDLE,"),
        lines[1]);
    // both standard values are equal: tied rank 1, and the same rating class
    assertTrue(lines[1].contains(",MIDDLE,MH,1,0.5,0.5,0,0.5,0.7142857142857143,0.8181818181818182,0.16666666666666666,5,4,1,0,0,"
        + "#251:SOCIAL_MEDIA,#254,,,,,,"), lines[1]);
    assertTrue(lines[2].startsWith("SG-SIN,Singapore,SGP,,,,A,TEST-10,0.4782608695652174,5.5,11.5,MIDDLE,"), lines[2]);
    assertTrue(lines[2].contains(",#251:NATIONAL_PORTAL>SGP-01,#254,0.5652173913043478,6.5,11.5,HIGH,SGP-01,,1,"), lines[2]);
  }

  @Test
  void noResultsGiveAHeaderOnlyAndAnEmptyDocument() throws Exception {
    ResultsExport empty = ResultsExport.of(List.of());
    assertTrue(empty.toCsv(CsvFormat.standard()).startsWith("city_id,city_name,country,"));
    assertEquals(1, empty.toCsv(CsvFormat.standard()).split("\r\n").length);
    assertEquals(Set.of(), LosiJsonTest.validate("results.schema.json", empty.toJson()));
  }

  @Test
  void jsonMatchesItsSchemaAndKeepsStandardBesideAdjusted() throws Exception {
    ResultsExport export = ResultsExport.of(scores());
    String json = export.toJson();
    assertEquals(Set.of(), LosiJsonTest.validate("results.schema.json", json));
    JsonNode doc = new ObjectMapper().readTree(json);
    JsonNode sin = doc.get("results").get(1);
    assertEquals(0.4782608695652174, sin.get("standard").get("value").doubleValue());
    assertEquals(5.5, sin.get("standard").get("points").doubleValue());
    assertEquals(6.5, sin.get("adjusted").get("score").get("points").doubleValue());
    assertEquals(0.5652173913043478, sin.get("adjusted").get("score").get("value").doubleValue());
    assertEquals("HIGH", sin.get("adjusted").get("score").get("level").textValue());
    assertEquals("SGP-01", sin.get("downgrades").get(0).get("acceptedBy").textValue());
    assertEquals("ACCEPT_CHANNEL", sin.get("adjusted").get("applied").get(0).get("kind").textValue());
    assertTrue(!doc.get("results").get(0).has("adjusted"), "no adjustment applies to Maputo");
    assertEquals(1, sin.get("rank").intValue());
    assertEquals(1, doc.get("results").get(0).get("rank").intValue(), "equal standard LOSI: tied rank");
  }

  @Test
  void workbookHasResultsDowngradesAndAdjustments(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("results.xlsx");
    ResultsExport.of(scores()).writeXlsx(file);
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      var results = wb.findSheet("results").get().read();
      assertEquals(3, results.size());
      assertEquals("0.4782608695652174", results.get(1).getCell(8).getRawValue());
      assertEquals(Double.parseDouble("0.4782608695652174"), results.get(1).getCell(8).asNumber().doubleValue());
      var downgrades = wb.findSheet("downgrades").get().read();
      assertEquals(3, downgrades.size());
      assertEquals("SGP-01", downgrades.get(2).getCellText(4));
      var adjustments = wb.findSheet("adjustments").get().read();
      assertEquals(2, adjustments.size());
      assertEquals("ACCEPT_CHANNEL", adjustments.get(1).getCellText(3));
    }
  }

  /**
   * Bug fix (issue 9 item 3): two assessors' rows of the same two cities used to be ranked together (four
   * rows). Assessor A scores Maputo 5.5 and Singapore 5.5 (both rank 1, tied); assessor B's Maputo row has
   * every indicator present but #251 (downgraded) and #254 (NA): 11.5 - 1 - 1 = 9.5 points, 9.5 / 11.5 =
   * 0.826 (very high), rank 1 among B's rows; B's Singapore has 5.5, rank 2. Each ranking holds 2 cities.
   */
  @Test
  void eachAssessorIsRankedAmongTheirOwnCities() throws Exception {
    List<CityScore> a = scores();
    CityScore best = Scorer.of(instrument).score(Assessment.builder().from(assessment(Fixtures.maputo(), Channel.SOCIAL_MEDIA))
        .assessorId("B").responses(all()).build());
    assertEquals(9.5, best.standard().points());
    CityScore sinB = Scorer.of(instrument).score(Assessment.builder()
        .from(assessment(City.of("SG-SIN", "Singapore", "SGP"), Channel.SOCIAL_MEDIA)).assessorId("B").build());
    ResultsExport export = ResultsExport.of(List.of(a.get(0), a.get(1), best, sinB));
    String[] lines = export.toCsv(CsvFormat.standard().withLineSeparator("\n")).split("\n");
    assertTrue(lines[1].endsWith(",1,1,,EACH_ASSESSOR,2"), lines[1]); // A Maputo: rank 1 tied, 1 in MOZ
    assertTrue(lines[2].endsWith(",1,,,EACH_ASSESSOR,2"), lines[2]);  // A Singapore: 1 in SGP, no region
    assertTrue(lines[3].contains(",9.5,11.5,VERY_HIGH,"), lines[3]);
    JsonNode doc = new ObjectMapper().readTree(export.toJson());
    assertEquals(List.of(1, 1, 1, 2), List.of(doc.get("results").get(0).get("rank").intValue(),
        doc.get("results").get(1).get("rank").intValue(), doc.get("results").get(2).get("rank").intValue(),
        doc.get("results").get(3).get("rank").intValue()));
    assertEquals("EACH_ASSESSOR", doc.get("results").get(3).get("reference").get("basis").textValue());
    assertEquals(1, doc.get("results").get(0).get("rankInCountry").intValue());
    assertEquals(1, doc.get("results").get(0).get("rankInRegion").intValue());
    assertEquals(Set.of(), LosiJsonTest.validate("results.schema.json", export.toJson()));
  }

  /** Every indicator present with no evidence, except #251 on social media (downgraded) and #254 NA. */
  private static List<Response> all() {
    List<Response> out = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Response.Builder r = Response.builder().indicator("#" + (250 + i)).answer(i == 4 ? Answer.NOT_APPLICABLE : Answer.PRESENT);
      if (i == 1) {
        r.evidence(Evidence.on(Channel.SOCIAL_MEDIA));
      }
      out.add(r.build());
    }
    return out;
  }
}
