package dev.losi.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, streaming RFC 4180 CSV parser: one record at a time, never the whole text in memory.
 *
 * <p>Handles quoted fields (with doubled quotes and embedded line breaks), CRLF, LF or CR line ends,
 * a UTF-8 byte order mark, and a comma or semicolon delimiter detected from the header line. Empty
 * lines outside quotes are skipped. Syntax irregularities (a quote inside an unquoted field, text after
 * a closing quote, an unclosed quote) are reported through {@link #syntaxProblems()} and the text is
 * kept literally; limit violations and invalid UTF-8 end the parse with a {@link CsvException}.
 *
 * <p>Not thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvParser implements AutoCloseable {

  /**
   * A fatal parse error: the limit or encoding problem and the 1-based line it was found on.
   *
   * @since 0.1.0
   */
  public static final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    CsvException(long line, String message) {
      super(message);
      this.line = line;
    }

    /** The 1-based physical line. */
    public long line() {
      return line;
    }
  }

  /**
   * A syntax irregularity that did not stop parsing.
   *
   * @since 0.1.0
   */
  public record SyntaxProblem(long line, String message) {}

  private final Reader in;
  private final char[] buf;
  private int pos;
  private int lim;
  private boolean eof;
  private final int maxRecordChars;
  private final int maxColumns;
  private char delimiter;
  private long line = 1;
  private long recordLine;
  private long recordEnd;
  private long multilineQuote;
  private final List<SyntaxProblem> syntaxProblems = new ArrayList<>();
  /** An encoding error met while reading ahead for detection, reported when the text reaches it. */
  private String pendingMalformed;
  /** The name of the encoding read, for messages. */
  private String encoding = "UTF-8";
  /** True once a NUL character was met: the chars from it on are not delivered. */
  private boolean nul;

  private CsvParser(Reader in, int maxRecordChars, int maxColumns) {
    this.in = in;
    this.buf = new char[64 * 1024];
    this.maxRecordChars = maxRecordChars;
    this.maxColumns = maxColumns;
  }

  /**
   * Opens a parser on UTF-8 bytes (with or without BOM).
   *
   * @param delimiter the delimiter, or 0 to detect comma or semicolon from the first line
   * @throws CsvException when the bytes start with a UTF-16 or UTF-32 byte order mark
   */
  public static CsvParser open(InputStream bytes, char delimiter, int maxRecordChars, int maxColumns)
      throws IOException, CsvException {
    return open(bytes, StandardCharsets.UTF_8, delimiter, maxRecordChars, maxColumns);
  }

  /**
   * Opens a parser on bytes in {@code charset}; a UTF-8 byte order mark is skipped when it is UTF-8.
   *
   * @throws CsvException when the bytes start with a UTF-16 or UTF-32 byte order mark
   */
  public static CsvParser open(InputStream bytes, Charset charset, char delimiter, int maxRecordChars,
      int maxColumns) throws IOException, CsvException {
    BufferedInputStream b = new BufferedInputStream(bytes, 64 * 1024);
    b.mark(4);
    int b0 = b.read();
    int b1 = b.read();
    int b2 = b.read();
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    if (utf8 && b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      // UTF-8 BOM: skipped
    } else {
      b.reset();
      if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
        throw new CsvException(1, "file is UTF-16 encoded; save it as UTF-8 (with or without BOM)");
      }
    }
    CsvParser p = new CsvParser(new StrictReader(b, charset), maxRecordChars, maxColumns);
    p.encoding = utf8 ? "UTF-8" : charset.name();
    p.delimiter = delimiter;
    return p;
  }

  /** The delimiter in use (after detection, once the first record was read or {@link #detect()} ran). */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The 1-based line on which the first quoted field holding a line break opened in the record last
   * returned, or 0 when no quoted field of that record spans lines.
   */
  public long multilineQuoteLine() {
    return multilineQuote;
  }

  /**
   * For a record with the wrong number of fields: where a quoted field of the record last returned opened
   * and how far it ran, when it ran over line ends (a closing quote is then likely missing); else empty.
   */
  public String quoteHint() {
    if (multilineQuote == 0) {
      return "";
    }
    return " (a quoted field opened on line " + multilineQuote + " runs to line " + recordEnd
        + ": is its closing quote missing?)";
  }

  /** The 1-based physical line on which the record last returned by {@link #next()} ended. */
  public long recordEndLine() {
    return recordEnd;
  }

  /** The 1-based physical line on which the record last returned by {@link #next()} started. */
  public long recordLine() {
    return recordLine;
  }

  /** Syntax irregularities found so far, in order; the list is cleared by this call. */
  public List<SyntaxProblem> syntaxProblems() {
    List<SyntaxProblem> copy = List.copyOf(syntaxProblems);
    syntaxProblems.clear();
    return copy;
  }

  private boolean fill() throws IOException, CsvException {
    if (eof) {
      return false;
    }
    if (pos < lim) {
      return true;
    }
    if (nul) {
      throw new CsvException(line, "holds a NUL character, which no text file holds (is it UTF-16 without a byte"
          + " order mark, or not a text file?); reading stopped");
    }
    if (pendingMalformed != null) {
      throw new CsvException(line, pendingMalformed);
    }
    int n;
    try {
      n = in.read(buf, 0, buf.length);
    } catch (MalformedInputException e) {
      throw new CsvException(line, malformed(e.getInputLength()));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new CsvException(line, malformed(0));
    }
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    lim = cutAtNul(0, n);
    return true;
  }

  /**
   * Detects the delimiter from the first non-empty line when none was given: the one of comma and
   * semicolon that occurs more often outside quotes (comma on a tie). Reads ahead without consuming.
   */
  public void detect() throws IOException, CsvException {
    if (delimiter != 0) {
      return;
    }
    // Make sure the buffer holds the first line (or as much as fits).
    if (!fill()) {
      delimiter = ',';
      return;
    }
    while (!eof && lim < buf.length && indexOfLineEnd(firstContent()) < 0) {
      int n;
      try {
        n = in.read(buf, lim, buf.length - lim);
      } catch (MalformedInputException e) {
        pendingMalformed = malformed(e.getInputLength());
        break;
      } catch (java.nio.charset.CharacterCodingException e) {
        pendingMalformed = malformed(0);
        break;
      }
      if (n <= 0) {
        break;
      }
      lim = cutAtNul(lim, lim + n);
      if (nul) {
        break;
      }
    }
    delimiter = delimiterOf(java.nio.CharBuffer.wrap(buf, firstContent(), lim - firstContent()));
  }

  /**
   * The delimiter of the first line of {@code text} (which starts with content, not a line end): the one of
   * comma and semicolon that occurs more often outside quotes, comma on a tie.
   */
  public static char delimiterOf(CharSequence text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private String malformed(int length) {
    String what = "UTF-8".equals(encoding) ? "UTF-8" : encoding;
    return "is not valid " + what + (length > 0 ? " (a malformed byte sequence of length " + length + ")" : "")
        + "; save the file as UTF-8";
  }

  /**
   * The end of the deliverable characters of {@code buf[from, to)}: the position of the first NUL
   * character (remembered, so that the next read reports it at its line), else {@code to}.
   */
  private int cutAtNul(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == 0) {
        nul = true;
        return i;
      }
    }
    return to;
  }

  /** The buffer index of the first character after any leading empty lines. */
  private int firstContent() {
    int i = pos;
    while (i < lim && (buf[i] == '\n' || buf[i] == '\r')) {
      i++;
    }
    return i;
  }

  private int indexOfLineEnd(int from) {
    return lineEnd(java.nio.CharBuffer.wrap(buf, 0, lim), from);
  }

  /**
   * The index of the first line end (CR or LF) outside quotes in {@code text} at or after {@code from}, or -1
   * when the text ends first: where the first record ends, for delimiter detection.
   */
  public static int lineEnd(CharSequence text, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        return i;
      }
    }
    return -1;
  }

  private int peek() throws IOException, CsvException {
    return fill() ? buf[pos] : -1;
  }

  private int read() throws IOException, CsvException {
    return fill() ? buf[pos++] : -1;
  }

  /**
   * The next record's fields, or null at the end of the input. Empty lines are skipped.
   *
   * @throws CsvException on invalid UTF-8 or when a record exceeds the length or column limit
   */
  public List<String> next() throws IOException, CsvException {
    detect();
    while (true) {
      int c = peek();
      if (c == -1) {
        return null;
      }
      if (c == '\n') {
        read();
        line++;
      } else if (c == '\r') {
        read();
        if (peek() == '\n') {
          read();
        }
        line++;
      } else {
        break;
      }
    }
    recordLine = line;
    multilineQuote = 0;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    long chars = 0;
    while (true) {
      // start of a field
      int c = peek();
      boolean quotedField = c == '"';
      if (quotedField) {
        read();
        chars++;
        long openedAt = line;
        boolean closed = false;
        while (true) {
          int d = read();
          if (d == -1) {
            syntaxProblems.add(new SyntaxProblem(openedAt, "a quoted field opened on line " + openedAt
                + " is not closed before the end of the file"));
            break;
          }
          if (++chars > maxRecordChars) {
            throw limit("maxRecordChars", maxRecordChars, "characters per record");
          }
          if (d == '"') {
            if (peek() == '"') {
              read();
              chars++;
              field.append('"');
            } else {
              closed = true;
              break;
            }
          } else {
            if (d == '\n' || (d == '\r' && peek() != '\n')) {
              line++;
            }
            field.append((char) d);
          }
        }
        if (line > openedAt && multilineQuote == 0) {
          multilineQuote = openedAt;
        }
        if (closed) {
          // after the closing quote: delimiter, line end or end of input expected
          int e = peek();
          if (e != -1 && e != delimiter && e != '\n' && e != '\r') {
            syntaxProblems.add(new SyntaxProblem(line, "text after the closing quote of a quoted field"
                + " (a field with quotes must be quoted as a whole and inner quotes doubled: \"a \"\"b\"\"\")"));
            while ((e = peek()) != -1 && e != delimiter && e != '\n' && e != '\r') {
              read();
              if (++chars > maxRecordChars) {
                throw limit("maxRecordChars", maxRecordChars, "characters per record");
              }
              field.append((char) e);
            }
          }
        }
      } else {
        boolean reported = false;
        while ((c = peek()) != -1 && c != delimiter && c != '\n' && c != '\r') {
          read();
          if (++chars > maxRecordChars) {
            throw limit("maxRecordChars", maxRecordChars, "characters per record");
          }
          if (c == '"' && !reported) {
            syntaxProblems.add(new SyntaxProblem(line, "a quote inside an unquoted field"
                + " (quote the whole field and double inner quotes: \"a \"\"b\"\"\")"));
            reported = true;
          }
          field.append((char) c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (fields.size() > maxColumns) {
        throw limit("maxColumns", maxColumns, "fields per record");
      }
      recordEnd = line;
      int e = read();
      if (e == delimiter) {
        chars++;
        continue;
      }
      if (e == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
      } else if (e == '\n') {
        line++;
      }
      return fields;
    }
  }

  private CsvException limit(String name, int value, String what) {
    return new CsvException(recordLine, "record exceeds the limit " + name + " = " + value + " " + what
        + " (CsvFormat." + name + "); reading stopped");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
