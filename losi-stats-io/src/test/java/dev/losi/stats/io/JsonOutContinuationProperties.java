package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A {@link JsonOut#continuation} appended to its writer gives the text that one writer writes for the same
 * entries or values (the second implementation is the one writer, itself checked against jackson-core by
 * {@link JsonOutProperties}): for any split of an object's entries or an array's values (made before or after
 * the writer's first entries there), at any nesting depth, with the first part handed to a writer or kept, for
 * any buffer size, and with the continuation written on another thread.
 */
class JsonOutContinuationProperties {

  @Property(tries = 300)
  void aContinuationAppendedGivesTheTextOfOneWriter(@ForAll("entries") List<Object[]> entries,
      @ForAll @IntRange(min = 0, max = 3) int wrappers, @ForAll @IntRange(min = 0, max = 100) int splitPercent,
      @ForAll @IntRange(min = 0, max = 100) int forkPercent, @ForAll @IntRange(min = 16, max = 90) int buffer,
      @ForAll boolean toWriter) throws Exception {
    int split = 1 + (entries.size() - 1) * splitPercent / 100; // 1 to size - 1 entries before the continuation
    int fork = (split - 1) * forkPercent / 100; // 0 to split - 1 of them written before it is made
    Map<String, Object> inner = new LinkedHashMap<>();
    for (Object[] e : entries) {
      inner.put((String) e[0], e[1]);
    }
    Object whole = inner;
    for (int w = 0; w < wrappers; w++) {
      Map<String, Object> outer = new LinkedHashMap<>();
      outer.put("before" + w, List.of(w, "x"));
      outer.put("in" + w, whole);
      outer.put("after" + w, w % 2 == 0 ? Map.of() : "y");
      whole = outer;
    }
    Object document = whole;
    String expected = JsonText.text(g -> JsonText.value(g, document));

    StringWriter sink = new StringWriter();
    JsonOut g = new JsonOut(toWriter ? sink : null, buffer);
    open(g, wrappers, entries, fork, split);
    g.writeRawLineBreak();
    g.flush();
    assertEquals(expected, toWriter ? sink.toString() : g.text());
  }

  /** The wrappers' leading entries, the split object's entries in two parts, then the wrappers' ends. */
  private static void open(JsonOut g, int wrappers, List<Object[]> entries, int fork, int split)
      throws Exception {
    for (int w = wrappers - 1; w >= 0; w--) {
      g.writeStartObject();
      g.writeFieldName("before" + w);
      JsonText.value(g, List.of(w, "x"));
      g.writeFieldName("in" + w);
    }
    g.writeStartObject();
    for (int i = 0; i < fork; i++) {
      g.writeFieldName((String) entries.get(i)[0]);
      JsonText.value(g, entries.get(i)[1]);
    }
    JsonOut.Chunks written = new JsonOut.Chunks();
    JsonOut c = g.continuation(written);
    for (int i = fork; i < split; i++) { // what the writer writes after it made the continuation
      g.writeFieldName((String) entries.get(i)[0]);
      JsonText.value(g, entries.get(i)[1]);
    }
    onAnotherThread(() -> {
      for (int i = split; i < entries.size(); i++) {
        c.writeFieldName((String) entries.get(i)[0]);
        JsonText.value(c, entries.get(i)[1]);
      }
    });
    g.append(c, written);
    g.writeEndObject();
    for (int w = 0; w < wrappers; w++) {
      g.writeFieldName("after" + w);
      JsonText.value(g, w % 2 == 0 ? Map.of() : "y");
      g.writeEndObject();
    }
  }

  /**
   * The same in an array: a continuation made between an array's values (before or after the writer's first
   * values there, the array itself inside objects and arrays), its values written on another thread, appended:
   * the text of one writer.
   */
  @Property(tries = 300)
  void aContinuationOfAnArrayAppendedGivesTheTextOfOneWriter(@ForAll("entries") List<Object[]> entries,
      @ForAll @IntRange(min = 0, max = 3) int wrappers, @ForAll @IntRange(min = 0, max = 100) int splitPercent,
      @ForAll @IntRange(min = 0, max = 100) int forkPercent, @ForAll @IntRange(min = 16, max = 90) int buffer,
      @ForAll boolean toWriter) throws Exception {
    List<Object> values = new ArrayList<>();
    for (Object[] e : entries) {
      values.add(e[1]);
    }
    int split = 1 + (values.size() - 1) * splitPercent / 100; // 1 to size - 1 values before the continuation
    int fork = (split - 1) * forkPercent / 100; // 0 to split - 1 of them written before it is made
    Object whole = values;
    for (int w = 0; w < wrappers; w++) {
      Map<String, Object> outer = new LinkedHashMap<>();
      outer.put("before" + w, w);
      outer.put("in" + w, w % 2 == 0 ? whole : List.of("x", whole));
      whole = outer;
    }
    Object document = whole;
    String expected = JsonText.text(g -> JsonText.value(g, document));

    StringWriter sink = new StringWriter();
    JsonOut g = new JsonOut(toWriter ? sink : null, buffer);
    for (int w = wrappers - 1; w >= 0; w--) {
      g.writeStartObject();
      g.writeNumberField("before" + w, w);
      g.writeFieldName("in" + w);
      if (w % 2 != 0) {
        g.writeStartArray();
        g.writeString("x");
      }
    }
    g.writeStartArray();
    for (int i = 0; i < fork; i++) {
      JsonText.value(g, values.get(i));
    }
    JsonOut.Chunks written = new JsonOut.Chunks();
    JsonOut c = g.continuation(written);
    for (int i = fork; i < split; i++) {
      JsonText.value(g, values.get(i));
    }
    onAnotherThread(() -> {
      for (int i = split; i < values.size(); i++) {
        JsonText.value(c, values.get(i));
      }
    });
    g.append(c, written);
    g.writeEndArray();
    for (int w = 0; w < wrappers; w++) {
      if (w % 2 != 0) {
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeRawLineBreak();
    g.flush();
    assertEquals(expected, toWriter ? sink.toString() : g.text());
  }

  /**
   * Misuse: a continuation outside any container or after a name, or appended before an entry or value of its own
   * writer.
   */
  @Example
  void aContinuationIsRefusedWhereItCannotContinue() throws IOException {
    JsonOut top = new JsonOut(null, 64);
    assertThrows(IllegalStateException.class, () -> top.continuation(new JsonOut.Chunks()));

    JsonOut array = new JsonOut(null, 64);
    array.writeStartArray();
    JsonOut.Chunks values = new JsonOut.Chunks();
    JsonOut inArray = array.continuation(values);
    inArray.writeNumber(2);
    assertThrows(IllegalStateException.class, () -> array.append(inArray, values));

    JsonOut named = new JsonOut(null, 64);
    named.writeStartObject();
    named.writeFieldName("a");
    assertThrows(IllegalStateException.class, () -> named.continuation(new JsonOut.Chunks()));

    JsonOut early = new JsonOut(null, 64);
    early.writeStartObject();
    JsonOut.Chunks written = new JsonOut.Chunks();
    JsonOut c = early.continuation(written);
    c.writeNumberField("b", 1);
    assertThrows(IllegalStateException.class, () -> early.append(c, written));
  }

  /** What a continuation writes. */
  private interface Writing {
    void run() throws IOException;
  }

  /** Runs {@code w} on a thread of its own and waits for it. */
  private static void onAnotherThread(Writing w) throws InterruptedException {
    Thread t = new Thread(() -> {
      try {
        w.run();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    t.start();
    t.join();
  }

  @Provide
  Arbitrary<List<Object[]>> entries() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.longs().map(l -> (Object) l), Arbitraries.strings().withChars("ab\"\\é\n").ofMaxLength(40)
            .map(s -> (Object) s), Arbitraries.just(null));
    Arbitrary<Object> value = JsonTrees.trees(leaf, "kv", 6, 2);
    return Arbitraries.strings().withChars("abcdefgh").ofMinLength(1).ofMaxLength(8).list().ofMinSize(2)
        .ofMaxSize(12).uniqueElements().flatMap(keys -> value.list().ofSize(keys.size()).map(vs -> {
          List<Object[]> out = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            out.add(new Object[] {keys.get(i), vs.get(i)});
          }
          return out;
        }));
  }
}
