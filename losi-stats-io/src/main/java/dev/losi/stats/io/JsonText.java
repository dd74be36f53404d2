package dev.losi.stats.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * The one JSON writer of the statistics documents: jackson-core's streaming generator with one pretty
 * printer, writing either straight from the results ({@link AgreementJson}) or from a plain tree
 * ({@link #value}), to a text or to a {@link Writer}. The text is the one jackson-databind's
 * {@code ObjectMapper} writer gives for the same tree with the same printer (property
 * {@code JsonTextProperties}, databind run in the test), without loading databind (about 400 classes, a large
 * part of the start-up of a command that prints one JSON document).
 */
final class JsonText {

  /** Two-space indent and LF line ends for objects (arrays stay on one line), as the documents always had. */
  static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

  /** The target writer is the caller's: neither closed nor flushed beyond what is written. */
  private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** What writes one JSON value to a generator. */
  @FunctionalInterface
  interface Body {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private JsonText() {}

  /** The pretty-printed text of what {@code body} writes, with a trailing line break. */
  static String text(Body body) {
    StringWriter text = new StringWriter(1024);
    try {
      write(text, body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render JSON", e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * Writes the pretty-printed text of what {@code body} writes to {@code out}, then a line break; flushes
   * {@code out}, does not close it.
   */
  static void write(Writer out, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(PRINTER.createInstance());
      body.writeTo(g);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes a plain tree: {@link Map}s with {@link String} keys, {@link Collection}s (as arrays, in iteration
   * order), {@link String}, {@link Integer}, {@link Long}, {@link Double}, {@link Float}, {@link Boolean} and
   * null.
   *
   * @throws IllegalArgumentException for any other value (the trees of this module hold none)
   */
  static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Float f) {
      g.writeNumber(f);
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
