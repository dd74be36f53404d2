package dev.losi.io;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.ProvenanceStatus;
import dev.losi.io.internal.Relocation;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Instruments as a table, in CSV or in the {@value #SHEET} sheet of an XLSX workbook, so that an
 * organisation can define its own instrument in a spreadsheet (see {@code docs/formats.md}).
 *
 * <p>Columns: {@code code,title,description,criterion,criterion_name,channel_scope,weight,tags,provenance,
 * instrument_id,edition_year,instrument_title,instrument_provenance,declared_maximum}. A row with an
 * empty {@code code} declares a criterion ({@code criterion} and {@code criterion_name}); every other
 * row is an indicator. The {@code instrument_*}, {@code edition_year} and {@code declared_maximum}
 * cells are filled on the first row and left blank (or repeated identically) below. Tags are joined
 * with {@code |}; provenance entries are {@code field|STATUS|reason}, one per line in the cell. A blank
 * weight means 1.
 *
 * <p>All methods are static and thread-safe; readers collect every problem into one
 * {@link LosiValidationException}.
 *
 * @since 0.1.0
 */
public final class InstrumentTables {

  /** The sheet of an instrument workbook. */
  public static final String SHEET = "instrument";

  static final List<String> COLUMNS = List.of("code", "title", "description", "criterion", "criterion_name",
      "channel_scope", "weight", "tags", "provenance", "instrument_id", "edition_year", "instrument_title",
      "instrument_provenance", "declared_maximum");
  static final List<String> REQUIRED = List.of("code", "title", "criterion", "channel_scope", "instrument_id",
      "edition_year", "instrument_title");
  private static final List<String> META = List.of("instrument_id", "edition_year", "instrument_title",
      "instrument_provenance", "declared_maximum");

  private InstrumentTables() {}

  /**
   * Reads an instrument CSV file (delimiter detected, UTF-8 with or without BOM).
   *
   * @param file the file to read; problems name it
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readCsv(Path file) throws IOException {
    return TextStreams.readFile(file, (in, source) -> readCsv(in, source, CsvFormat.standard()));
  }

  /**
   * Reads instrument CSV from UTF-8 bytes; {@code source} names them in problems. Not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readCsv(InputStream in, String source, CsvFormat format) throws IOException {
    return Tables.readCsv(in, source, format, InstrumentTables::read);
  }

  /**
   * Reads instrument CSV text.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @return the instrument read
   */
  public static Instrument readCsv(String csv, String source) {
    return TextStreams.read(csv, source, (in, s) -> readCsv(in, s, CsvFormat.standard()));
  }

  /**
   * Reads the {@value #SHEET} sheet of an instrument workbook, after checking {@link XlsxLimits#DEFAULT}.
   *
   * @param file the file to read; problems name it
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readXlsx(Path file) throws IOException {
    return readXlsx(file, XlsxLimits.DEFAULT);
  }

  /**
   * Reads the {@value #SHEET} sheet of an instrument workbook, after checking the given limits.
   *
   * @param file the file to read; problems name it
   * @param limits the limits
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readXlsx(Path file, XlsxLimits limits) throws IOException {
    return Tables.readSheet(() -> XlsxTable.open(file, limits), SHEET, ProblemCollector.DEFAULT_CAP, InstrumentTables::read);
  }

  /**
   * Reads the {@value #SHEET} sheet of an instrument workbook from bytes (not closed; for standard input):
   * the bytes are copied once to a temporary file, at most {@link XlsxLimits#maxFileBytes()} of them, checked
   * against {@link XlsxLimits#DEFAULT} and read; the file is deleted afterwards.
   *
   * @param source names the bytes in problems, for example {@code -}
   * @param in the bytes, read to the end
   * @return the instrument read
   * @throws IOException when the input cannot be read
   * @since 0.1.0
   */
  public static Instrument readXlsx(InputStream in, String source) throws IOException {
    return Tables.readSheet(() -> XlsxTable.open(in, source, XlsxLimits.DEFAULT), SHEET, ProblemCollector.DEFAULT_CAP,
        InstrumentTables::read);
  }

  /**
   * Writes instrument CSV to a file atomically (comma, CRLF, UTF-8 without BOM).
   *
   * @param instrument the instrument written
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeCsv(Instrument instrument, Path file) throws IOException {
    List<List<Object>> rows = rows(instrument);
    Tables.writeCsv(rows, file);
  }

  /**
   * The instrument as CSV text.
   *
   * @param instrument the instrument written
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the CSV text
   */
  public static String toCsv(Instrument instrument, CsvFormat format) {
    return Tables.toCsv(rows(instrument), format);
  }

  /**
   * The instrument as a Markdown page, for people (not read back): a title, a summary line (edition,
   * indicators, maximum points, channel scopes), a table of criteria with their indicator counts, a table
   * of indicators (number, code, criterion, channel scope, weight, title, reconstructed fields) and the
   * provenance. Weights and the maximum print as whole numbers when they are whole.
   *
   * @param instrument the instrument written
   * @return the Markdown text
   * @since 0.1.0
   */
  public static String toMarkdown(Instrument instrument) {
    return InstrumentMarkdown.of(instrument);
  }

  /**
   * Writes an instrument workbook with one sheet, {@value #SHEET}, atomically.
   *
   * @param instrument the instrument written
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeXlsx(Instrument instrument, Path file) throws IOException {
    List<List<Object>> rows = rows(instrument);
    Tables.writeXlsx(rows, SHEET, file);
  }

  /** The table rows of an instrument: header, one row per criterion, one per indicator. */
  static List<List<Object>> rows(Instrument in) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(COLUMNS));
    boolean first = true;
    for (Criterion c : in.criteria()) {
      List<Object> r = blank();
      r.set(3, c.code());
      r.set(4, c.name());
      if (first) {
        meta(in, r);
        first = false;
      }
      rows.add(r);
    }
    for (Indicator i : in.indicators()) {
      List<Object> r = blank();
      r.set(0, i.code());
      r.set(1, i.title());
      r.set(2, i.description());
      r.set(3, i.criterion());
      r.set(5, i.channelScope().name());
      r.set(6, (Double) i.weight());
      StringBuilder tags = new StringBuilder();
      for (String tag : i.tags()) {
        if (tag.contains("|")) {
          throw new IllegalArgumentException("indicator " + i.code() + ": tag \"" + tag
              + "\" contains |, which separates tags in a table (use JSON)");
        }
        tags.append(tags.length() > 0 ? "|" : "").append(tag);
      }
      r.set(7, tags.toString());
      StringBuilder prov = new StringBuilder();
      for (FieldProvenance p : i.provenance()) {
        if (p.field().contains("|") || p.field().contains("\n") || p.field().contains("\r")
            || p.reason().contains("\n") || p.reason().contains("\r")) {
          throw new IllegalArgumentException("indicator " + i.code() + ": provenance of \"" + p.field()
              + "\" has a | in the field name or a line break, which a table cannot hold (use JSON)");
        }
        prov.append(prov.length() > 0 ? "\n" : "").append(p.field()).append('|').append(p.status().name())
            .append('|').append(p.reason());
      }
      r.set(8, prov.toString());
      if (first) {
        meta(in, r);
        first = false;
      }
      rows.add(r);
    }
    return rows;
  }

  private static List<Object> blank() {
    List<Object> r = new ArrayList<>();
    for (int k = 0; k < COLUMNS.size(); k++) {
      r.add("");
    }
    return r;
  }

  private static void meta(Instrument in, List<Object> r) {
    r.set(9, in.id());
    r.set(10, (Long) (long) in.editionYear());
    r.set(11, in.title());
    r.set(12, in.provenance());
    if (in.declaredMaximum().isPresent()) {
      r.set(13, (Double) in.declaredMaximum().getAsDouble());
    }
  }

  static Instrument read(Table t, ProblemCollector problems) throws IOException, Table.Fatal {
    Tables.Header h = Tables.header(t, COLUMNS, REQUIRED, "an instrument table", problems);
    if (h == null) {
      return null;
    }
    List<String> header = h.row();
    Map<String, Integer> cols = h.columns();
    Map<String, String> meta = null;
    Map<String, String> criteria = new LinkedHashMap<>();
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Problem.Builder> usedCriteria = new LinkedHashMap<>();
    List<String> row;
    while ((row = Tables.nextRow(t, header.size(), problems)) != null) {
      // instrument metadata: on the first row, blank or identical afterwards
      Map<String, String> m = new LinkedHashMap<>();
      for (String k : META) {
        m.put(k, Cells.text(row, cols, k));
      }
      if (meta == null) {
        meta = m;
      } else {
        for (String k : META) {
          String v = m.get(k);
          if (!v.isEmpty() && !v.equals(meta.get(k))) {
            problems.add(t.at(cols.get(k)).field(k).value(v).message("differs from \"" + meta.get(k)
                + "\" given on the first row (leave it blank below the first row)").build());
          }
        }
      }
      String code = Cells.text(row, cols, "code");
      String criterion = Cells.text(row, cols, "criterion");
      String criterionName = Cells.text(row, cols, "criterion_name");
      if (!criterionName.isEmpty()) {
        String known = criteria.get(criterion);
        if (known == null) {
          criteria.put(criterion, criterionName);
        } else if (!known.equals(criterionName)) {
          problems.add(t.at(cols.get("criterion_name")).field("criterion_name").value(criterionName)
              .message("differs from \"" + known + "\" declared for criterion " + criterion).build());
        }
      } else if (code.isEmpty()) {
        problems.add(t.at(cols.getOrDefault("criterion_name", 0)).field("criterion_name")
            .message("is required on a row that declares a criterion (a row with an empty code)").build());
      }
      if (code.isEmpty()) {
        for (String k : List.of("title", "description", "channel_scope", "weight", "tags", "provenance")) {
          if (!Cells.text(row, cols, k).isEmpty()) {
            problems.add(t.at(cols.get(k)).field(k).value(Cells.text(row, cols, k))
                .message("must be blank on a row that declares a criterion (a row with an empty code)").build());
          }
        }
        continue;
      }
      Indicator i = indicator(t, cols, row, code, criterion, problems);
      if (i != null) {
        indicators.add(i);
      }
      usedCriteria.putIfAbsent(criterion, t.at(cols.get("criterion")).indicator(code).field("criterion").value(criterion));
    }
    if (meta == null) {
      problems.add(t.atSource().message("has a header but no rows: an instrument needs at least one indicator").build());
      return null;
    }
    for (Map.Entry<String, Problem.Builder> u : usedCriteria.entrySet()) {
      if (!criteria.containsKey(u.getKey())) {
        problems.add(u.getValue().message("is not declared: give its criterion_name on this row or on a row"
            + " with an empty code").build());
      }
    }
    Problem.Builder first = t.atSource();
    String id = meta.get("instrument_id");
    String year = meta.get("edition_year");
    String title = meta.get("instrument_title");
    Integer editionYear = null;
    if (!year.matches("-?[0-9]{1,9}")) {
      problems.add(Problem.builder().from(first.message("x").build()).field("edition_year").value(year)
          .message("must be a whole number on the first row, for example 2024").build());
    } else {
      editionYear = Integer.parseInt(year);
    }
    Double max = null;
    if (!meta.get("declared_maximum").isEmpty()) {
      max = Numbers.parse(meta.get("declared_maximum"));
      if (max == null) {
        problems.add(Problem.builder().from(first.message("x").build()).field("declared_maximum")
            .value(meta.get("declared_maximum")).message("is not a number (use a dot as decimal separator)").build());
      }
    }
    if (!problems.isEmpty() || editionYear == null) {
      return null;
    }
    try {
      Instrument.Builder b = Instrument.builder().id(id).editionYear(editionYear).title(title)
          .provenance(meta.get("instrument_provenance")).indicators(indicators);
      criteria.forEach((c, n) -> b.addCriteria(Criterion.of(c, n)));
      if (max != null) {
        b.declaredMaximum(max);
      }
      return b.build();
    } catch (LosiValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.builder().from(p).source(first.message("x").build().source().orElse("")).build());
      }
      return null;
    }
  }

  private static Indicator indicator(Table t, Map<String, Integer> cols, List<String> row, String code,
      String criterion, ProblemCollector problems) {
    RowCells cells = new RowCells(t, cols, row, problems, code);
    ChannelScope scope = cells.constant("channel_scope", ChannelScope.values());
    Double weight = cells.number("weight", 1.0, "; blank means 1");
    Set<String> tags = new LinkedHashSet<>();
    String tagText = cells.text("tags");
    if (!tagText.isEmpty()) {
      for (String tag : tagText.split("\\|", -1)) {
        if (!tags.add(tag) || tag.isEmpty()) {
          cells.problem("tags", tagText,
              tag.isEmpty() ? "has an empty tag (tags are joined with |)" : "repeats the tag \"" + tag + "\"");
        }
      }
    }
    boolean ok = cells.ok();
    List<FieldProvenance> provenance = new ArrayList<>();
    String provText = cells.text("provenance");
    if (!provText.isEmpty()) {
      for (String entry : provText.split("\r?\n", -1)) {
        String[] parts = entry.split("\\|", 3);
        ProvenanceStatus status = parts.length == 3 ? Cells.named(ProvenanceStatus.values(), parts[1]) : null;
        if (status == null) {
          cells.problem("provenance", entry, "is not field|STATUS|reason with STATUS one of "
              + Arrays.toString(ProvenanceStatus.values()) + " (one entry per line)");
          ok = false;
          continue;
        }
        try {
          provenance.add(FieldProvenance.of(parts[0], status, parts[2]));
        } catch (LosiValidationException e) {
          Relocation.relocate(e, t.at(cols.get("provenance")).indicator(code), AssessmentColumns::columnFor, problems);
          ok = false;
        }
      }
    }
    if (!ok) {
      return null;
    }
    try {
      return Indicator.builder().code(code).title(Cells.text(row, cols, "title"))
          .description(Cells.text(row, cols, "description")).criterion(criterion).channelScope(scope)
          .weight(weight).tags(tags).provenance(provenance).build();
    } catch (LosiValidationException e) {
      Relocation.relocate(e, t.atRow().indicator(code), AssessmentColumns::columnFor, problems);
      return null;
    }
  }
}
