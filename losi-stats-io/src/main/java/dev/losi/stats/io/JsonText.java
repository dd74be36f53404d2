package dev.losi.stats.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * The one JSON writer of the statistics documents: {@link JsonOut}, writing either straight from the results
 * ({@link AgreementJson}, {@link ReconciliationJson}) or from a plain tree ({@link #value}), to a text or to a
 * {@link Writer}, each document followed by a line break. The text is the one jackson-core's generator and
 * jackson-databind's {@code ObjectMapper} writer give for the same tree with the documents' pretty printer
 * (properties {@code JsonOutProperties} and {@code JsonTextProperties}, Jackson run in the test), without
 * loading either (databind is about 400 classes, a large part of the start-up of a command that prints one
 * JSON document).
 */
final class JsonText {

  /** Characters handed to the target writer at a time. */
  private static final int BUFFER = 1 << 15;

  /** What writes one JSON value. */
  @FunctionalInterface
  interface Body {
    void writeTo(JsonOut g) throws IOException;
  }

  private JsonText() {}

  /** The pretty-printed text of what {@code body} writes, with a trailing line break. */
  static String text(Body body) {
    JsonOut g = new JsonOut(null, 1024);
    try {
      body.writeTo(g);
      done(g);
      g.writeRawLineBreak();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render JSON", e); // no sink: nothing to fail
    }
    return g.text();
  }

  /**
   * Writes the pretty-printed text of what {@code body} writes to {@code out}, then a line break; flushes
   * {@code out}, does not close it.
   */
  static void write(Writer out, Body body) throws IOException {
    JsonOut g = new JsonOut(out, BUFFER);
    body.writeTo(g);
    done(g);
    g.writeRawLineBreak();
    g.flush();
    out.flush();
  }

  private static void done(JsonOut g) {
    if (!g.complete()) {
      throw new IllegalStateException("the JSON value is not complete");
    }
  }

  /**
   * Writes a plain tree: {@link Map}s with {@link String} keys, {@link Collection}s (as arrays, in iteration
   * order), {@link String}, {@link Integer}, {@link Long}, {@link Double}, {@link Float}, {@link Boolean} and
   * null.
   *
   * @throws IllegalArgumentException for any other value (the trees of this module hold none)
   */
  static void value(JsonOut g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Double d) {
      g.writeNumber(d.doubleValue());
    } else if (v instanceof Integer || v instanceof Long) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Float f) {
      g.writeNumber(f.floatValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object e : list) {
        value(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("not a JSON key: " + e.getKey());
        }
        g.writeFieldName(key);
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a plain JSON value: " + v.getClass().getName());
    }
  }
}
