package dev.losi.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
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
  private final char[] lineSeparator;
  /** The record being written, handed to {@code out} whole: one call of the writer per record. */
  private char[] buf = new char[256];
  private int pos;

  /** A writer with the given delimiter and line separator ({@code "\r\n"} or {@code "\n"}). */
  public CsvWriter(Writer out, char delimiter, String lineSeparator) {
    this.out = out;
    this.delimiter = delimiter;
    this.lineSeparator = lineSeparator.toCharArray();
  }

  /** Writes one record. */
  public void record(List<String> fields) throws IOException {
    pos = 0;
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        room(1);
        buf[pos++] = delimiter;
      }
      field(fields.get(i));
    }
    room(lineSeparator.length);
    System.arraycopy(lineSeparator, 0, buf, pos, lineSeparator.length);
    pos += lineSeparator.length;
    out.write(buf, 0, pos);
  }

  /** Appends {@code s} to the record: as it is, or quoted with its quotes doubled. */
  private void field(String s) {
    int n = s.length();
    room(n);
    int start = pos;
    s.getChars(0, n, buf, start);
    boolean quote = n > 0 && (Character.isWhitespace(buf[start]) || Character.isWhitespace(buf[start + n - 1]));
    for (int i = start, end = start + n; i < end && !quote; i++) {
      char c = buf[i];
      quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      pos = start + n;
      return;
    }
    room(2 * n + 2);
    buf[pos++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        buf[pos++] = '"';
      }
      buf[pos++] = c;
    }
    buf[pos++] = '"';
  }

  /** Makes room for {@code n} more characters of the record. */
  private void room(int n) {
    if (pos + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(2 * buf.length, pos + n));
    }
  }
}
