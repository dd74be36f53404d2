package dev.losi.io.mapping;

import static dev.losi.core.testing.ProblemLines.assertProblems;
import static dev.losi.core.testing.ProblemLines.lines;
import static dev.losi.io.mapping.MappingFixtures.A;
import static dev.losi.io.mapping.MappingFixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.io.Instruments;
import dev.losi.io.JsonLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingJsonTest {

  static final Path SCHEMA = Path.of("../docs/schema/edition-mapping.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final MappingJson json = MappingJson.standard();

  static Set<ValidationMessage> validate(String document) throws Exception {
    assertTrue(Files.exists(SCHEMA), "missing schema " + SCHEMA.toAbsolutePath());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(SCHEMA.toFile()));
    return schema.validate(MAPPER.readTree(document));
  }

  @Test
  void roundTripsAndMatchesItsSchema(@TempDir Path dir) throws Exception {
    EditionMapping m = MappingFixtures.aToB();
    String text = json.write(m);
    assertEquals(Set.of(), validate(text));
    assertEquals(m, json.read(text, "m.json", List.of(A, B)));
    Path f = dir.resolve("m.json");
    json.write(m, f);
    assertEquals(m, json.read(f, List.of(A, B)));
    JsonNode tree = MAPPER.readTree(text);
    assertEquals(1, tree.get("schemaVersion").intValue());
    assertEquals("T-A", tree.get("fromInstrument").textValue());
    assertFalse(tree.has("coveredCriteria")); // complete mapping
    assertEquals("{\"from\":\"a7\",\"relation\":\"REMOVED\"}", tree.get("links").get(7).toString());
    assertEquals("{\"to\":\"b7\",\"relation\":\"ADDED\"}", tree.get("links").get(8).toString());
  }

  /** The schema itself rejects what the reader rejects structurally (so the schema test above can fail). */
  @Test
  void schemaRejectsMalformedLinks() throws Exception {
    assertEquals(2, validate("""
        {"schemaVersion": 1, "fromInstrument": "A", "toInstrument": "B",
         "links": [{"from": "a7", "to": "b1", "relation": "REMOVED"}, {"from": "a1", "to": "b1", "relation": "COPIED"}]}
        """).size());
    assertEquals(1, validate("{\"schemaVersion\": 1, \"fromInstrument\": \"A\", \"toInstrument\": \"B\", \"links\": [{\"to\": \"b1\", \"relation\": \"same\"}]}").size());
  }

  @Test
  void bundledPeMappingRoundTripsWithTheBuiltInInstrument() throws Exception {
    Instrument pe = BundledMappings.losi2022ParticipationAndEngagement();
    Instrument losi2024 = Instruments.load("LOSI-2024");
    EditionMapping m = BundledMappings.losi2022To2024ParticipationAndEngagement(pe, losi2024);
    String text = json.write(m);
    assertEquals(Set.of(), validate(text));
    assertEquals("[\"PE\"]", MAPPER.readTree(text).get("coveredCriteria").toString());
    EditionMapping back = json.read(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "pe.json", id -> id.equals(pe.id()) ? Optional.of(pe) : Instruments.find(id));
    assertEquals(m, back);
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    String text = """
        {"schemaVersion": 2, "fromInstrument": "T-A", "toInstrument": "T-Z", "extra": true,
         "links": [{"from": "a1", "to": "b1", "relation": "same"}, {"from": "a2", "relation": "copied"},
                   {"from": 7, "to": "b3", "relation": "MOVED", "colour": "red"}, "x"]}
        """;
    assertProblems(() -> json.read(text, "bad.json", List.of(A, B)),
        "bad.json:$: extra is not a known field here (expected one of schemaVersion, fromInstrument, toInstrument, coveredCriteria, description, links)",
        "bad.json:$: schemaVersion \"2\" is not supported (this version reads schemaVersion 1)",
        "bad.json:$: toInstrument \"T-Z\" is not an instrument that was supplied (give its definition to the reader)",
        "bad.json:$.links[1]: relation \"copied\" is not a relation (same, renamed, moved, split, merged, removed, added)",
        "bad.json:$.links[2]: colour is not a known field here (expected one of from, to, relation, note)",
        "bad.json:$.links[2]: from \"7\" must be a string",
        "bad.json:$.links[3]: \"\\\"x\\\"\" must be a JSON object (a link)");
  }

  @Test
  void mappingChecksAreReportedAtTheirLink() {
    String text = """
        {"schemaVersion": 1, "fromInstrument": "T-A", "toInstrument": "T-B", "coveredCriteria": ["Y"],
         "links": [{"from": "a4", "to": "b4", "relation": "SPLIT"}, {"from": "a4", "to": "b5", "relation": "SPLIT"},
                   {"from": "a5", "to": "b6", "relation": "MERGED"}, {"from": "a6", "to": "b6", "relation": "MERGED"},
                   {"from": "a7", "to": "b1", "relation": "SAME"}]}
        """;
    assertProblems(() -> json.read(text, "m.json", List.of(A, B)),
        "m.json:$.links[4]: indicator \"a7\": relation \"same\" keeps the criterion, but a7 is in Y and b1 is in X (use moved)");
  }

  @Test
  void syntaxErrorsAndLimitsNameTheLine() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> json.read("{\n \"schemaVersion\": 1,\n \"links\": [\n}", "s.json", List.of(A, B)));
    assertTrue(lines(e).get(0).startsWith("s.json:4: is not valid JSON"), lines(e).toString());
    LosiValidationException dup = assertThrows(LosiValidationException.class,
        () -> json.read("{\"schemaVersion\": 1, \"schemaVersion\": 1}", "d.json", List.of(A, B)));
    assertTrue(lines(dup).get(0).contains("Duplicate field 'schemaVersion'"), lines(dup).toString());
    MappingJson tiny = MappingJson.withLimits(new JsonLimits(2, 1_000, 100, 1L << 20));
    LosiValidationException deep = assertThrows(LosiValidationException.class,
        () -> tiny.read(json.write(MappingFixtures.aToB()), "deep.json", List.of(A, B)));
    assertTrue(lines(deep).get(0).startsWith("deep.json:"), lines(deep).toString());
  }
}
