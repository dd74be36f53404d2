package dev.losi.cli.internal;

import dev.losi.io.CsvFormat;
import java.util.List;


/**
 * CSV lines for the command line's own tables, written by losi-io's RFC 4180 writer (comma, LF line ends).
 */
public final class CsvWriter {

  private static final CsvFormat LF = CsvFormat.standard().withDelimiter(',').withLineSeparator("\n");

  private CsvWriter() {}

  /** One CSV line with a trailing LF; cells are written as given. */
  public static String line(List<String> cells) {
    return LF.record(cells);
  }

  /**
   * A text cell made safe to open in a spreadsheet (OWASP CSV injection): a text starting with
   * {@code = + - @}, tab or carriage return gets a leading apostrophe (losi-io's {@link CsvFormat#neutralise}).
   */
  public static String text(String s) {
    return CsvFormat.neutralise(s);
  }
}
