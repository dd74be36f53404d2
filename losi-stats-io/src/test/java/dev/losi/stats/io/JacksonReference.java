package dev.losi.stats.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The second implementation of {@link JsonOut}: Jackson with the pretty printer the documents were first
 * written with (two-space indent and LF line ends for objects, arrays on one line), as the writer of
 * losi-stats-io configured it before {@link JsonOut} replaced it.
 */
final class JacksonReference {

  private static final ObjectWriter DATABIND = new ObjectMapper().writer(printer());

  private JacksonReference() {}

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
