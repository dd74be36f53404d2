package dev.losi.io.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the three views of the LOSI 2024 reconstruction in step: the reviewable table
 * ({@code losi-2024-reconstruction.csv}), the bundled JSON and the table in {@code docs/instruments.md}.
 * Run with {@code -Dlosi.regenerate=true} to rewrite the JSON and the docs table from the CSV (see
 * {@link Losi2024Reconstruction}).
 */
class Losi2024ReconstructionTest {

  static final Path TOOLKIT = ReferenceData.path(ReferenceData.LOSI_2024_TOOLKIT);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void regenerateWhenAsked() throws IOException {
    if (Boolean.getBoolean("losi.regenerate")) {
      Losi2024Reconstruction.write();
    }
  }

  @Test
  void committedJsonIsExactlyWhatTheTableGenerates() throws IOException {
    assertTrue(Files.exists(Losi2024Reconstruction.JSON_SOURCE),
        "missing " + Losi2024Reconstruction.JSON_SOURCE.toAbsolutePath());
    String committed = Files.readString(Losi2024Reconstruction.JSON_SOURCE, StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    String generated = Losi2024Reconstruction.render(Losi2024Reconstruction.json(Losi2024Reconstruction.table()));
    assertEquals("", firstDifference("$", MAPPER.readTree(generated), MAPPER.readTree(committed)),
        "LOSI-2024.json differs from the reconstruction table (expected = generated); regenerate with "
            + "-Dlosi.regenerate=true");
    assertEquals(generated, committed, "LOSI-2024.json is not formatted as generated; regenerate");
  }

  @Test
  void classPathCopyIsTheCommittedFile() throws IOException {
    if (Boolean.getBoolean("losi.regenerate")) {
      return; // target/classes was copied before the regeneration; the next build checks it
    }
    try (InputStream in = getClass().getResourceAsStream(Losi2024Reconstruction.JSON_RESOURCE)) {
      assertNotNull(in, "missing class-path resource " + Losi2024Reconstruction.JSON_RESOURCE);
      JsonNode shipped = MAPPER.readTree(in);
      assertEquals("", firstDifference("$", MAPPER.readTree(Losi2024Reconstruction.JSON_SOURCE.toFile()), shipped));
    }
  }

  /** The JSON path of the first difference, with both values, or "" when the trees are equal. */
  static String firstDifference(String at, JsonNode expected, JsonNode actual) {
    if (expected.equals(actual)) {
      return "";
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> keys = new java.util.TreeSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode e = expected.get(k);
        JsonNode a = actual.get(k);
        if (e == null || a == null) {
          return at + "." + k + ": expected " + e + " but was " + a;
        }
        String d = firstDifference(at + "." + k, e, a);
        if (!d.isEmpty()) {
          return d;
        }
      }
    }
    if (expected.isArray() && actual.isArray()) {
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        JsonNode e = expected.get(i);
        String label = e.has("code") ? "[" + i + " " + e.get("code").asText() + "]" : "[" + i + "]";
        String d = firstDifference(at + label, e, actual.get(i));
        if (!d.isEmpty()) {
          return d;
        }
      }
      return at + ": expected " + expected.size() + " elements but was " + actual.size();
    }
    return at + ": expected " + expected + " but was " + actual;
  }

  @Test
  void docsTableIsExactlyWhatTheTableGenerates() throws IOException {
    Path docs = Losi2024Reconstruction.DOCS;
    assertTrue(Files.exists(docs), "missing documentation page " + docs.toAbsolutePath());
    String page = Files.readString(docs, StandardCharsets.UTF_8).replace("\r\n", "\n");
    String table = Losi2024Reconstruction.markdownTable(Losi2024Reconstruction.table());
    assertTrue(page.contains(table),
        "the indicator table in docs/instruments.md differs from the reconstruction table; regenerate with "
            + "-Dlosi.regenerate=true");
  }

  @Test
  void tableFollowsTheToolkitRowByRow() throws IOException {
    List<Map<String, String>> toolkit = CsvTable.read(TOOLKIT).rows();
    List<Map<String, String>> table = Losi2024Reconstruction.table().rows();
    assertEquals(95, toolkit.size(), "toolkit rows");
    assertEquals(toolkit.size(), table.size(), "reconstruction rows");
    int renamed = 0;
    for (int i = 0; i < table.size(); i++) {
      Map<String, String> t = toolkit.get(i);
      Map<String, String> r = table.get(i);
      String at = "reconstruction row " + (i + 2) + " (" + r.get("code") + ")";
      assertEquals(t.get("code"), r.get("toolkit_code"), at);
      assertEquals(t.get("toolkit_module"), r.get("toolkit_module"), at);
      assertEquals(t.get("toolkit_position"), r.get("toolkit_position"), at);
      if (!r.get("code").equals(r.get("toolkit_code"))) {
        renamed++;
        assertEquals("RECONSTRUCTED", r.get("code_status"), at);
      } else {
        assertEquals("PUBLISHED", r.get("code_status"), at);
      }
      assertTrue(Set.of("IF", "CP", "SP", "PE", "TEC").contains(r.get("criterion")), at);
      assertTrue(Set.of("PUBLISHED", "RECONSTRUCTED").contains(r.get("criterion_status")), at);
      assertTrue(Set.of("MGP_SPECIFIC", "CHANNEL_INDEPENDENT").contains(r.get("channel_scope")), at);
      for (String col : List.of("title", "description", "criterion_reason", "channel_scope_reason", "code_reason")) {
        String v = r.get(col);
        assertFalse(v.isBlank(), at + ": " + col + " is blank");
        assertEquals(v.strip(), v, at + ": " + col + " has leading or trailing blanks");
        assertFalse(v.contains("\n") || v.contains("\r"), at + ": " + col + " must be one line");
      }
    }
    assertEquals(1, renamed, "exactly one toolkit code (the second #236) is renamed");
  }
}
