package dev.losi.io;

import static dev.losi.core.testing.ProblemLines.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LosiJsonTest {

  static final Path SCHEMAS = Path.of("../docs/schema");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final LosiJson json = LosiJson.standard();

  static Set<ValidationMessage> validate(String schemaFile, String document) throws Exception {
    Path p = SCHEMAS.resolve(schemaFile);
    assertTrue(Files.exists(p), "missing schema " + p.toAbsolutePath());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(p.toFile()));
    return schema.validate(MAPPER.readTree(document));
  }

  @Test
  void instrumentRoundTripsAndMatchesItsSchema(@TempDir Path dir) throws Exception {
    Instrument in = Fixtures.small();
    String text = json.writeInstrument(in);
    assertEquals(Set.of(), validate("instrument.schema.json", text));
    assertEquals(in, json.readInstrument(text, "i.json"));
    Path f = dir.resolve("i.json");
    json.writeInstrument(in, f);
    assertEquals(in, json.readInstrument(f));
    // the agreed shape: camelCase names, whole weights as integers, empty optional fields left out
    JsonNode tree = MAPPER.readTree(text);
    assertEquals(1, tree.get("schemaVersion").intValue());
    assertEquals("1", tree.get("indicators").get(0).get("weight").toString());
    assertEquals("2.5", tree.get("indicators").get(9).get("weight").toString());
    assertTrue(!tree.get("indicators").get(0).has("tags") && !tree.get("indicators").get(0).has("description"));
    assertEquals("RECONSTRUCTED", tree.get("indicators").get(2).get("provenance").get(0).get("status").textValue());
    assertTrue(!tree.has("declaredMaximum"));
  }

  @Test
  void readsTheAgreedInstrumentShape() {
    String doc = "{ \"schemaVersion\": 1, \"id\": \"LOSI-X\", \"editionYear\": 2024, \"title\": \"T\","
        + " \"declaredMaximum\": 96,"
        + " \"criteria\": [ {\"code\": \"IF\", \"name\": \"Institutional Framework\"} ],"
        + " \"indicators\": [ {\"code\": \"#281\", \"title\": \"Portal\", \"description\": \"d\", \"criterion\": \"IF\","
        + "   \"channelScope\": \"MGP_SPECIFIC\", \"weight\": 1, \"tags\": [\"core\"],"
        + "   \"provenance\": [{\"field\": \"criterion\", \"status\": \"RECONSTRUCTED\", \"reason\": \"why\"}]} ] }";
    Instrument in = json.readInstrument(doc, "x.json");
    assertEquals(96.0, in.maximumPoints());
    assertEquals("why", in.indicators().get(0).provenanceOf("criterion").get().reason());
  }

  @Test
  void assessmentsAndAdjustmentsRoundTripAndMatchTheirSchemas() throws Exception {
    List<Assessment> all = List.of(Fixtures.full(Fixtures.maputo(), "A"), Fixtures.full(Fixtures.addis(), "B"));
    String text = json.writeAssessments(all);
    assertEquals(Set.of(), validate("assessments.schema.json", text));
    assertEquals(all, json.readAssessments(text, "a.json"));
    String one = json.writeAssessment(all.get(1));
    assertEquals(Set.of(), validate("assessment.schema.json", one));
    assertEquals(all.get(1), json.readAssessment(one, "one.json"));
    List<CountryAdjustment> adj = Fixtures.adjustments();
    String adjText = json.writeAdjustments(adj);
    assertEquals(Set.of(), validate("adjustments.schema.json", adjText));
    assertEquals(adj, json.readAdjustments(adjText, "adj.json"));
    assertTrue(adjText.contains("\"weight\" : 0.1"), adjText);
  }

  @Test
  void schemasRejectWhatTheReaderRejects() throws Exception {
    String bad = "{\"schemaVersion\": 2, \"id\": \"X\", \"editionYear\": 2024, \"title\": \"T\", \"criteria\": [],"
        + " \"indicators\": [], \"colour\": \"red\"}";
    assertTrue(validate("instrument.schema.json", bad).size() >= 3, "version, empty indicators, unknown field");
    String badAdj = "{\"schemaVersion\": 1, \"adjustments\": [{\"id\": \"A\", \"country\": \"SGP\", \"instrumentId\": \"T\","
        + " \"kind\": \"REWEIGHT\", \"rationale\": \"r\", \"decidedBy\": \"b\", \"decidedOn\": \"2025-01-01\", \"indicator\": \"#1\"}]}";
    assertTrue(!validate("adjustments.schema.json", badAdj).isEmpty(), "REWEIGHT needs a weight");
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    String doc = "{ \"id\": \"X\", \"editionYear\": \"2024\", \"title\": \"T\", \"colour\": 1,"
        + " \"criteria\": [ {\"code\": \"IF\", \"name\": \"I\"} ],"
        + " \"indicators\": [ {\"code\": \"#1\", \"title\": \"a\", \"criterion\": \"IF\", \"channelScope\": \"ANYWHERE\"},"
        + "   {\"code\": \"#2\", \"title\": \"b\", \"criterion\": \"IF\", \"channelScope\": \"MGP_SPECIFIC\", \"weight\": 0},"
        + "   {\"code\": \"#3\", \"title\": null, \"criterion\": \"IF\", \"channelScope\": \"MGP_SPECIFIC\"} ] }";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> json.readInstrument(doc, "i.json"));
    assertEquals(List.of(
        "i.json:$: schemaVersion is missing (expected \"schemaVersion\": 1)",
        "i.json:$: colour is not a known field here (expected one of schemaVersion, id, editionYear, title, provenance, declaredMaximum, criteria, indicators)",
        "i.json:$: editionYear \"\\\"2024\\\"\" must be a whole number from -2147483648 to 2147483647",
        "i.json:$.indicators[0]: channelScope \"ANYWHERE\" is not one of [CHANNEL_INDEPENDENT, MGP_SPECIFIC]",
        "i.json:$.indicators[1]: indicator \"#2\": weight \"0.0\" must be a finite number > 0",
        "i.json:$.indicators[2]: title \"null\" must be a string"), lines(e));
  }

  @Test
  void assessmentProblemsCarryTheirPath() {
    String doc = "{\"schemaVersion\": 1, \"assessments\": [ {\"city\": {\"id\": \"MZ-MPM\", \"name\": \"Maputo\","
        + " \"country\": \"moz\", \"population\": -1}, \"instrumentId\": \"TEST-10\", \"assessorId\": \"A\", \"date\": \"1 March\","
        + " \"responses\": [ {\"indicator\": \"#250\", \"answer\": \"YES\"},"
        + " {\"indicator\": \"#251\", \"answer\": \"PRESENT\", \"evidence\": {\"channels\": [\"MGP\", \"WEB\"]}},"
        + " {\"indicator\": \"#252\", \"answer\": \"ABSENT\", \"evidence\": {}} ] } ] }";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> json.readAssessments(doc, "a.json"));
    assertEquals(List.of(
        "a.json:$.assessments[0].city: population \"-1\" must be a whole number from 0 to 9223372036854775807",
        "a.json:$.assessments[0].city: city \"MZ-MPM\": country \"moz\" is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. BRA)",
        "a.json:$.assessments[0]: date \"1 March\" is not an ISO-8601 date (YYYY-MM-DD)",
        "a.json:$.assessments[0].responses[0]: answer \"YES\" is not one of [PRESENT, ABSENT, NOT_APPLICABLE, NOT_ASSESSED]",
        "a.json:$.assessments[0].responses[1].evidence.channels[1]: \"WEB\" is not one of [MGP, MGP_LINKED_SITE, NATIONAL_PORTAL, MOBILE_APP, SOCIAL_MEDIA, OTHER]",
        "a.json:$.assessments[0].responses[2].evidence: evidence needs a channel, a URL or a note; leave the evidence out instead"),
        lines(e));
  }

  /**
   * Issue 15, item 23: a population too large for a double was echoed as {@code "Infinity"} (what Jackson's
   * {@code DoubleNode} prints); the message now echoes the number as written, in a list and in a single
   * assessment.
   */
  @Test
  void aPopulationTooLargeForADoubleIsEchoedAsWritten() {
    String city = "{\"id\": \"MZ-MPM\", \"name\": \"Maputo\", \"country\": \"MOZ\", \"population\": %s}";
    String one = "{\"city\": " + city + ", \"instrumentId\": \"TEST-10\", \"assessorId\": \"A\", \"responses\": []}";
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> json.readAssessments("{\"schemaVersion\": 1, \"assessments\": [" + one.formatted("1e400") + "]}", "a.json"));
    assertEquals(List.of(
        "a.json:$.assessments[0].city: population \"1e400\" must be a whole number from 0 to 9223372036854775807"),
        lines(e));
    e = assertThrows(LosiValidationException.class,
        () -> json.readAssessment("{\"schemaVersion\": 1, " + one.formatted("-1E+999").substring(1), "b.json"));
    assertEquals(List.of("b.json:$.city: population \"-1E+999\" must be a whole number from 0 to 9223372036854775807"),
        lines(e));
    // a number a double holds is echoed as before, as Jackson prints it
    e = assertThrows(LosiValidationException.class,
        () -> json.readAssessment("{\"schemaVersion\": 1, " + one.formatted("1e300").substring(1), "c.json"));
    assertEquals(List.of("c.json:$.city: population \"1.0E300\" must be a whole number from 0 to 9223372036854775807"),
        lines(e));
  }

  @Test
  void versionSyntaxAndDuplicateKeys() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> json.readAssessments("{\"schemaVersion\": 7, \"assessments\": []}", "a.json"));
    assertEquals(List.of("a.json:$: schemaVersion \"7\" is not supported (this version of losi-io reads schemaVersion 1)"),
        lines(e));
    e = assertThrows(LosiValidationException.class, () -> json.readAssessments("{\"schemaVersion\": 1,\n \"assessments\": [}", "a.json"));
    assertTrue(lines(e).get(0).startsWith("a.json:2: is not valid JSON: Unexpected close marker '}'"), e.getMessage());
    e = assertThrows(LosiValidationException.class,
        () -> json.readAssessments("{\"schemaVersion\": 1, \"schemaVersion\": 1, \"assessments\": []}", "a.json"));
    assertTrue(lines(e).get(0).contains("Duplicate field 'schemaVersion'"), e.getMessage());
    e = assertThrows(LosiValidationException.class,
        () -> json.readAssessments("{\"schemaVersion\": 1, \"assessments\": []} {}", "t.json"));
    assertTrue(lines(e).get(0).startsWith("t.json:1: is not valid JSON: Trailing token"), e.getMessage());
    e = assertThrows(LosiValidationException.class, () -> json.readAssessments("", "a.json"));
    assertEquals(List.of("a.json: is empty: expected a JSON object"), lines(e));
  }

  @Test
  void limitsAreNamed() {
    LosiJson strict = LosiJson.withLimits(new JsonLimits(5, 50, 10, 10_000));
    String deep = "{\"schemaVersion\": 1, \"assessments\": [[[[[[[]]]]]]]}";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> strict.readAssessments(deep, "d.json"));
    assertEquals(List.of("d.json:1: exceeds the JSON limit maxNestingDepth = 5 (JsonLimits); reading stopped"), lines(e));
    String longString = "{\"schemaVersion\": 1, \"assessments\": [\"" + "x".repeat(100) + "\"]}";
    e = assertThrows(LosiValidationException.class, () -> strict.readAssessments(longString, "s.json"));
    assertEquals(List.of("s.json:1: exceeds the JSON limit maxStringLength = 50 (JsonLimits); reading stopped"), lines(e));
    String longNumber = "{\"schemaVersion\": 1, \"assessments\": [" + "1".repeat(30) + "]}";
    e = assertThrows(LosiValidationException.class, () -> strict.readAssessments(longNumber, "n.json"));
    assertEquals(List.of("n.json:1: exceeds the JSON limit maxNumberLength = 10 (JsonLimits); reading stopped"), lines(e));
    String big = "{\"schemaVersion\": 1, \"assessments\": [" + "\"abc\",".repeat(3000) + "\"x\"]}";
    e = assertThrows(LosiValidationException.class, () -> strict.readAssessments(big, "b.json"));
    assertTrue(lines(e).get(0).contains("maxDocumentLength = 10000"), e.getMessage());
  }
}
