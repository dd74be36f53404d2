package dev.losi.io;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.LosiValidationException;
import dev.losi.io.internal.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A whole CSV file held as a header and rows with their line numbers, for tables that are not one of the
 * model's documents (for example reviewer decisions, reliability data, city scores or national OSI
 * values): comma or semicolon delimiter (detected from the header line unless the format fixes it),
 * double-quoted fields with {@code ""} escapes and embedded line breaks, UTF-8 with or without BOM
 * (or the format's encoding; invalid text is an error), CRLF, LF or CR, empty lines skipped, at most
 * {@link CsvFormat#maxRecordChars()} characters per record and {@link CsvFormat#maxColumns()} fields.
 *
 * <p>Every problem (a syntax irregularity, a row with the wrong number of fields, an empty or duplicate
 * column name) is collected with file and line and thrown together as a {@link LosiValidationException};
 * a limit or encoding error stops reading at its line. Immutable and thread-safe once read.
 *
 * <pre>{@code
 * CsvTable t = CsvTable.read(Path.of("osi.csv"));
 * int country = t.column("country").orElseThrow();
 * for (CsvTable.Row r : t.rows()) { String c = r.fields().get(country); ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CsvTable {

  /**
   * One data row.
   *
   * @param line the 1-based line on which the row starts
   * @param fields the fields as read (not stripped), as many as the header has columns
   *
   * @since 0.1.0
   */
  public record Row(long line, List<String> fields) {
    /**
     * Copies the fields.
     *
     * @param line the 1-based line on which the row starts
     * @param fields the fields as read
     */
    public Row {
      fields = List.copyOf(fields);
    }
  }

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> columnIndex;
  private final List<Row> rows;

  private CsvTable(String source, List<String> header, List<Row> rows) {
    this.source = source;
    this.header = List.copyOf(header);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      idx.putIfAbsent(header.get(i), i);
    }
    this.columnIndex = Collections.unmodifiableMap(idx);
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a file with {@link CsvFormat#standard()}; problems name it by {@code file.toString()}; a
   * missing or unreadable file is reported as a problem naming it.
   *
   * @param file the file to read; problems name it
   * @return the header and the data rows
   * @throws LosiValidationException listing every problem
   */
  public static CsvTable read(Path file) {
    return read(file, CsvFormat.standard());
  }

  /**
   * Reads a file in {@code format} (delimiter, encoding, limits); see {@link #read(Path)}.
   *
   * @param file the file to read; problems name it
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the header and the data rows
   */
  public static CsvTable read(Path file, CsvFormat format) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, format);
    } catch (NoSuchFileException e) {
      throw single(Problem.builder().source(name).message("no such file").build());
    } catch (IOException e) {
      throw single(Problem.builder().source(name).message("cannot be read: " + e.getMessage()).build());
    }
  }

  /**
   * Parses CSV text; {@code source} names it in problems.
   *
   * @param source names the input in problems, for example its file name
   * @param text the CSV text
   * @return the header and the data rows
   */
  public static CsvTable parse(String source, String text) {
    try {
      return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, CsvFormat.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LosiValidationException single(Problem p) {
    return new LosiValidationException(List.of(p));
  }

  /**
   * Reads CSV bytes (the stream is read to its end, not closed); {@code source} names them in problems.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the header and the data rows
   * @throws LosiValidationException listing every problem
   * @throws IOException when the input cannot be read
   */
  public static CsvTable read(InputStream in, String source, CsvFormat format) throws IOException {
    ProblemCollector problems = new ProblemCollector(format.problemCap());
    List<String> header = null;
    long headerLine = 1;
    List<Row> rows = new ArrayList<>();
    try (CsvParser parser = CsvParser.open(dev.losi.io.internal.TextStreams.unclosed(in), format.encoding(),
        format.delimiter(), format.maxRecordChars(), format.maxColumns())) {
      List<String> record;
      while ((record = parser.next()) != null) {
        for (CsvParser.SyntaxProblem p : parser.syntaxProblems()) {
          problems.add(Problem.builder().source(source).line(p.line()).message(p.message()).build());
        }
        if (header == null) {
          header = new ArrayList<>();
          for (String h : record) {
            header.add(h.strip());
          }
          headerLine = parser.recordLine();
          continue;
        }
        if (record.size() != header.size()) {
          problems.add(Problem.builder().source(source).line(parser.recordLine())
              .message("has " + record.size() + " fields, expected " + header.size() + " as in the header"
                  + parser.quoteHint()).build());
          continue;
        }
        rows.add(new Row(parser.recordLine(), record));
      }
      for (CsvParser.SyntaxProblem p : parser.syntaxProblems()) {
        problems.add(Problem.builder().source(source).line(p.line()).message(p.message()).build());
      }
    } catch (CsvParser.CsvException e) {
      problems.add(Problem.builder().source(source).line(e.line()).message(e.getMessage()).build());
      problems.throwIfAny();
    }
    if (header == null) {
      problems.add(Problem.builder().source(source).message("is empty: expected a header line and data rows").build());
      problems.throwIfAny();
    }
    List<String> seen = new ArrayList<>();
    for (String h : header) {
      if (h.isEmpty()) {
        problems.add(Problem.builder().source(source).line(headerLine).message("has an empty column name in the header").build());
      } else if (seen.contains(h)) {
        problems.add(Problem.builder().source(source).line(headerLine).column(h).message("is a duplicate column name").build());
      }
      seen.add(h);
    }
    problems.throwIfAny();
    return new CsvTable(source, header, rows);
  }

  /** {@return the name used for this table in problems (usually the file path)} */
  public String source() {
    return source;
  }

  /** {@return the column names, stripped of surrounding white space} */
  public List<String> header() {
    return header;
  }

  /** {@return the data rows, in file order} */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The 0-based index of a column, if the header has it.
   *
   * @param name the column name, as in the header
   * @return the 0-based index, or empty
   */
  public Optional<Integer> column(String name) {
    return Optional.ofNullable(columnIndex.get(name));
  }

  /**
   * True when the header has the column.
   *
   * @param name the column name, as in the header
   * @return whether the header has it
   */
  public boolean has(String name) {
    return columnIndex.containsKey(name);
  }

  /**
   * The first of the names that is a column of the header, for a column with alternative names.
   *
   * @param names the alternative names, in order of preference
   * @return the first name the header has, or empty when it has none
   * @since 0.1.0
   */
  public Optional<String> first(String... names) {
    for (String n : names) {
      if (has(n)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The cell of a row in a column, stripped of surrounding white space; the empty string when the header
   * lacks the column.
   *
   * @param row a row of this table
   * @param column the column name
   * @return the stripped cell, or {@code ""}
   * @since 0.1.0
   */
  public String cell(Row row, String column) {
    Integer i = columnIndex.get(column);
    return i == null ? "" : row.fields().get(i).strip();
  }

  /**
   * A problem at this table's header line (line 1), to be completed with a column and a message.
   *
   * @return a problem builder with this table's source and line 1
   * @since 0.1.0
   */
  public Problem.Builder atHeader() {
    return Problem.builder().source(source).line(1);
  }

  /**
   * A problem at a row's line, to be completed with a column and a message.
   *
   * @param row a row of this table
   * @return a problem builder with this table's source and the row's line
   * @since 0.1.0
   */
  public Problem.Builder at(Row row) {
    return Problem.builder().source(source).line(row.line());
  }

  /**
   * Adds a problem for each of {@code columns} the header lacks, naming the column and ending with
   * {@code remedy} (for example "the columns are: city,osi").
   *
   * @param columns the required column names
   * @param remedy the end of each message, saying what to do
   * @param problems where the problems are added
   * @since 0.1.0
   */
  public void require(List<String> columns, String remedy, ProblemCollector problems) {
    for (String c : columns) {
      if (!has(c)) {
        problems.add(atHeader().column(c).message("is a required column and is missing; " + remedy).build());
      }
    }
  }

  /**
   * The number in a cell, read by the one rule of losi-io for number text: a plain decimal with a dot
   * ({@code 0.391}, {@code -2}, {@code 1e-3}; no NaN, infinity, hexadecimal or decimal comma) of at most
   * 100 characters whose value is a finite double. When the cell is empty ({@code whenEmpty} says why it
   * may not be), not a number, too long or out of the range of a double, the result is empty and a
   * problem naming file, line and column is added.
   *
   * @param row a row of this table
   * @param column the column name
   * @param whenEmpty why the cell may not be empty, for the message
   * @param problems where a problem is added
   * @return the number, or empty after a problem was added
   * @since 0.1.0
   */
  public OptionalDouble number(Row row, String column, String whenEmpty, ProblemCollector problems) {
    String raw = cell(row, column);
    if (raw.isEmpty()) {
      problems.add(at(row).column(column).message("is empty; " + whenEmpty).build());
      return OptionalDouble.empty();
    }
    Problem.Builder at = at(row).column(column).field(column).value(raw);
    if (raw.length() > Numbers.MAX_NUMBER_CHARS) {
      problems.add(Numbers.tooLong(at, raw));
      return OptionalDouble.empty();
    }
    if (!Numbers.isDecimal(raw)) {
      problems.add(at.message("is not a number (decimal point, e.g. 0.391)").build());
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(raw);
    if (!Double.isFinite(d)) {
      problems.add(at.message(Numbers.OUT_OF_RANGE).build());
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(d);
  }
}
