package dev.losi.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Internal, not API: strict reading of JSON object fields for one reading pass, shared by
 * {@code JsonModel} (LosiJson) and {@code MappingJson}. Every problem is added to the collector with
 * the source, the JSON path as column, the field and the offending value; nothing is thrown.
 *
 * <p>The two readers show offending values differently, so that is configured: {@code shownNode} turns
 * a JSON value into the text reported for it, {@code shownValue} is applied to every reported value.
 *
 * @param source the name of the document in problems
 * @param problems where the problems of this pass are collected
 * @param shownNode the reported text of an offending JSON value
 * @param shownValue applied to each reported value (for example a length cap)
 * @since 0.1.0
 */
public record JsonFields(String source, ProblemCollector problems, Function<JsonNode, String> shownNode,
    UnaryOperator<String> shownValue) {

  /** Reports {@code message} at {@code path}; {@code field} and {@code value} may be null (left out). */
  public void problem(String path, String field, String value, String message) {
    Problem.Builder b = Problem.builder().source(source).column(path).message(message);
    if (field != null) {
      b.field(field);
    }
    if (value != null) {
      b.value(shownValue.apply(value));
    }
    problems.add(b.build());
  }

  /** Reports every field of {@code o} not in {@code allowed}; false when there was one. */
  public boolean only(ObjectNode o, String path, List<String> allowed) {
    boolean ok = true;
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        problem(path, name, null, "is not a known field here (expected one of " + String.join(", ", allowed) + ")");
        ok = false;
      }
    }
    return ok;
  }

  /** The field {@code name} of {@code o}; null when absent, reported "is required" if {@code required}. */
  public JsonNode field(ObjectNode o, String path, String name, boolean required) {
    JsonNode n = o.get(name);
    if (n == null && required) {
      problem(path, name, null, "is required");
    }
    return n;
  }

  /**
   * The string field {@code name} of {@code o}; null when absent (reported "is required" if
   * {@code required}) or not a JSON string (reported "must be a string").
   */
  public String text(ObjectNode o, String path, String name, boolean required) {
    JsonNode n = field(o, path, name, required);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      problem(path, name, shownNode.apply(n), "must be a string");
      return null;
    }
    return n.textValue();
  }
}
