package dev.losi.io;

import static dev.losi.io.AssessmentColumns.EVIDENCE_CHANNEL;
import static dev.losi.io.AssessmentColumns.EVIDENCE_URL;
import static dev.losi.io.AssessmentColumns.INDICATOR;
import static dev.losi.io.AssessmentColumns.LONG_COLUMNS;
import static dev.losi.io.AssessmentColumns.LONG_REQUIRED;
import static dev.losi.io.AssessmentColumns.NOTE;
import static dev.losi.io.AssessmentColumns.VALUE;

import dev.losi.core.Answer;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The long assessment layout: one row per city, assessor and indicator. */
final class LongLayout {

  private LongLayout() {}

  /** The message for a table without a header. */
  static String emptyMessage() {
    return "is empty: expected a header line with the columns " + String.join(",", LONG_REQUIRED) + " (optional: "
        + String.join(",", LONG_COLUMNS.subList(6, LONG_COLUMNS.size())) + ")";
  }

  /**
   * Reads the rows after {@code headerRow}, handing each valid answer to {@code cells}; problems go to
   * {@code problems}. Returns normally even when problems were found; the caller throws.
   */
  static void read(Table t, List<String> headerRow, AssessmentCells cells, ProblemCollector problems)
      throws IOException, Table.Fatal {
    Map<String, Integer> cols = Cells.header(t, headerRow, problems);
    boolean headerOk = Tables.requireColumns(t, cols, LONG_REQUIRED, problems);
    headerOk &= Tables.rejectUnknownColumns(t, cols, LONG_COLUMNS, "the long layout", problems);
    if (!headerOk) {
      return;
    }
    List<String> row;
    while ((row = Tables.nextRow(t, headerRow.size(), problems)) != null) {
      AssessmentCells.RowCheck r = cells.row(t, cols, row);
      String code = r.text(INDICATOR);
      r.indicator(cols.get(INDICATOR), code);
      Answer answer = r.answer(cols.get(VALUE), r.text(VALUE), code);
      r.instrument();
      Optional<LocalDate> date = r.date();
      Optional<Evidence> evidence = r.evidence(new AssessmentCells.EvidenceCells(cols.getOrDefault(EVIDENCE_CHANNEL, 0),
          EVIDENCE_CHANNEL, r.text(EVIDENCE_CHANNEL), r.text(EVIDENCE_URL), r.text(NOTE)), code);
      City city = r.city();
      if (!r.ok() || city == null) {
        continue;
      }
      Response.Builder b = Response.builder().indicator(code).answer(answer);
      evidence.ifPresent(b::evidence);
      r.accept(city, date, b.build());
    }
  }
}
