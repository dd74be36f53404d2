package dev.losi.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.io.JsonLimits;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Internal, not API: JSON trees built from jackson-core's streaming parser, without databind's
 * {@code ObjectMapper} (whose construction is most of the start-up cost of reading a small document, such as
 * a built-in instrument). The tree of a document equals the one {@code ObjectMapper.readTree} builds with the
 * default node factory, node class for node class ({@code IntNode}, {@code LongNode} or {@code BigIntegerNode}
 * by the integer's size, {@code DoubleNode} for every other number), with one exception: a number too large for
 * a double ({@code 1e400}) is a {@code DoubleNode} of infinity that also keeps its literal text, which its
 * {@code toString()} gives, so that a problem echoes what the user wrote. Parsing problems are the parser's own
 * exceptions, with the parser's messages; content after the root value is refused with the message databind
 * gives under {@code FAIL_ON_TRAILING_TOKENS}. Containers are built with an explicit stack, so any nesting the
 * limits allow is read without deep recursion. Thread-safe (no state).
 *
 * @since 0.1.0
 */
public final class JsonTrees {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * A factory whose parsers enforce {@code limits} (Jackson {@link StreamReadConstraints}: nesting depth,
   * string length, number length, document length) and reject repeated keys
   * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}). Checks the Jackson version first.
   */
  public static JsonFactory strictFactory(JsonLimits limits) {
    JacksonVersion.requireSupported();
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER) // as JsonSupport.writingMapper() says why
        .build();
  }

  /**
   * The tree of a whole document: its root value, or {@code null} when there is none (empty or white space
   * only).
   *
   * @throws JsonParseException for a syntax error, or for a token after the root value
   * @throws IOException when the input cannot be read, or a limit is exceeded
   *     ({@code StreamConstraintsException})
   */
  public static JsonNode document(JsonParser p) throws IOException {
    if (p.nextToken() == null) {
      return null;
    }
    JsonNode root = value(p);
    JsonToken after = p.nextToken();
    if (after != null) {
      throw new JsonParseException(p, "Trailing token (of type " + after + ") found after value (bound as"
          + " `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
          + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", p.currentTokenLocation());
    }
    return root;
  }

  /**
   * The tree of the value at the parser's current token; the parser is left on the value's last token (the
   * value itself for a scalar, the closing bracket of a container).
   */
  public static JsonNode value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return scalar(p, t);
    }
    ContainerNode<?> root = t == JsonToken.START_OBJECT ? F.objectNode() : F.arrayNode();
    Deque<ContainerNode<?>> open = new ArrayDeque<>();
    ContainerNode<?> current = root;
    String name = null;
    while (true) {
      t = p.nextToken();
      if (t == JsonToken.FIELD_NAME) {
        name = p.currentName();
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (open.isEmpty()) {
          return root;
        }
        current = open.pop();
      } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        ContainerNode<?> child = t == JsonToken.START_OBJECT ? F.objectNode() : F.arrayNode();
        add(current, name, child);
        open.push(current);
        current = child;
      } else if (t == null) {
        // the parser reports an unclosed container itself; this is a guard for a parser that does not
        throw new JsonParseException(p, "Unexpected end-of-input: expected close marker", p.currentLocation());
      } else {
        add(current, name, scalar(p, t));
      }
    }
  }

  private static void add(ContainerNode<?> container, String name, JsonNode value) {
    if (container instanceof ObjectNode o) {
      o.set(name, value);
    } else {
      ((ArrayNode) container).add(value);
    }
  }

  private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return F.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return F.numberNode(p.getIntValue());
          case LONG:
            return F.numberNode(p.getLongValue());
          default:
            return F.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        double d = p.getDoubleValue();
        return Double.isInfinite(d) ? new Literal(d, p.getText()) : F.numberNode(d);
      case VALUE_TRUE:
        return F.booleanNode(true);
      case VALUE_FALSE:
        return F.booleanNode(false);
      case VALUE_NULL:
        return F.nullNode();
      default:
        // a text parser gives no other scalar (VALUE_EMBEDDED_OBJECT comes from binary formats only)
        throw new JsonParseException(p, "Unexpected token (" + t + ") for a JSON value", p.currentTokenLocation());
    }
  }

  /**
   * A number literal outside the range of a double: the infinity {@code ObjectMapper.readTree} makes of it,
   * and the literal as written, which {@link #toString()} gives. Equal to any {@code DoubleNode} of the same
   * value.
   */
  static final class Literal extends DoubleNode {
    private static final long serialVersionUID = 1L;

    private final String text;

    Literal(double value, String text) {
      super(value);
      this.text = text;
    }

    /** The literal as written in the document, for example {@code 1e400}. */
    @Override
    public String toString() {
      return text;
    }
  }
}
