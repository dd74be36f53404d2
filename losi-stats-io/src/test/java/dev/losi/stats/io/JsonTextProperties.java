package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fast path == slow path for the JSON documents: {@link JsonText#value} (on {@link JsonOut}) writes the same text
 * as jackson-databind's {@code ObjectMapper} writer with the documents' pretty printer ({@link JacksonReference},
 * the second implementation, run in the test), over random plain trees: nested maps and lists, empty ones, every
 * double (NaN, infinities, -0.0, subnormals, large and small), ints, longs, booleans, null, and strings with
 * control characters, quotes, backslashes and non-ASCII letters.
 */
class JsonTextProperties {

  private static String databind(Object tree) {
    return JacksonReference.text(tree);
  }

  @Property(tries = 500)
  void plainTreesAreWrittenAsDatabindWritesThem(@ForAll("tree") Object tree) throws Exception {
    assertEquals(databind(tree), StatisticsJson.write(tree));
  }

  @Example
  void setsAndFloatsAreWrittenAsDatabindWritesThemAndAnythingElseIsRefused() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", 1.5);
    m.put("set", new LinkedHashSet<>(List.of("x", "y")));
    m.put("floats", List.of(1, 2.5f, 0.1f));
    assertEquals(databind(m), StatisticsJson.write(m));
    assertEquals("[ \"x\" ]\n", StatisticsJson.write(Set.of("x")));
    assertThrows(IllegalArgumentException.class, () -> StatisticsJson.write(Map.of(1, "non-string key")));
    assertThrows(IllegalArgumentException.class, () -> StatisticsJson.write(List.of(new Object())));
  }

  @Example
  void anAgreementLikeDocumentIsWrittenAsBefore() {
    Map<String, Object> alpha = new LinkedHashMap<>();
    alpha.put("value", 0.123456789012345);
    alpha.put("ci95", List.of(-0.0, 1e-300));
    alpha.put("undefined_reason", null);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("krippendorff_alpha", alpha);
    root.put("not_applicable", new LinkedHashMap<>());
    root.put("units", 100000);
    // Written out by hand: two-space object indent, arrays on one line, " : " after keys, "{ }" when empty.
    String expected = "{\n  \"krippendorff_alpha\" : {\n    \"value\" : 0.123456789012345,\n"
        + "    \"ci95\" : [ -0.0, 1.0E-300 ],\n    \"undefined_reason\" : null\n  },\n"
        + "  \"not_applicable\" : { },\n  \"units\" : 100000\n}\n";
    assertEquals(expected, StatisticsJson.write(root));
  }

  @Provide
  Arbitrary<Object> tree() {
    return JsonTrees.trees(leaves(), "ab_\"é\n", 4, 3);
  }

  private static Arbitrary<Object> leaves() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, Double.MAX_VALUE, 1e-7, 1e21, 0.1 + 0.2).map(d -> (Object) d),
        Arbitraries.longs().map(d -> (Object) Double.longBitsToDouble(d)),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.floats().map(f -> (Object) f),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(null),
        Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
        Arbitraries.strings().withChars("\"\\\n\t\u0001\u007fé€ a/").ofMaxLength(8).map(s -> (Object) s));
    return leaf;
  }
}
