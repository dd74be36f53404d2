package dev.losi.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.JsonFields;
import dev.losi.io.internal.Relocation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the JSON mappers of each document type ({@link InstrumentJson}, {@link AssessmentJson},
 * {@link AdjustmentJson}) share: the document envelope, numbers written exactly, and the reading helpers
 * that walk a tree, collect every problem with its JSON path and build the model only when a part is
 * sound (Jackson stays out of losi-core).
 */
final class JsonModel {

  static final int SCHEMA_VERSION = 1;
  static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final String source;
  private final ProblemCollector problems;
  private final JsonFields fields;

  JsonModel(String source, ProblemCollector problems) {
    this.source = source;
    this.problems = problems;
    // offending JSON values abbreviated to 60 characters; other values reported whole
    this.fields = new JsonFields(source, problems, JsonModel::abbreviate, v -> v);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  static ObjectNode document() {
    ObjectNode o = F.objectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    return o;
  }

  static void number(ObjectNode o, String name, double d) {
    if (d == Math.rint(d) && Math.abs(d) < 0x1p53 && !(d == 0 && 1 / d < 0)) {
      o.put(name, (long) d);
    } else {
      o.put(name, d);
    }
  }






  /** The assessment city as a JSON object (the results export uses it). */
  static ObjectNode city(City city) {
    return AssessmentJson.city(city);
  }

  /** An adjustment as a JSON object (the results export uses it). */
  static ObjectNode adjustment(CountryAdjustment a) {
    return AdjustmentJson.write(a);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading: the helpers the mappers of each document type share

  void problem(String path, String field, String value, String message) {
    fields.problem(path, field, value, message);
  }

  /** Builds with the model's checks, reporting their problems at {@code path}; null when invalid. */
  <T> T build(String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (LosiValidationException e) {
      Relocation.relocate(e, Problem.builder().source(source).column(path), problems);
      return null;
    }
  }

  ObjectNode object(JsonNode n, String path, String what) {
    if (n == null || !n.isObject()) {
      problem(path, null, n == null ? null : abbreviate(n), "must be a JSON object (" + what + ")");
      return null;
    }
    return (ObjectNode) n;
  }

  /** Reports fields not in {@code allowed}; returns false when there were any. */
  boolean only(ObjectNode o, String path, String... allowed) {
    return fields.only(o, path, Arrays.asList(allowed));
  }

  boolean version(ObjectNode o, String path) {
    JsonNode v = o.get("schemaVersion");
    if (v == null) {
      problem(path, "schemaVersion", null, "is missing (expected \"schemaVersion\": " + SCHEMA_VERSION + ")");
      return false;
    }
    if (!v.isIntegralNumber() || v.asLong() != SCHEMA_VERSION) {
      problem(path, "schemaVersion", v.toString(), "is not supported (this version of losi-io reads schemaVersion "
          + SCHEMA_VERSION + ")");
      return false;
    }
    return true;
  }

  String text(ObjectNode o, String path, String name, boolean required) {
    return fields.text(o, path, name, required);
  }

  Double number(ObjectNode o, String path, String name, boolean required) {
    JsonNode n = fields.field(o, path, name, required);
    if (n == null) {
      return null;
    }
    if (!n.isNumber()) {
      problem(path, name, abbreviate(n), "must be a number");
      return null;
    }
    if (!Double.isFinite(n.doubleValue())) {
      // 1e400: echoed as written (JsonTrees keeps its literal), not as the "Infinity" it parses to
      problem(path, name, abbreviate(n), Numbers.OUT_OF_RANGE);
      return null;
    }
    return n.doubleValue();
  }

  Long integer(ObjectNode o, String path, String name, boolean required, long min, long max) {
    JsonNode n = fields.field(o, path, name, required);
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
      // a number too large for a double prints as written (1e400, not "Infinity"): JsonTrees keeps its literal
      problem(path, name, abbreviate(n), "must be a whole number from " + min + " to " + max);
      return null;
    }
    return n.longValue();
  }

  LocalDate date(ObjectNode o, String path, String name, boolean required) {
    String s = text(o, path, name, required);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problem(path, name, s, "is not an ISO-8601 date (YYYY-MM-DD)");
      return null;
    }
  }

  <E extends Enum<E>> E constant(ObjectNode o, String path, String name, Class<E> type, boolean required) {
    String s = text(o, path, name, required);
    return s == null ? null : constant(s, path, name, type);
  }

  <E extends Enum<E>> E constant(String s, String path, String name, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    problem(path, name, s, "is not one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /** An array field's elements; empty when absent and not required; null when invalid. */
  ArrayNode array(ObjectNode o, String path, String name, boolean required) {
    JsonNode n = o.get(name);
    if (n == null) {
      if (required) {
        problem(path, name, null, "is required");
        return null;
      }
      return F.arrayNode();
    }
    if (!n.isArray()) {
      problem(path, name, abbreviate(n), "must be an array");
      return null;
    }
    return (ArrayNode) n;
  }

  /** The strings of an array field; null when invalid. Repeated entries are reported. */
  List<String> strings(ObjectNode o, String path, String name) {
    ArrayNode a = array(o, path, name, false);
    if (a == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (!n.isTextual()) {
        problem(path + "." + name + "[" + i + "]", null, abbreviate(n), "must be a string");
        ok = false;
      } else if (!seen.add(n.textValue())) {
        problem(path + "." + name + "[" + i + "]", null, n.textValue(), "is listed more than once");
        ok = false;
      } else {
        out.add(n.textValue());
      }
    }
    return ok ? out : null;
  }

  <E extends Enum<E>> Set<E> constants(ObjectNode o, String path, String name, Class<E> type) {
    List<String> s = strings(o, path, name);
    if (s == null) {
      return null;
    }
    Set<E> out = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < s.size(); i++) {
      E e = constant(s.get(i), path + "." + name + "[" + i + "]", null, type);
      ok &= e != null;
      if (e != null) {
        out.add(e);
      }
    }
    return ok ? out : null;
  }

  static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }







  /** Reads a document holding a list under {@code field}. */
  <T> List<T> readList(JsonNode root, String field, String what, java.util.function.BiFunction<JsonNode, String, T> one) {
    ObjectNode o = object(root, "$", "a document with \"" + field + "\"");
    if (o == null) {
      return null;
    }
    boolean ok = version(o, "$");
    ok &= only(o, "$", "schemaVersion", field);
    ArrayNode a = array(o, "$", field, true);
    if (a == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      T t = one.apply(a.get(i), "$." + field + "[" + i + "]");
      ok &= t != null;
      if (t != null) {
        out.add(t);
      }
    }
    return ok ? List.copyOf(out) : null;
  }
}
