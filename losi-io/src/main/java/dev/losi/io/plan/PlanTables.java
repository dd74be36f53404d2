package dev.losi.io.plan;

import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.plan.Effort;
import dev.losi.core.plan.EffortTable;
import dev.losi.core.plan.UptakeTable;
import dev.losi.io.CsvFormat;
import dev.losi.io.internal.CsvHeader;
import dev.losi.io.internal.CsvParser;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV tables an improvement plan reads: the user's effort table and a supplied peer uptake table.
 *
 * <pre>
 * indicator,effort,note
 * #229,easy,publish the council minutes
 * #255,hard,
 *
 * indicator,uptake
 * #229,0.62
 * #255,0.1
 * </pre>
 *
 * <p>A header row is required; columns may come in any order; {@code note} may be left out; any other
 * column is an error. {@code effort} is {@code easy}, {@code moderate}, {@code hard} or
 * {@code unclassified} in any case; {@code uptake} is a decimal share in [0, 1] ({@code 0.62}, not
 * {@code 62%}). Every indicator must be one of the instrument's, at most once per file; codes and values
 * are taken exactly as written (surrounding white space is an error, not trimmed). The delimiter (comma or
 * semicolon) is detected from the header. Every problem is reported together, each with the file name and
 * 1-based line, for example {@code efforts.csv:4: indicator "#999": is not an indicator of instrument
 * "LOSI-2024"}. A cell written with a leading apostrophe against formula injection is read without it.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanTables {

  /** The columns of an effort table, in the usual order; {@code note} is optional. */
  public static final List<String> EFFORT_HEADER = List.of("indicator", "effort", "note");
  /** The columns of an uptake table. */
  public static final List<String> UPTAKE_HEADER = List.of("indicator", "uptake");

  private PlanTables() {}

  /**
   * Reads an effort table from a CSV file.
   *
   * @param file the file to read; problems name it
   * @param instrument the instrument the input is checked against
   * @return the table read
   * @throws dev.losi.core.LosiValidationException with every problem found
   * @throws IOException when the file cannot be read
   */
  public static EffortTable readEfforts(Path file, Instrument instrument) throws IOException {
    return TextStreams.readFile(file, (in, source) -> readEfforts(in, source, instrument));
  }

  /**
   * Reads an effort table from CSV text (for tests and small inputs); {@code source} names it in problems.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @param instrument the instrument the input is checked against
   * @return the table read
   */
  public static EffortTable readEfforts(String csv, String source, Instrument instrument) {
    return TextStreams.read(csv, source, (in, s) -> readEfforts(in, s, instrument));
  }

  /**
   * Reads an effort table from UTF-8 CSV bytes; the stream is not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param instrument the instrument the input is checked against
   * @return the table read
   * @throws IOException when the input cannot be read
   */
  public static EffortTable readEfforts(InputStream in, String source, Instrument instrument) throws IOException {
    List<EffortTable.Entry> entries = new ArrayList<>();
    read(in, source, instrument, EFFORT_HEADER, 2, (row, line, problems) -> {
      String text = row.get("effort");
      Optional<Effort> effort = Effort.parse(text).filter(e -> text.equals(text.strip()));
      if (effort.isEmpty()) {
        problems.add(Problem.builder().source(source).line(line).indicator(row.get("indicator")).field("effort")
            .value(text).message("is not one of easy, moderate, hard, unclassified").build());
        return;
      }
      String note = row.getOrDefault("note", "");
      entries.add(new EffortTable.Entry(row.get("indicator"), effort.get(),
          note.isEmpty() ? Optional.empty() : Optional.of(note)));
    });
    return EffortTable.of(entries);
  }

  /**
   * Reads an uptake table from a CSV file.
   *
   * @param file the file to read; problems name it
   * @param instrument the instrument the input is checked against
   * @return the table read
   * @throws dev.losi.core.LosiValidationException with every problem found
   * @throws IOException when the file cannot be read
   */
  public static UptakeTable readUptake(Path file, Instrument instrument) throws IOException {
    return TextStreams.readFile(file, (in, source) -> readUptake(in, source, instrument));
  }

  /**
   * Reads an uptake table from CSV text (for tests and small inputs); {@code source} names it in problems.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @param instrument the instrument the input is checked against
   * @return the table read
   */
  public static UptakeTable readUptake(String csv, String source, Instrument instrument) {
    return TextStreams.read(csv, source, (in, s) -> readUptake(in, s, instrument));
  }

  /**
   * Reads an uptake table from UTF-8 CSV bytes; the stream is not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param instrument the instrument the input is checked against
   * @return the table read
   * @throws IOException when the input cannot be read
   */
  public static UptakeTable readUptake(InputStream in, String source, Instrument instrument) throws IOException {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    read(in, source, instrument, UPTAKE_HEADER, 2, (row, line, problems) -> {
      String text = row.get("uptake");
      BigDecimal share = null;
      try {
        if (text.equals(text.strip()) && !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))) {
          share = new BigDecimal(text);
        }
      } catch (NumberFormatException e) {
        share = null;
      }
      if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        problems.add(Problem.builder().source(source).line(line).indicator(row.get("indicator")).field("uptake")
            .value(text).message("is not a share from 0 to 1 (for example 0.62)").build());
        return;
      }
      shares.put(row.get("indicator"), share);
    });
    return UptakeTable.of(shares);
  }

  /** Handles one data row, given by column name; problems go to the collector. */
  private interface RowHandler {
    void row(Map<String, String> row, long line, ProblemCollector problems);
  }

  /**
   * Reads the header (the first {@code required} columns of {@code header} are required), then each row:
   * checks its width, its indicator code (the instrument's, once per file), and hands it on.
   */
  private static void read(InputStream in, String source, Instrument instrument, List<String> header, int required,
      RowHandler handler) throws IOException {
    CsvFormat format = CsvFormat.standard();
    ProblemCollector problems = new ProblemCollector(format.problemCap());
    try (CsvParser p = CsvParser.open(TextStreams.unclosed(in), format.delimiter(), format.maxRecordChars(),
        format.maxColumns())) {
      List<String> names = p.next();
      CsvHeader.syntax(p, source, problems);
      Map<String, Integer> col = CsvHeader.columns(names, header, required, source, problems);
      problems.throwIfAny();
      Map<String, Long> seen = new HashMap<>();
      List<String> row;
      while ((row = p.next()) != null) {
        long line = p.recordLine();
        if (!CsvHeader.record(p, row, names.size(), source, problems)) {
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        List<String> fields = row;
        col.forEach((name, i) -> cells.put(name, FormulaGuard.restore(fields.get(i))));
        String code = cells.get("indicator");
        if (!instrument.hasIndicator(code)) {
          problems.add(Problem.builder().source(source).line(line).indicator(code)
              .message("is not an indicator of instrument \"" + instrument.id() + "\"").build());
          continue;
        }
        Long first = seen.putIfAbsent(code, line);
        if (first != null) {
          problems.add(Problem.builder().source(source).line(line).indicator(code)
              .message("appears more than once (first on line " + first + ")").build());
          continue;
        }
        handler.row(cells, line, problems);
      }
    } catch (CsvParser.CsvException e) {
      problems.add(Problem.builder().source(source).line(e.line()).message(e.getMessage()).build());
    }
    problems.throwIfAny();
  }
}
