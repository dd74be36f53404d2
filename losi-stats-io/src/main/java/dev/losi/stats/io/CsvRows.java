package dev.losi.stats.io;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.io.CsvFormat;
import dev.losi.io.internal.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One CSV input of the statistics readers, held as a header and rows with their lines, parsed by
 * losi-io's RFC 4180 parser (comma or semicolon detected from the header, quotes, UTF-8 with or without
 * BOM, any line end). The one place where the readers of this module parse numbers, with one set of
 * limits: a plain decimal ({@code 0.391}, {@code -2}, {@code 1e-3}; no NaN, infinity, hexadecimal or
 * comma separator) of at most {@value #MAX_NUMBER_CHARS} characters whose value is a finite double.
 */
final class CsvRows {

  /** The longest number text accepted. */
  static final int MAX_NUMBER_CHARS = 100;

  /** The plain decimals accepted; {@link #isDecimal} decides the same without a regex engine. */
  static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  /** One data row: the 1-based line on which it starts and its cells. */
  record Row(long line, List<String> cells) {}

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<Row> rows;

  private CsvRows(String source, List<String> header, List<Row> rows) {
    this.source = source;
    this.header = List.copyOf(header);
    for (int i = header.size() - 1; i >= 0; i--) {
      index.put(header.get(i), i);
    }
    this.rows = List.copyOf(rows);
  }

  /** Reads a file; a missing or unreadable file is a problem naming it. */
  static CsvRows read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (NoSuchFileException e) {
      throw single(Problem.builder().source(name).message("no such file"));
    } catch (IOException e) {
      throw single(Problem.builder().source(name).message("cannot be read: " + e.getMessage()));
    }
  }

  /**
   * Reads CSV bytes; {@code source} names them in problems.
   *
   * @throws LosiValidationException with every syntax problem, row of the wrong width and bad header name
   */
  static CsvRows read(String source, InputStream in) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    List<String> header = null;
    long headerLine = 1;
    List<Row> rows = new ArrayList<>();
    try (CsvParser parser = CsvParser.open(in, (char) 0, CsvFormat.DEFAULT_MAX_RECORD_CHARS,
        CsvFormat.DEFAULT_MAX_COLUMNS)) {
      for (List<String> record = parser.next(); record != null; record = parser.next()) {
        syntax(parser, source, problems);
        if (header == null) {
          header = record.stream().map(String::strip).toList();
          headerLine = parser.recordLine();
        } else if (record.size() == header.size()) {
          rows.add(new Row(parser.recordLine(), List.copyOf(record)));
        } else {
          problems.add(Problem.builder().source(source).line(parser.recordLine())
              .message("has " + record.size() + " fields, expected " + header.size() + " as in the header").build());
        }
      }
      syntax(parser, source, problems);
    } catch (CsvParser.CsvException e) {
      problems.add(Problem.builder().source(source).line(e.line()).message(e.getMessage()).build());
      problems.throwIfAny();
    }
    if (header == null) {
      problems.add(Problem.builder().source(source).message("is empty: expected a header line and data rows").build());
      problems.throwIfAny();
    }
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (h.isEmpty()) {
        problems.add(Problem.builder().source(source).line(headerLine).message("has an empty column name in the header").build());
      } else if (header.subList(0, i).contains(h)) {
        problems.add(Problem.builder().source(source).line(headerLine).column(h).message("is a duplicate column name").build());
      }
    }
    problems.throwIfAny();
    return new CsvRows(source, header, rows);
  }

  private static void syntax(CsvParser parser, String source, ProblemCollector problems) {
    for (CsvParser.SyntaxProblem p : parser.syntaxProblems()) {
      problems.add(Problem.builder().source(source).line(p.line()).message(p.message()).build());
    }
  }

  static LosiValidationException single(Problem.Builder problem) {
    return new LosiValidationException(List.of(problem.build()));
  }

  String source() {
    return source;
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The first of the names that is a column, or null. */
  String first(String... names) {
    for (String n : names) {
      if (has(n)) {
        return n;
      }
    }
    return null;
  }

  /** The stripped cell of a column, or the empty string when the header lacks the column. */
  String cell(Row row, String column) {
    Integer i = index.get(column);
    return i == null ? "" : row.cells().get(i).strip();
  }

  /** A problem at the file's header line. */
  Problem.Builder atHeader() {
    return Problem.builder().source(source).line(1);
  }

  /** A problem at a row's line. */
  Problem.Builder at(Row row) {
    return Problem.builder().source(source).line(row.line());
  }

  /** A problem for each required column the header lacks, with the remedy. */
  void require(List<String> columns, String remedy, ProblemCollector problems) {
    for (String c : columns) {
      if (!has(c)) {
        problems.add(atHeader().column(c).message("is a required column and is missing; " + remedy).build());
      }
    }
  }

  /**
   * The number in a cell (see the class comment for what is accepted); empty, with a problem naming
   * file, line and column, when the cell is empty ({@code whenEmpty} says why it may not be), not a
   * number, too long or out of the range of a double.
   */
  OptionalDouble number(Row row, String column, String whenEmpty, ProblemCollector problems) {
    String raw = cell(row, column);
    if (raw.isEmpty()) {
      problems.add(at(row).column(column).message("is empty; " + whenEmpty).build());
      return OptionalDouble.empty();
    }
    if (raw.length() > MAX_NUMBER_CHARS) {
      problems.add(at(row).column(column).field(column).value(raw.substring(0, 20) + "...")
          .message("is a number text of " + raw.length() + " characters; at most " + MAX_NUMBER_CHARS + " are read").build());
      return OptionalDouble.empty();
    }
    if (!isDecimal(raw)) {
      problems.add(at(row).column(column).field(column).value(raw)
          .message("is not a number (decimal point, e.g. 0.391)").build());
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(raw);
    if (!Double.isFinite(d)) {
      problems.add(at(row).column(column).field(column).value(raw)
          .message("is out of range: a number must be finite, at most about 1.8e308 in magnitude").build());
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(d);
  }

  /**
   * True when the text is a plain decimal, exactly as {@link #DECIMAL} matches it:
   * {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}; a scan without a regex engine,
   * since it runs once per number cell.
   */
  static boolean isDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int intStart = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    boolean intDigits = i > intStart;
    boolean fracDigits = false;
    if (i < n && s.charAt(i) == '.') {
      i++;
      int fracStart = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      fracDigits = i > fracStart;
    }
    if (!intDigits && !fracDigits) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expStart = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == expStart) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
