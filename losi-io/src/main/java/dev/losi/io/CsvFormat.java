package dev.losi.io;

import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.CsvWriter;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How CSV is read and written: delimiter, line separator, byte order mark, limits against hostile
 * files and the cap on collected problems. Immutable and thread-safe; change a setting with a
 * {@code with...} method, which returns a new format.
 *
 * <p>Defaults ({@link #standard()}): delimiter detected on reading (comma or semicolon, whichever
 * occurs more often outside quotes in the header line; comma on a tie) and comma on writing; CRLF line
 * ends (RFC 4180); no BOM on writing (a BOM is accepted on reading); at most
 * {@value #DEFAULT_MAX_RECORD_CHARS} characters per record and {@value #DEFAULT_MAX_COLUMNS} fields per
 * record; at most {@link ProblemCollector#DEFAULT_CAP} problems listed, the rest counted.
 *
 * @since 0.1.0
 */
public final class CsvFormat {

  /** The default limit on characters in one record (including quotes and embedded line breaks): 1 MiB. */
  public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;
  /** The default limit on fields per record. */
  public static final int DEFAULT_MAX_COLUMNS = 4096;

  private static final CsvFormat STANDARD = new CsvFormat((char) 0, "\r\n", false,
      DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_COLUMNS, ProblemCollector.DEFAULT_CAP, StandardCharsets.UTF_8);

  private final char delimiter;
  private final String lineSeparator;
  private final boolean bom;
  private final int maxRecordChars;
  private final int maxColumns;
  private final int problemCap;
  private final Charset encoding;

  private CsvFormat(char delimiter, String lineSeparator, boolean bom, int maxRecordChars, int maxColumns,
      int problemCap, Charset encoding) {
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.lineSeparator = lineSeparator;
    this.bom = bom;
    this.maxRecordChars = maxRecordChars;
    this.maxColumns = maxColumns;
    this.problemCap = problemCap;
  }

  /** {@return the default format described in the class documentation} */
  public static CsvFormat standard() {
    return STANDARD;
  }

  /** {@return the delimiter, or {@code 0} when it is detected on reading (and a comma is written)} */
  public char delimiter() {
    return delimiter;
  }

  /** {@return the delimiter used when writing: {@link #delimiter()}, or a comma when detection is on} */
  public char writeDelimiter() {
    return delimiter == 0 ? ',' : delimiter;
  }

  /**
   * A format with a fixed delimiter: {@code ','} or {@code ';'} (or {@code '\t'}).
   *
   * @param delimiter {@code ','}, {@code ';'} or {@code '\t'}
   * @return a copy of this format with that setting
   */
  public CsvFormat withDelimiter(char delimiter) {
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
      throw new IllegalArgumentException("delimiter must be ',', ';' or a tab, got '" + delimiter + "'");
    }
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /** {@return a format that detects comma or semicolon from the header line on reading} */
  public CsvFormat withDetectedDelimiter() {
    return new CsvFormat((char) 0, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /** {@return the line separator written: {@code "\r\n"} (default) or {@code "\n"}. Reading accepts CRLF, LF and CR} */
  public String lineSeparator() {
    return lineSeparator;
  }

  /**
   * A format writing the given line separator, {@code "\r\n"} or {@code "\n"}.
   *
   * @param lineSeparator {@code "\r\n"} or {@code "\n"}
   * @return a copy of this format with that setting
   */
  public CsvFormat withLineSeparator(String lineSeparator) {
    if (!lineSeparator.equals("\r\n") && !lineSeparator.equals("\n")) {
      throw new IllegalArgumentException("line separator must be \"\\r\\n\" or \"\\n\"");
    }
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /** {@return true when writing starts with a UTF-8 byte order mark (helps old Excel versions detect UTF-8)} */
  public boolean bom() {
    return bom;
  }

  /**
   * A format that writes (or does not write) a UTF-8 byte order mark.
   *
   * @param bom true to write a UTF-8 byte order mark
   * @return a copy of this format with that setting
   */
  public CsvFormat withBom(boolean bom) {
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /** {@return the maximum number of characters in one record; a longer record stops reading with an error naming {@code maxRecordChars}} */
  public int maxRecordChars() {
    return maxRecordChars;
  }

  /**
   * A format with another record length limit (at least 1).
   *
   * @param maxRecordChars the most characters one record may hold, at least 1
   * @return a copy of this format with that setting
   */
  public CsvFormat withMaxRecordChars(int maxRecordChars) {
    ReadLimits.positive("maxRecordChars", maxRecordChars);
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /** {@return the maximum number of fields in one record; more stops reading with an error naming {@code maxColumns}} */
  public int maxColumns() {
    return maxColumns;
  }

  /**
   * A format with another column limit (at least 1).
   *
   * @param maxColumns the most fields one record may hold, at least 1
   * @return a copy of this format with that setting
   */
  public CsvFormat withMaxColumns(int maxColumns) {
    ReadLimits.positive("maxColumns", maxColumns);
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /** {@return how many problems an exception lists before it only counts the rest} */
  public int problemCap() {
    return problemCap;
  }

  /**
   * A format with another problem cap (at least 1).
   *
   * @param problemCap how many problems are listed before the rest are only counted, at least 1
   * @return a copy of this format with that setting
   */
  public CsvFormat withProblemCap(int problemCap) {
    ReadLimits.positive("problemCap", problemCap);
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /**
   * The encoding of the text read: UTF-8 (the default; a byte order mark is skipped) or one of
   * {@link #withEncoding}'s. Writing is always UTF-8.
   *
   * @return the encoding of the text read
   * @since 0.1.0
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * A format reading text in {@code encoding}: UTF-8, windows-1252 (Excel's "CSV" on Western Windows) or
   * ISO-8859-1. A byte the encoding does not define stops reading with an error at its line.
   *
   * @param encoding UTF-8, windows-1252 or ISO-8859-1
   * @return a copy of this format with that setting
   * @throws IllegalArgumentException for another encoding
   * @since 0.1.0
   */
  public CsvFormat withEncoding(Charset encoding) {
    String n = encoding.name();
    if (!n.equals("UTF-8") && !n.equals("windows-1252") && !n.equals("ISO-8859-1")) {
      throw new IllegalArgumentException("encoding must be UTF-8, windows-1252 or ISO-8859-1, got " + n);
    }
    return new CsvFormat(delimiter, lineSeparator, bom, maxRecordChars, maxColumns, problemCap, encoding);
  }

  /**
   * One record as text in this format's delimiter and line separator (RFC 4180 quoting: a cell with the
   * delimiter, a quote or a line break is quoted, inner quotes doubled), ending with the line separator.
   * Cells are written as given; see {@link #neutralise}.
   *
   * @param cells the cells, written as given
   * @return the record, ending with the line separator
   * @since 0.1.0
   */
  public String record(List<String> cells) {
    StringWriter sw = new StringWriter();
    try {
      new CsvWriter(sw, writeDelimiter(), lineSeparator).record(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  /**
   * A text cell made safe to open in a spreadsheet (OWASP CSV injection): a text starting with
   * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which every losi reader removes
   * again.
   *
   * @param text the text of a cell
   * @return the text, with a leading apostrophe when it starts with a formula character
   * @since 0.1.0
   */
  public static String neutralise(String text) {
    return FormulaGuard.neutralise(text);
  }
}
