package dev.losi.cli.internal;

import java.util.List;

/**
 * Writes CSV lines (RFC 4180): a field is quoted when it holds the delimiter, a quote or a line break, or
 * when it starts or ends with white space; quotes are doubled.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /** One CSV line with a trailing LF. */
  public static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(cells.get(i)));
    }
    return sb.append('\n').toString();
  }

  /** One field, quoted when needed. */
  public static String field(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
