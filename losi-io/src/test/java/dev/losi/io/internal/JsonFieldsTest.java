package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field reading shared by LosiJson and MappingJson: messages, paths and the configured value display. */
class JsonFieldsTest {

  private static List<Problem> problems(ProblemCollector c) {
    return c.problems();
  }

  @Test
  void textOnlyAndProblemReportWithPathFieldAndShownValue() {
    ProblemCollector c = new ProblemCollector();
    JsonFields f = new JsonFields("x.json", c, n -> "<" + n + ">", v -> v.length() > 3 ? v.substring(0, 3) : v);
    ObjectNode o = JsonNodeFactory.instance.objectNode().put("a", "ok").put("n", 12345).put("z", 1);
    assertEquals("ok", f.text(o, "$.p", "a", true));
    assertNull(f.text(o, "$.p", "missing", false));
    assertNull(f.text(o, "$.p", "missing", true));
    assertNull(f.text(o, "$.p", "n", false));
    assertTrue(f.only(o, "$.p", List.of("a", "n", "z")));
    assertFalse(f.only(o, "$.p", List.of("a", "n")));
    List<Problem> ps = problems(c);
    assertEquals(3, ps.size());
    assertEquals("x.json", ps.get(0).source().orElseThrow());
    assertEquals("$.p", ps.get(0).column().orElseThrow());
    assertEquals("missing", ps.get(0).field().orElseThrow());
    assertEquals("is required", ps.get(0).message());
    assertTrue(ps.get(0).value().isEmpty());
    assertEquals("n", ps.get(1).field().orElseThrow());
    assertEquals("must be a string", ps.get(1).message());
    assertEquals("<12", ps.get(1).value().orElseThrow(), "node shown as <12345>, then capped at 3");
    assertEquals("z", ps.get(2).field().orElseThrow());
    assertEquals("is not a known field here (expected one of a, n)", ps.get(2).message());
  }

  @Test
  void nodeDisplayIsAppliedOnlyToJsonValues() {
    ProblemCollector c = new ProblemCollector();
    JsonFields f = new JsonFields("m.json", c, JsonNode::toString, v -> v);
    f.problem("$", null, "plain", "message");
    assertEquals("plain", problems(c).get(0).value().orElseThrow());
    assertTrue(problems(c).get(0).field().isEmpty());
  }
}
