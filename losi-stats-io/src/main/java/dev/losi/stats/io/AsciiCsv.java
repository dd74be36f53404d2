package dev.losi.stats.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path for the bulk CSV inputs of the statistics readers: plain ASCII CSV (optionally after a
 * UTF-8 byte order mark) with no quote, no control character other than LF and no field of only spaces,
 * read as bytes with no per-row object. It only ever accepts input that {@link dev.losi.io.CsvTable} reads
 * without a problem and to the same fields; on anything else (a quote, CR, tab, a non-ASCII byte, a row
 * with the wrong number of fields, an empty or duplicate column name, leading empty lines, a record over
 * {@link dev.losi.io.CsvFormat#DEFAULT_MAX_RECORD_CHARS} characters, more than
 * {@link dev.losi.io.CsvFormat#DEFAULT_MAX_COLUMNS} columns) the callers use the object path, which finds
 * and reports every problem with file and line. So the fast path cannot change a value or a problem.
 *
 * <p>The delimiter is detected as {@code CsvParser} does: semicolon when the header line holds more
 * semicolons than commas, else comma. Cells are stripped of surrounding spaces, as {@code CsvTable.cell}
 * strips them (other white space makes the input fall back). Not thread-safe.
 */
final class AsciiCsv {

  /** The bytes of the file. */
  final byte[] bytes;
  /** The column names, stripped. */
  final List<String> header;
  private final byte delimiter;
  private int pos;
  /** The end (exclusive) of the rows this cursor reads: the file's end, or a row boundary for a part. */
  private final int limit;
  /** The start and end (exclusive, stripped of spaces) of each field of the current row. */
  final int[] start;
  final int[] end;

  private AsciiCsv(byte[] bytes, List<String> header, byte delimiter, int pos, int limit) {
    this.bytes = bytes;
    this.header = header;
    this.delimiter = delimiter;
    this.pos = pos;
    this.limit = limit;
    this.start = new int[header.size()];
    this.end = new int[header.size()];
  }

  /** Lines this long or longer take the object path (a margin below the record limit). */
  static final int LONGEST = dev.losi.io.CsvFormat.DEFAULT_MAX_RECORD_CHARS - 2;

  /** Reads a whole file; null when it cannot be read (the object path then reports why). */
  static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads a whole stream. */
  static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  /**
   * Opens the bytes on the fast path, or returns null when they need the object path (see the class
   * comment). Every byte is checked here once, so that rows need only look for delimiters and LF.
   */
  static AsciiCsv open(byte[] b) {
    int from = bom(b);
    int lineStart = from;
    for (int i = from; i < b.length; i++) {
      int c = b[i];
      if (c == '\n') {
        if (i - lineStart >= LONGEST) {
          return null;
        }
        lineStart = i + 1;
      } else if (c < 0x20 || c == '"' || c == 0x7F) {
        return null; // negative (non-ASCII), control, CR, tab, quote
      }
    }
    if (b.length - lineStart >= LONGEST) {
      return null;
    }
    return header(b);
  }

  /**
   * The header line alone, checked as {@link #open} checks it (its bytes, its length, its names), or null;
   * the rows after it are not checked: a caller that reads them by itself must check their bytes and
   * lengths as {@link #open} does (see {@link #plain} and {@link #LONGEST}), and must not use {@link #next}.
   */
  static AsciiCsv header(byte[] b) {
    int from = bom(b);
    int eol = from;
    while (eol < b.length && b[eol] != '\n') {
      if (!plain(b[eol])) {
        return null;
      }
      eol++;
    }
    if (eol == from || eol - from >= LONGEST) {
      return null; // empty file, a leading empty line, or too long
    }
    int commas = 0;
    int semicolons = 0;
    for (int i = from; i < eol; i++) {
      if (b[i] == ',') {
        commas++;
      } else if (b[i] == ';') {
        semicolons++;
      }
    }
    byte d = semicolons > commas ? (byte) ';' : (byte) ',';
    if (Math.max(commas, semicolons) + 2 >= dev.losi.io.CsvFormat.DEFAULT_MAX_COLUMNS) {
      return null;
    }
    List<String> header = new ArrayList<>();
    int s = from;
    for (int i = from; i <= eol; i++) {
      if (i == eol || b[i] == d) {
        String h = new String(b, s, i - s, StandardCharsets.ISO_8859_1).strip();
        if (h.isEmpty() || header.contains(h)) {
          return null;
        }
        header.add(h);
        s = i + 1;
      }
    }
    return new AsciiCsv(b, List.copyOf(header), d, Math.min(b.length, eol + 1), b.length);
  }

  /** 3 after a UTF-8 byte order mark, else 0. */
  private static int bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** True for a byte the fast path takes inside a line: printable ASCII other than the quote. */
  static boolean plain(byte c) {
    return c >= 0x20 && c != '"' && c != 0x7F;
  }

  /** The delimiter: semicolon when the header line holds more semicolons than commas, else comma. */
  byte delimiter() {
    return delimiter;
  }

  /** Where the first row starts (just after the header line's LF). */
  int rowsStart() {
    return pos;
  }

  /**
   * The rows not read yet, split in two at a line break near the middle, for reading on two threads: two
   * new cursors that read, one after the other, the same rows in the same order as this one would (this
   * one is not changed). Null when fewer than {@code minBytes} are left.
   */
  AsciiCsv[] halves(int minBytes) {
    if (limit - pos < minBytes) {
      return null;
    }
    int mid = pos + (limit - pos) / 2;
    while (mid < limit && bytes[mid] != '\n') {
      mid++;
    }
    if (mid >= limit) {
      return null;
    }
    return new AsciiCsv[] {
        new AsciiCsv(bytes, header, delimiter, pos, mid + 1), new AsciiCsv(bytes, header, delimiter, mid + 1, limit)};
  }

  /** The position of a column, or -1. */
  int column(String name) {
    return header.indexOf(name);
  }

  /**
   * Moves to the next data row (empty lines are skipped, as the object path skips them), filling
   * {@link #start} and {@link #end}.
   *
   * @return 1 for a row, 0 at the end, -1 for a row the fast path does not take (wrong number of fields
   *     or a field that is empty once stripped)
   */
  int next() {
    byte[] b = bytes;
    while (pos < limit && b[pos] == '\n') {
      pos++;
    }
    if (pos >= limit) {
      return 0;
    }
    int columns = start.length;
    int field = 0;
    int s = pos;
    int i = pos;
    while (true) {
      boolean last = i == limit || b[i] == '\n';
      if (last || b[i] == delimiter) {
        if (field == columns) {
          return -1;
        }
        int a = s;
        int z = i;
        while (a < z && b[a] == ' ') {
          a++;
        }
        while (z > a && b[z - 1] == ' ') {
          z--;
        }
        if (a == z) {
          return -1;
        }
        start[field] = a;
        end[field] = z;
        field++;
        s = i + 1;
        if (last) {
          pos = Math.min(limit, i + 1);
          return field == columns ? 1 : -1;
        }
      }
      i++;
    }
  }

  /** The text of field {@code f} of the current row. */
  String text(int f) {
    return new String(bytes, start[f], end[f] - start[f], StandardCharsets.ISO_8859_1);
  }

  /**
   * The number in field {@code f} of the current row by the number rule of {@code CsvTable.number} (a
   * plain decimal with a dot, at most 100 characters, finite), or NaN when the text breaks the rule (the
   * caller then takes the object path, which names the problem). The value is the one
   * {@link Double#parseDouble} gives: a mantissa of at most 2<sup>53</sup> with a power of ten of at most
   * 22 is one correctly rounded operation on exact doubles (Clinger 1990, "How to read floating point
   * numbers accurately"), and every other text goes to {@code Double.parseDouble} itself.
   */
  double number(int f) {
    byte[] b = bytes;
    int i = start[f];
    int z = end[f];
    if (z - i > 100) {
      return Double.NaN;
    }
    boolean negative = false;
    if (b[i] == '+' || b[i] == '-') {
      negative = b[i] == '-';
      i++;
    }
    long m = 0;
    int significant = 0;
    int scale = 0;
    int intDigits = 0;
    while (i < z && b[i] >= '0' && b[i] <= '9') {
      if (m != 0 || b[i] != '0') {
        significant++;
      }
      if (significant <= 18) {
        m = m * 10 + (b[i] - '0');
      }
      i++;
      intDigits++;
    }
    int fracDigits = 0;
    if (i < z && b[i] == '.') {
      i++;
      while (i < z && b[i] >= '0' && b[i] <= '9') {
        if (m != 0 || b[i] != '0') {
          significant++;
        }
        if (significant <= 18) {
          m = m * 10 + (b[i] - '0');
          scale--;
        }
        i++;
        fracDigits++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < z && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < z && (b[i] == '+' || b[i] == '-')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      int expDigits = 0;
      while (i < z && b[i] >= '0' && b[i] <= '9') {
        if (exponent < 100_000) {
          exponent = exponent * 10 + (b[i] - '0');
        }
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != z) {
      return Double.NaN;
    }
    int e = exponent + scale;
    if (significant <= 18 && m <= (1L << 53) && e >= -22 && e <= 22) {
      double d = m;
      d = e < 0 ? d / POWERS[-e] : d * POWERS[e];
      return negative ? -d : d;
    }
    double d = Double.parseDouble(new String(b, start[f], end[f] - start[f], StandardCharsets.ISO_8859_1));
    return Double.isFinite(d) ? d : Double.NaN;
  }

  private static final double[] POWERS = new double[23];

  static {
    POWERS[0] = 1;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = POWERS[k - 1] * 10;
    }
  }
}
