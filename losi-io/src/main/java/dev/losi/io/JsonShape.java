package dev.losi.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.io.internal.JsonTrees;
import java.io.IOException;
import java.util.Map;

/**
 * The fields a document may hold, for building its tree from a streaming parser without materialising
 * what the reader would refuse anyway: the content of an unknown field is skipped by the parser (its
 * tokens are read and checked, never stored) and the field kept as {@code null}, so the model reader still
 * reports it as unknown; a value of the wrong kind (an array where a string belongs) is kept as an empty
 * value of its kind, so the reader still reports the type. Scalars are read by {@link JsonTrees#value}; the tree
 * of a valid document is the tree {@code ObjectMapper.readTree} builds.
 */
final class JsonShape {

  /** A value with no known fields or elements: a scalar, or an object or array skipped whole. */
  static final JsonShape SCALAR = new JsonShape(Map.of(), null);

  static final JsonShape EVIDENCE = object(Map.of("channels", array(SCALAR), "url", SCALAR, "note", SCALAR));
  static final JsonShape RESPONSE = object(Map.of("indicator", SCALAR, "answer", SCALAR, "evidence", EVIDENCE));
  static final JsonShape CITY = object(Map.of("id", SCALAR, "name", SCALAR, "country", SCALAR,
      "population", SCALAR, "sizeClass", SCALAR, "region", SCALAR));
  /** An assessment document, or (without its schemaVersion) an element of an assessments list. */
  static final JsonShape ASSESSMENT = object(Map.of("schemaVersion", SCALAR, "city", CITY, "instrumentId", SCALAR,
      "assessorId", SCALAR, "date", SCALAR, "responses", array(RESPONSE)));

  private final Map<String, JsonShape> fields;
  private final JsonShape element;

  private JsonShape(Map<String, JsonShape> fields, JsonShape element) {
    this.fields = fields;
    this.element = element;
  }

  static JsonShape object(Map<String, JsonShape> fields) {
    return new JsonShape(Map.copyOf(fields), null);
  }

  static JsonShape array(JsonShape element) {
    return new JsonShape(Map.of(), element);
  }

  /**
   * The tree of the value at the parser's current token, pruned to this shape; the parser is left on the
   * value's last token.
   */
  JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      ObjectNode o = JsonModel.F.objectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        JsonShape s = fields.get(name);
        if (s == null) {
          p.skipChildren();
          o.set(name, NullNode.getInstance());
        } else {
          o.set(name, s.read(p));
        }
      }
      return o;
    }
    if (t == JsonToken.START_ARRAY) {
      ArrayNode a = JsonModel.F.arrayNode();
      if (element == null) {
        p.skipChildren();
        return a;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        a.add(element.read(p));
      }
      return a;
    }
    return JsonTrees.value(p);
  }
}
