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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an instrument table for {@link InstrumentTables}' CSV and XLSX readers: checks the header, the
 * instrument's own cells (on the first row, blank or identical below), the criterion rows (a row with an
 * empty {@code code}) and every indicator row, and collects every problem at its row and cell. Stateless
 * and thread-safe.
 */
final class InstrumentTableReader {

  private static final List<String> META = List.of("instrument_id", "edition_year", "instrument_title",
      "instrument_provenance", "declared_maximum");

  private InstrumentTableReader() {}

  /**
   * Reads an instrument table.
   *
   * @param t the table, its header not yet read
   * @param problems collects every problem, each at its row and cell
   * @return the instrument, or {@code null} when a problem was collected
   * @throws IOException when the input cannot be read
   * @throws Table.Fatal when the input cannot be read further
   */
  static Instrument read(Table t, ProblemCollector problems) throws IOException, Table.Fatal {
    Tables.Header h = Tables.header(t, InstrumentTables.COLUMNS, InstrumentTables.REQUIRED, "an instrument table", problems);
    if (h == null) {
      return null;
    }
    List<String> header = h.row();
    Map<String, Integer> cols = h.columns();
    Map<String, String> meta = null;
    // where each instrument cell of the first row is, for its problems: file, line and column
    Map<String, Problem> firstRow = new LinkedHashMap<>();
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
        for (String k : META) {
          if (cols.containsKey(k)) {
            firstRow.put(k, t.at(cols.get(k)).field(k).message("x").build());
          }
        }
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
      problems.add(Problem.builder().from(firstRow.get("edition_year")).value(year)
          .message("must be a whole number on the first row, for example 2024").build());
    } else {
      editionYear = Integer.parseInt(year);
    }
    Double max = null;
    String maxText = meta.get("declared_maximum");
    if (!maxText.isEmpty()) {
      max = Numbers.parse(maxText);
      if (max == null) {
        problems.add(Problem.builder().from(firstRow.get("declared_maximum")).value(maxText)
            .message(maxText.length() <= Numbers.MAX_NUMBER_CHARS && Numbers.isDecimal(maxText) ? Numbers.OUT_OF_RANGE
                : "is not a number; expected the instrument's maximum points on the first row, a number > 0 with a"
                    + " dot as decimal separator, for example 95 (blank means the sum of the weights)").build());
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
        problems.add(p.field().filter("declaredMaximum"::equals).isPresent()
            // the model names the field and the value as it parsed it (95.0): the problem names the cell and its text
            ? Problem.builder().from(firstRow.get("declared_maximum")).value(maxText).message(p.message()).build()
            : Problem.builder().from(p).source(first.message("x").build().source().orElse("")).build());
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
