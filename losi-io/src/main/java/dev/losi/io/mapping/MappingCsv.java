package dev.losi.io.mapping;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Link;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.mapping.Relation;
import dev.losi.io.CsvFormat;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.CsvHeader;
import dev.losi.io.internal.CsvParser;
import dev.losi.io.internal.CsvWriter;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.Relocation;
import dev.losi.io.internal.TextStreams;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edition mappings as CSV: one row per {@link Link}, header {@code from_code,to_code,relation,note}.
 *
 * <pre>
 * from_code,to_code,relation,note
 * PE22-01,#279,SAME,name match
 * a4,b4,SPLIT,
 * a4,b5,SPLIT,
 * a7,,REMOVED,dropped in 2024
 * ,#270b,ADDED,AI chatbot
 * </pre>
 *
 * <p>A CSV file holds only the rows: the two instruments and the covered criteria are given by the
 * caller (use {@link MappingJson} for a self-describing document). The delimiter (comma or semicolon)
 * is detected from the header unless a {@link CsvFormat} fixes it. Columns may come in any order;
 * {@code note} may be left out; any other column is an error. {@code relation} is a relation name in
 * any case ({@code same}, {@code SPLIT}, ...); an empty {@code from_code} or {@code to_code} means
 * none. Codes are taken exactly as written: a code with surrounding white space is an error, not
 * trimmed. Every problem (syntax, unknown relation, and every check of {@link EditionMapping}) is
 * reported together, each with the file name and 1-based line, for example
 * {@code pe.csv:5: indicator "#999": to "#999" is not an indicator of LOSI-2024}.
 *
 * <p>Writing: UTF-8, RFC 4180 quoting, LF line ends, relations as constant names, text cells
 * neutralised against formula injection as in the other losi-io CSV files (a cell starting with
 * {@code = + - @} gets one leading apostrophe, removed again on reading), rows in the
 * mapping's order (implicit {@link Relation#ADDED} rows are not written; they follow from the
 * instruments). Reading a written file with the same instruments and criteria gives an equal mapping,
 * except for {@link EditionMapping#description()}, which CSV does not carry.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MappingCsv {

  /** The columns, in the order written. */
  public static final List<String> HEADER = List.of("from_code", "to_code", "relation", "note");

  private MappingCsv() {}

  /**
   * Reads a mapping from a CSV file.
   *
   * @param from instrument A
   * @param to instrument B
   * @param coveredCriteria the criteria the mapping covers; empty for a complete mapping
   * @param file the file to read; problems name it
   * @return the mapping read
   * @throws LosiValidationException with every problem found
   * @throws IOException when the file cannot be read
   */
  public static EditionMapping read(Path file, Instrument from, Instrument to, Set<String> coveredCriteria)
      throws IOException {
    return TextStreams.readFile(file, (in, source) -> read(in, source, from, to, coveredCriteria));
  }

  /**
   * Reads a mapping from CSV text (for tests and small inputs); {@code source} names it in problems.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @param from instrument A, the earlier edition
   * @param to instrument B, the later edition
   * @param coveredCriteria the criteria the mapping covers; empty for a complete mapping
   * @return the mapping read
   */
  public static EditionMapping read(String csv, String source, Instrument from, Instrument to, Set<String> coveredCriteria) {
    return TextStreams.read(csv, source, (in, s) -> read(in, s, from, to, coveredCriteria));
  }

  /**
   * Reads a mapping from UTF-8 CSV bytes with {@link CsvFormat#standard()} (comma or semicolon detected
   * from the header, default limits); {@code source} names them in problems. The stream is not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param from instrument A, the earlier edition
   * @param to instrument B, the later edition
   * @param coveredCriteria the criteria the mapping covers; empty for a complete mapping
   * @return the mapping read
   * @throws IOException when the input cannot be read
   */
  public static EditionMapping read(InputStream in, String source, Instrument from, Instrument to,
      Set<String> coveredCriteria) throws IOException {
    return read(in, source, from, to, coveredCriteria, CsvFormat.standard());
  }

  /**
   * Reads a mapping from UTF-8 CSV bytes with the given format's delimiter (or detection), record and
   * column limits and problem cap. The stream is not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param from instrument A, the earlier edition
   * @param to instrument B, the later edition
   * @param coveredCriteria the criteria the mapping covers; empty for a complete mapping
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the mapping read
   * @throws IOException when the input cannot be read
   */
  public static EditionMapping read(InputStream in, String source, Instrument from, Instrument to,
      Set<String> coveredCriteria, CsvFormat format) throws IOException {
    ProblemCollector problems = new ProblemCollector(format.problemCap());
    List<Link> links = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    InputStream unclosed = TextStreams.unclosed(in);
    try (CsvParser p = CsvParser.open(unclosed, format.delimiter(), format.maxRecordChars(), format.maxColumns())) {
      List<String> header = p.next();
      CsvHeader.syntax(p, source, problems);
      Map<String, Integer> col = CsvHeader.columns(header, HEADER, 3, source, problems);
      if (!problems.isEmpty()) {
        problems.throwIfAny();
      }
      List<String> row;
      while ((row = p.next()) != null) {
        long line = p.recordLine();
        if (!CsvHeader.record(p, row, header.size(), source, problems)) {
          continue;
        }
        String f = FormulaGuard.restore(row.get(col.get("from_code")));
        String t = FormulaGuard.restore(row.get(col.get("to_code")));
        String r = row.get(col.get("relation"));
        String note = col.containsKey("note") ? FormulaGuard.restore(row.get(col.get("note"))) : "";
        Relation relation;
        try {
          relation = Relation.parse(r);
          if (!r.equals(r.strip())) {
            throw new IllegalArgumentException("has surrounding white space");
          }
        } catch (IllegalArgumentException e) {
          problems.add(Problem.builder().source(source).line(line).field("relation").value(r)
              .message("is not a relation (same, renamed, moved, split, merged, removed, added)").build());
          continue;
        }
        try {
          Link.Builder b = Link.builder().relation(relation).note(note);
          if (!f.isEmpty()) {
            b.from(f);
          }
          if (!t.isEmpty()) {
            b.to(t);
          }
          links.add(b.build());
          lines.add(line);
        } catch (LosiValidationException e) {
          Relocation.relocate(e, Problem.builder().source(source).line(line), problems);
        }
      }
    } catch (CsvParser.CsvException e) {
      problems.add(Problem.builder().source(source).line(e.line()).message(e.getMessage()).build());
    }
    problems.throwIfAny();
    try {
      return EditionMapping.builder().from(from).to(to).addAllLinks(links).coveredCriteria(coveredCriteria).build();
    } catch (LosiValidationException e) {
      Relocation.relocateRows(e, "links", i -> Problem.builder().source(source).line(lines.get(i)),
          Problem.builder().source(source), problems);
      problems.throwIfAny();
      throw e;
    }
  }

  /**
   * Writes a mapping to a file atomically (a failure never leaves a partial file).
   *
   * @param mapping the mapping to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void write(EditionMapping mapping, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(mapping, out));
  }

  /**
   * Writes a mapping to a stream (flushed, not closed).
   *
   * @param mapping the mapping to write
   * @param out the stream written to
   * @throws IOException when writing fails
   */
  public static void write(EditionMapping mapping, OutputStream out) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CsvWriter csv = new CsvWriter(w, ',', "\n");
    csv.record(HEADER);
    for (Link l : mapping.links()) {
      csv.record(List.of(FormulaGuard.neutralise(l.from().orElse("")), FormulaGuard.neutralise(l.to().orElse("")),
          l.relation().name(), FormulaGuard.neutralise(l.note())));
    }
    w.flush();
  }

  /**
   * The CSV text of a mapping.
   *
   * @param mapping the mapping to write
   * @return the CSV text
   */
  public static String toCsv(EditionMapping mapping) {
    return TextStreams.written(out -> write(mapping, out));
  }

  /**
   * The columns of a longitudinal report's city table ({@link #write(LongitudinalReport, OutputStream)}).
   *
   * @since 0.1.0
   */
  public static final List<String> REPORT_HEADER = LongitudinalReportCsv.HEADER;

  /**
   * Writes the city table of a longitudinal report ({@code losi compare-editions --format csv}; flushed, not
   * closed), one row per city compared, in the report's order, with the columns {@link #REPORT_HEADER}:
   * {@code city_id}, {@code name}, {@code country}, {@code core_size} (indicators of the common core),
   * {@code core_before_present}, {@code core_before_value}, {@code core_after_present}, {@code core_after_value}
   * (present core indicators and their share of the core), {@code core_change_in_indicators},
   * {@code core_change} (the share's change), {@code gained} and {@code lost} (the later edition's codes of the
   * core indicators gained and lost, space-separated), {@code official_before_points},
   * {@code official_before_value}, {@code level_before}, {@code official_after_points},
   * {@code official_after_value}, {@code level_after} (the official scores of each edition, not comparable
   * with each other; levels as names such as {@code VERY_HIGH}). UTF-8, RFC 4180, LF line ends; numbers in
   * full precision (whole numbers without a decimal point), text neutralised against formula injection. The
   * transition matrices and the indicators that are not comparable are in the JSON ({@link MappingJson}).
   *
   * @param report the longitudinal report
   * @param out the stream written to
   * @throws IOException when writing fails
   * @since 0.1.0
   */
  public static void write(LongitudinalReport report, OutputStream out) throws IOException {
    LongitudinalReportCsv.write(report, out);
  }

  /**
   * The CSV text of a longitudinal report's city table, as {@link #write(LongitudinalReport, OutputStream)}.
   *
   * @param report the longitudinal report
   * @return the CSV text
   * @since 0.1.0
   */
  public static String toCsv(LongitudinalReport report) {
    return TextStreams.written(out -> write(report, out));
  }
}
