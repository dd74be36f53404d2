package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Fast path == slow path for the writer itself: the same calls made on {@link JsonOut} and on jackson-core's
 * {@link JsonGenerator} with the documents' printer ({@link JacksonReference}, the second implementation, run in
 * the test) give the same text, over random documents (nested objects and arrays, empty ones, every kind of
 * value, names and strings with quotes, backslashes, control characters and non-ASCII letters, strings longer
 * than the buffer), each entry written at random as a name then a value or by the one-call field method
 * ({@code writeStringField(name, null)} included), with buffers of 16 to 80 characters handed to the target as
 * they fill, and kept whole for a text.
 */
class JsonOutProperties {

  private static final JsonFactory FACTORY = JacksonReference.factory();

  /** One call, by name: the methods of {@link JsonOut} have the names and parameters of {@link JsonGenerator}'s. */
  private record Call(String method, Class<?>[] types, Object[] args) {
    Object on(Object target, Class<?> type) throws Throwable {
      Method m = type == JsonOut.class ? type.getDeclaredMethod(method, types) : type.getMethod(method, types);
      m.setAccessible(true);
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static Call call(String method, Class<?>[] types, Object... args) {
    return new Call(method, types, args);
  }

  private static final Class<?>[] NONE = {};
  private static final Class<?>[] S = {String.class};

  /** The calls that write {@code v}, as the entry {@code name} when not null. */
  private static void calls(Object v, String name, Random rnd, List<Call> out) {
    boolean oneCall = name != null && rnd.nextBoolean();
    if (name != null && !oneCall) {
      out.add(call("writeFieldName", S, name));
    }
    String n = oneCall ? name : null;
    if (v == null) {
      out.add(n == null ? call("writeNull", NONE)
          : rnd.nextBoolean() ? call("writeNullField", S, n) : call("writeStringField", new Class<?>[] {String.class, String.class}, n, null));
    } else if (v instanceof String s) {
      out.add(n == null ? call("writeString", S, s) : call("writeStringField", new Class<?>[] {String.class, String.class}, n, s));
    } else if (v instanceof Long l) {
      out.add(n == null ? call("writeNumber", new Class<?>[] {long.class}, l)
          : call("writeNumberField", new Class<?>[] {String.class, long.class}, n, l));
    } else if (v instanceof Double d) {
      out.add(n == null ? call("writeNumber", new Class<?>[] {double.class}, d)
          : call("writeNumberField", new Class<?>[] {String.class, double.class}, n, d));
    } else if (v instanceof Float f) {
      if (n != null) {
        out.add(call("writeFieldName", S, n));
      }
      out.add(call("writeNumber", new Class<?>[] {float.class}, f));
    } else if (v instanceof Boolean b) {
      out.add(n == null ? call("writeBoolean", new Class<?>[] {boolean.class}, b)
          : call("writeBooleanField", new Class<?>[] {String.class, boolean.class}, n, b));
    } else if (v instanceof List<?> list) {
      out.add(n == null ? call("writeStartArray", NONE) : call("writeArrayFieldStart", S, n));
      for (Object e : list) {
        calls(e, null, rnd, out);
      }
      out.add(call("writeEndArray", NONE));
    } else {
      out.add(n == null ? call("writeStartObject", NONE) : call("writeObjectFieldStart", S, n));
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        calls(e.getValue(), (String) e.getKey(), rnd, out);
      }
      out.add(call("writeEndObject", NONE));
    }
  }

  private static String jackson(List<Call> calls) throws Throwable {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.setPrettyPrinter(JacksonReference.printer());
      for (Call c : calls) {
        c.on(g, JsonGenerator.class);
      }
    }
    return text.toString();
  }

  private static String ours(List<Call> calls, StringWriter sink, int buffer) throws Throwable {
    JsonOut g = new JsonOut(sink, buffer);
    for (Call c : calls) {
      c.on(g, JsonOut.class);
    }
    g.flush();
    return sink == null ? g.text() : sink.toString();
  }

  @Property(tries = 400)
  void theWriterWritesWhatJacksonsGeneratorWrites(@ForAll("tree") Object tree, @ForAll long seed,
      @ForAll @IntRange(min = 16, max = 80) int buffer) throws Throwable {
    List<Call> calls = new ArrayList<>();
    calls(tree, null, new Random(seed), calls);
    String expected = jackson(calls);
    assertEquals(expected, ours(calls, new StringWriter(), buffer), "handed to a writer");
    assertEquals(expected, ours(calls, null, buffer), "kept as a text");
  }

  /**
   * The layout written out by hand from the description of {@link JsonOut}: objects in an array, an empty
   * object and array, escapes (the short ones, a control character in upper-case hex, quote and backslash),
   * non-ASCII and DEL as they are, NaN as a string, and the line break after the document.
   */
  @Example
  void theLayoutIsTheDocumentedOne() {
    String text = JsonText.text(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("a");
      g.writeStartObject();
      g.writeNumberField("b", 1);
      g.writeEndObject();
      g.writeStartObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("e");
      g.writeEndArray();
      g.writeStringField("s", "q\"\\\u001f\n\té\u007f/");
      g.writeNumberField("x", Double.NaN);
      g.writeNumberField("y", -0.0);
      g.writeNumberField("n", Long.MIN_VALUE);
      g.writeEndObject();
    });
    assertEquals("{\n  \"a\" : [ {\n    \"b\" : 1\n  }, { } ],\n  \"e\" : [ ],\n"
        + "  \"s\" : \"q\\\"\\\\\\u001F\\n\\té\u007f/\",\n  \"x\" : \"NaN\",\n  \"y\" : -0.0,\n"
        + "  \"n\" : -9223372036854775808\n}\n", text);
  }

  @Example
  void misuseIsRefusedAndAnIncompleteDocumentIsNotWritten() {
    assertThrows(IllegalStateException.class, () -> JsonText.text(g -> {
      g.writeStartObject();
      g.writeString("no name");
    }));
    assertThrows(IllegalStateException.class, () -> JsonText.text(g -> {
      g.writeStartArray();
      g.writeFieldName("in an array");
    }));
    assertThrows(IllegalStateException.class, () -> JsonText.text(g -> g.writeEndObject()));
    assertThrows(IllegalStateException.class, () -> JsonText.text(g -> {
      g.writeStartObject();
      g.writeEndArray();
    }));
    assertThrows(IllegalStateException.class, () -> JsonText.text(g -> {
      g.writeStartObject();
      g.writeFieldName("waiting");
      g.writeEndObject();
    }));
    StringWriter sink = new StringWriter();
    assertThrows(IllegalStateException.class, () -> JsonText.write(sink, g -> g.writeStartObject()));
    assertEquals("", sink.toString(), "nothing of an unfinished document reaches the writer");
    assertThrows(IllegalStateException.class, () -> JsonText.text(g -> {
      g.writeNull();
      g.writeNull();
    }));
  }

  @Provide
  Arbitrary<Object> tree() {
    return JsonTrees.trees(leaves(), "ab_\"\\é\n\u0002", 30, 3);
  }

  private static Arbitrary<Object> leaves() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.longs().map(d -> (Object) Double.longBitsToDouble(d)),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1e-7, 1e21)
            .map(d -> (Object) d),
        Arbitraries.floats().map(f -> (Object) f),
        Arbitraries.of(Float.NaN, Float.NEGATIVE_INFINITY, -0.0f).map(f -> (Object) f),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 9L, 10L).map(l -> (Object) l),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(null),
        Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
        Arbitraries.strings().withChars("\"\\\n\t\b\f\r\u0000\u0001\u001f\u007fé€ a/").ofMaxLength(120)
            .map(s -> (Object) s));
    return leaf;
  }
}
