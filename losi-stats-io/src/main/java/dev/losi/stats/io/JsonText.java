package dev.losi.stats.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of a plain tree, written with jackson-core's streaming generator and pretty printer only:
 * the same bytes as jackson-databind's {@code ObjectMapper} writer with the same printer gives (property
 * {@code JsonTextProperties}), without loading and configuring databind (about 400 classes, a large part
 * of the start-up of a command that prints one JSON document). A plain tree is made of {@link Map}s with
 * {@link String} keys, {@link List}s, {@link String}, {@link Integer}, {@link Long}, {@link Double},
 * {@link Boolean} and null; for anything else {@link #write} returns null and the caller uses databind.
 */
final class JsonText {

  /** Two-space indent and LF line ends for objects (arrays stay on one line), as the documents always had. */
  static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** The pretty-printed text of a plain tree (no trailing line break), or null when the tree is not plain. */
  static String write(Object tree) {
    if (!plain(tree)) {
      return null;
    }
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.setPrettyPrinter(PRINTER.createInstance());
      value(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render JSON", e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static boolean plain(Object v) {
    if (v == null || v instanceof String || v instanceof Integer || v instanceof Long || v instanceof Double
        || v instanceof Boolean) {
      return true;
    }
    if (v instanceof List<?> list) {
      for (Object e : list) {
        if (!plain(e)) {
          return false;
        }
      }
      return true;
    }
    if (v instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String) || !plain(e.getValue())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
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
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object e : list) {
        value(g, e);
      }
      g.writeEndArray();
    } else {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName((String) e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
    }
  }
}
