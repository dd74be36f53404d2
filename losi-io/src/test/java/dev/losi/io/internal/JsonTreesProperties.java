package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.losi.io.JsonLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link JsonTrees} against a second implementation: databind's {@code ObjectMapper.readTree} with the strict
 * mapper of {@link JsonSupport}, which is what losi-io parsed with before. For random documents, whole and
 * damaged (truncated, a byte replaced, a piece of JSON inserted), both give the same tree with the same node
 * classes, or both fail with the same exception type, message and line. The one planned difference is the
 * literal a number too large for a double keeps (issue 15, item 23).
 */
class JsonTreesProperties {

  private static final JsonLimits LIMITS = new JsonLimits(8, 40, 30, 4_000);
  private static final ObjectMapper MAPPER = JsonSupport.strictMapper(LIMITS);
  private static final JsonCodec CODEC = JsonCodec.of(LIMITS);
  private static final String[] PIECES = {"{", "}", "[", "]", "\"", ",", ":", "null", "1e400", "-0", "\"k\":1,",
      " ", "\n", "x", "1", ".", "e", "\\", "{}", "[]", "\"a\":2,", "\u00e9", "\uFEFF"};

  @Property(tries = 400)
  void aDocumentReadsAsReadTreeReadsIt(@ForAll long seed) throws IOException {
    String doc = new Generator(new Random(seed)).document();
    same(doc);
  }

  @Property(tries = 1500)
  void aDamagedDocumentFailsAsReadTreeFails(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int how)
      throws IOException {
    Random r = new Random(seed);
    String doc = new Generator(r).document();
    int at = r.nextInt(doc.length() + 1);
    String damaged = switch (how) {
      case 0 -> doc.substring(0, at);
      case 1 -> at == doc.length() ? doc + PIECES[r.nextInt(PIECES.length)]
          : doc.substring(0, at) + PIECES[r.nextInt(PIECES.length)] + doc.substring(at + 1);
      default -> doc.substring(0, at) + PIECES[r.nextInt(PIECES.length)] + doc.substring(at);
    };
    same(damaged);
  }

  @Example
  void cornerCases() throws IOException {
    for (String doc : List.of("", "  \n ", "null", "1", "-0", "0.0", "-0.0", "2147483647", "2147483648",
        "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400",
        "1E+400", "4.9e-325", "1.5", "1e2", "\"\"", "true", "false", "[]", "{}", "{} {}", "[1] 2", "1 2",
        "{}\n\n  []", "{\"a\": 1,\n\"a\": 2}", "[[[[[[[[1]]]]]]]]", "[[[[[[[[[1]]]]]]]]]",
        "[\"" + "x".repeat(41) + "\"]", "[" + "1".repeat(31) + "]", "[1." + "1".repeat(31) + "]",
        "{\"a\": [1, {\"b\": null}], \"c\": {}}", "[1,]", "{\"a\" 1}", "\u00ef\u00bb\u00bf{}", "\uFEFF[]")) {
      same(doc);
    }
    String big = "[" + "1,".repeat(3_000) + "1]";
    same(big);
  }

  @Example
  void aNumberTooLargeForADoubleKeepsItsLiteral() throws IOException {
    JsonNode n = CODEC.tree(in("{\"population\": 1e400, \"low\": -1E+999, \"fine\": 1e300}"));
    assertEquals("1e400", n.get("population").toString());
    assertEquals("-1E+999", n.get("low").toString());
    assertEquals(Double.POSITIVE_INFINITY, n.get("population").doubleValue());
    // readTree gives "Infinity" (the text losi echoed before the fix)
    assertEquals("\"Infinity\"", MAPPER.readTree("{\"population\": 1e400}").get("population").toString());
    assertEquals(DoubleNode.class, n.get("fine").getClass());
    assertEquals("1.0E300", n.get("fine").toString());
  }

  @Example
  void limitsStopReading() {
    assertThrows(StreamConstraintsException.class, () -> CODEC.tree(in("[[[[[[[[[1]]]]]]]]]")));
    assertThrows(StreamConstraintsException.class, () -> CODEC.tree(in("[\"" + "x".repeat(41) + "\"]")));
    assertThrows(StreamConstraintsException.class, () -> CODEC.tree(in("[" + "1,".repeat(3_000) + "1]")));
  }

  /** Both readers give equal trees of equal node classes, or the same failure. */
  private static void same(String doc) throws IOException {
    JsonNode expected;
    try {
      expected = MAPPER.readTree(in(doc));
    } catch (JsonProcessingException e) {
      JsonProcessingException mine = assertThrows(JsonProcessingException.class, () -> CODEC.tree(in(doc)), doc);
      assertEquals(e instanceof StreamConstraintsException, mine instanceof StreamConstraintsException, doc);
      assertEquals(e.getOriginalMessage(), mine.getOriginalMessage(), doc);
      assertEquals(JsonSupport.line(e), JsonSupport.line(mine), doc);
      assertEquals(e.getLocation() == null ? -1 : e.getLocation().getColumnNr(),
          mine.getLocation() == null ? -1 : mine.getLocation().getColumnNr(), doc);
      return;
    }
    JsonNode actual = CODEC.tree(in(doc));
    if (expected.isMissingNode()) {
      assertEquals(null, actual, doc);
      return;
    }
    assertEquals(expected, actual, doc);
    sameClasses(expected, actual, doc);
    try (JsonParser p = CODEC.factory().createParser(in(doc))) {
      p.nextToken();
      assertEquals(expected, JsonTrees.value(p), "a value read from its first token: " + doc);
    }
  }

  private static void sameClasses(JsonNode expected, JsonNode actual, String doc) {
    if (expected.isDouble() && Double.isInfinite(expected.doubleValue())) {
      assertInstanceOf(JsonTrees.Literal.class, actual, doc);
      return;
    }
    assertEquals(expected.getClass(), actual.getClass(), doc);
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      sameClasses(f.getValue(), actual.get(f.getKey()), doc);
    }
    if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        sameClasses(expected.get(i), actual.get(i), doc);
      }
    }
  }

  private static ByteArrayInputStream in(String doc) {
    return new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8));
  }

  /** Random JSON text, mostly within {@link #LIMITS}, with white space and numbers of every kind. */
  private static final class Generator {
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "0.5",
        "-0.0", "1e2", "1E-2", "6.02e23", "1e400", "-1e400", "4.9e-324", "1e-400", "0.1000", "3.0"};
    private static final String[] STRINGS = {"", "a", "\\\"q\\\"", "\\u00e9t\\u00e9", "tab\\tnl\\n", "\u00fcber",
        "x y", "\\\\", "\ud83d\ude00"};
    private final Random r;
    private final StringBuilder out = new StringBuilder();

    Generator(Random r) {
      this.r = r;
    }

    String document() {
      space();
      value(0);
      space();
      return out.toString();
    }

    private void value(int depth) {
      int k = r.nextInt(depth > 6 ? 5 : 7);
      switch (k) {
        case 0 -> out.append(NUMBERS[r.nextInt(NUMBERS.length)]);
        case 1 -> out.append('"').append(STRINGS[r.nextInt(STRINGS.length)]).append('"');
        case 2 -> out.append(r.nextBoolean() ? "true" : "false");
        case 3 -> out.append("null");
        case 4 -> out.append(r.nextInt(1000) - 500);
        case 5 -> members('[', ']', () -> {
          value(depth + 1);
          space();
        });
        default -> members('{', '}', () -> {
          out.append("\"k").append(r.nextInt(6)).append('"');
          space();
          out.append(':');
          space();
          value(depth + 1);
        });
      }
    }

    /** Up to three members between the brackets, separated by commas, each after white space. */
    private void members(char open, char close, Runnable member) {
      out.append(open);
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        out.append(i > 0 ? "," : "");
        space();
        member.run();
      }
      out.append(close);
    }

    private void space() {
      switch (r.nextInt(5)) {
        case 0 -> out.append(' ');
        case 1 -> out.append("\n  ");
        case 2 -> out.append("\r\n");
        default -> { }
      }
    }
  }
}
