package dev.losi.cli.internal;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.io.CsvFormat;
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

/**
 * A whole CSV file held as rows, for the command line's generic tables (for example {@code losi classify}),
 * parsed by losi-io's {@link CsvParser}: comma or semicolon delimiter (detected from the header line),
 * double-quoted fields with {@code ""} escapes and embedded line breaks, UTF-8 with or without BOM (invalid
 * UTF-8 is an error), CRLF, LF or CR, empty lines skipped.
 *
 * <p>Every problem (a syntax irregularity, a row with the wrong number of fields, an empty or duplicate
 * column name) is collected with file and line and thrown together as a
 * {@link dev.losi.core.LosiValidationException}; a limit or encoding error stops reading at its line.
 */
public final class CsvTable {

  /** One data row with the 1-based line on which it starts. */
  public record Row(long line, List<String> fields) {}

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

  /** Reads a file; a missing or unreadable file is reported as a problem naming it. */
  public static CsvTable read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return parse(name, in);
    } catch (NoSuchFileException e) {
      throw Problems.single(Problem.builder().source(name).message("no such file").build());
    } catch (IOException e) {
      throw Problems.single(Problem.builder().source(name).message("cannot be read: " + e.getMessage()).build());
    }
  }

  /** Parses CSV text; {@code source} names it in problems. */
  public static CsvTable parse(String source, String text) {
    try {
      return parse(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CsvTable parse(String source, InputStream in) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    List<String> header = null;
    long headerLine = 1;
    List<Row> rows = new ArrayList<>();
    try (CsvParser parser = CsvParser.open(in, (char) 0, CsvFormat.DEFAULT_MAX_RECORD_CHARS,
        CsvFormat.DEFAULT_MAX_COLUMNS)) {
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
              .message("has " + record.size() + " fields, expected " + header.size() + " as in the header").build());
          continue;
        }
        rows.add(new Row(parser.recordLine(), List.copyOf(record)));
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

  /** The name used for this table in problems (usually the file path). */
  public String source() {
    return source;
  }

  /** The column names, stripped of surrounding white space. */
  public List<String> header() {
    return header;
  }

  /** The data rows, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** The 0-based index of a column, if the header has it. */
  public Optional<Integer> column(String name) {
    return Optional.ofNullable(columnIndex.get(name));
  }

  /** True when the header has the column. */
  public boolean has(String name) {
    return columnIndex.containsKey(name);
  }
}
