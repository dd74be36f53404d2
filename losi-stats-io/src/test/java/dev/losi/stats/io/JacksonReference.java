package dev.losi.stats.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The second implementation of {@link JsonOut}: Jackson with the pretty printer the documents were first
 * written with (two-space indent and LF line ends for objects, arrays on one line), as the writer of
 * losi-stats-io configured it before {@link JsonOut} replaced it, with its shortest-decimal double writer
 * ({@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER}), which {@link JsonNumbers} uses too; the numbers' text
 * itself is checked against its definition and {@link Double#toString(double)} in {@code JsonNumbersProperties}.
 */
final class JacksonReference {

  private static final ObjectWriter DATABIND = JsonMapper.builder(factory()).build().writer(printer());

  private JacksonReference() {}

  /** The generators' factory: doubles as their shortest decimal. */
  static JsonFactory factory() {
    return JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  }

  /** A fresh printer of the documents' layout. */
  static DefaultPrettyPrinter printer() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** The text jackson-databind writes for a plain tree, with the line break {@link JsonText} adds. */
  static String text(Object tree) {
    try {
      return DATABIND.writeValueAsString(tree) + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
