package dev.losi.cli.internal;

import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV lines for the command line's own tables, written by losi-io's RFC 4180 writer (comma, LF line ends).
 */
public final class CsvWriter {

  private CsvWriter() {}

  /** One CSV line with a trailing LF; cells are written as given. */
  public static String line(List<String> cells) {
    StringWriter sw = new StringWriter();
    try {
      new dev.losi.io.internal.CsvWriter(sw, ',', "\n").record(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  /**
   * A text cell made safe to open in a spreadsheet (OWASP CSV injection): a text starting with
   * {@code = + - @}, tab or carriage return gets a leading apostrophe (losi-io's {@link FormulaGuard}).
   */
  public static String text(String s) {
    return FormulaGuard.neutralise(s);
  }
}
