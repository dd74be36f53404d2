package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.internal.JsonSupport;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 20: an assessments document is streamed, one assessment at a time, and the content of an
 * unknown field is skipped by the parser without being built (on 93d9180 the whole tree, unknown field
 * included, was built before the unknown field was reported: a 240 MB array exhausted a 512 MB heap). The
 * memory property is shown structurally: the pruned tree holds a {@code null} for the unknown field, and a
 * generated document whose unknown field holds ten million numbers (20 MB, never held in memory by the
 * test) is read with the one problem it has. The whole-heap check at {@code -Xmx512m} is the manual
 * {@code losi-bench/scripts/json_heap_check.py} (docs/formats.md, "Limits").
 */
class JsonStreamingTest {

  private static final String ONE = "{\"city\": {\"id\": \"X\", \"name\": \"Xville\", \"country\": \"BRA\"},"
      + " \"instrumentId\": \"TEST-10\", \"assessorId\": \"A\", \"responses\": [{\"indicator\": \"#250\","
      + " \"answer\": \"PRESENT\", \"evidence\": {\"channels\": [\"MGP\"], \"url\": \"https://x.example\"}}]}";

  @Test
  void theContentOfAnUnknownFieldIsSkippedNotBuilt() throws Exception {
    ObjectMapper mapper = JsonSupport.strictMapper(JsonLimits.DEFAULT);
    String doc = ONE.replace("\"assessorId\": \"A\",", "\"assessorId\": \"A\", \"extra\": [[1, 2], {\"a\": [3]}],"
        + " \"city2\": {\"id\": \"Y\"},");
    try (JsonParser p = mapper.getFactory().createParser(doc)) {
      p.nextToken();
      JsonNode pruned = JsonShape.ASSESSMENT.read(p);
      assertTrue(pruned.get("extra").isNull());
      assertTrue(pruned.get("city2").isNull());
      // every known field is the tree readTree builds
      JsonNode full = mapper.readTree(doc);
      for (String known : List.of("city", "instrumentId", "assessorId", "responses")) {
        assertEquals(full.get(known), pruned.get(known), known);
      }
    }
  }

  @Test
  void aValidDocumentReadsAsItsTree() throws Exception {
    ObjectMapper mapper = JsonSupport.strictMapper(JsonLimits.DEFAULT);
    try (JsonParser p = mapper.getFactory().createParser(ONE)) {
      p.nextToken();
      assertEquals(mapper.readTree(ONE), JsonShape.ASSESSMENT.read(p));
    }
  }

  /** Ten million zeros in an unknown field: one problem, naming the field, and the assessments are read. */
  @Test
  void aHugeUnknownFieldIsReportedWithoutBuildingIt() {
    long zeros = 10_000_000;
    InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        bytes("{\"schemaVersion\": 1, \"huge\": [0"), repeated(",0", zeros - 1),
        bytes("], \"assessments\": [" + ONE + ", " + ONE.replace("\"A\"", "\"B\"") + "]}"))));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> LosiJson.standard().readAssessments(in, "big.json"));
    assertEquals(List.of("big.json:$: huge is not a known field here (expected one of schemaVersion, assessments)"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void problemsOfTheDocumentComeBeforeThoseOfItsAssessments() {
    String doc = "{\"assessments\": [" + ONE.replace("\"A\"", "\"\"") + "], \"schemaVersion\": 2, \"x\": 1}";
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> LosiJson.standard().readAssessments(doc, "a.json"));
    List<String> lines = e.problems().stream().map(Problem::toString).toList();
    assertTrue(lines.get(0).startsWith("a.json:$: schemaVersion \"2\" is not supported"), lines::toString);
    assertTrue(lines.get(1).startsWith("a.json:$: x is not a known field here"), lines::toString);
    assertTrue(lines.get(2).startsWith("a.json:$.assessments[0]"), lines::toString);
    List<Assessment> two = LosiJson.standard().readAssessments(
        "{\"schemaVersion\": 1, \"assessments\": [" + ONE + ", " + ONE.replace("\"A\"", "\"B\"") + "]}", "b.json");
    assertEquals(List.of("A", "B"), two.stream().map(Assessment::assessorId).toList());
  }

  private static InputStream bytes(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code unit} repeated {@code times} times, generated as it is read. */
  private static InputStream repeated(String unit, long times) {
    byte[] u = unit.getBytes(StandardCharsets.US_ASCII);
    return new InputStream() {
      long pos;
      final long end = times * u.length;

      @Override
      public int read() {
        return pos < end ? u[(int) (pos++ % u.length)] : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= end) {
          return -1;
        }
        int n = (int) Math.min(len, end - pos);
        for (int i = 0; i < n; i++) {
          b[off + i] = u[(int) (pos++ % u.length)];
        }
        return n;
      }
    };
  }
}
