package dev.losi.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records: a field is quoted when it contains the delimiter, a quote, CR or LF, or
 * starts or ends with white space; inner quotes are doubled. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvWriter {

  private final Writer out;
  private final char delimiter;
  private final String lineSeparator;

  /** A writer with the given delimiter and line separator ({@code "\r\n"} or {@code "\n"}). */
  public CsvWriter(Writer out, char delimiter, String lineSeparator) {
    this.out = out;
    this.delimiter = delimiter;
    this.lineSeparator = lineSeparator;
  }

  /** Writes one record. */
  public void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      field(fields.get(i));
    }
    out.write(lineSeparator);
  }

  private void field(String s) throws IOException {
    boolean quote = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(s.length() - 1)));
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    out.write(s.replace("\"", "\"\""));
    out.write('"');
  }
}
