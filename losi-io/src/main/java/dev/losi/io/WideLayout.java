package dev.losi.io;

import static dev.losi.io.AssessmentColumns.SUFFIX_CHANNEL;
import static dev.losi.io.AssessmentColumns.SUFFIX_NOTE;
import static dev.losi.io.AssessmentColumns.SUFFIX_URL;
import static dev.losi.io.AssessmentColumns.WIDE_META;
import static dev.losi.io.AssessmentColumns.WIDE_REQUIRED;

import dev.losi.core.Answer;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The wide assessment layout: one row per city and assessor, one column per indicator code. */
final class WideLayout {

  private WideLayout() {}

  /** The message for a table without a header. */
  static String emptyMessage() {
    return "is empty: expected a header line with the columns " + String.join(",", WIDE_REQUIRED)
        + " and one column per indicator code";
  }

  /** The columns of one indicator in a wide header: value, and the evidence columns or -1. */
  private record IndicatorColumns(String code, int value, int channel, int url, int note) {}

  /** Reads the rows after {@code headerRow}; see {@link LongLayout#read}. */
  static void read(Table t, List<String> headerRow, IndicatorCodes codes, AssessmentCells cells,
      ProblemCollector problems) throws IOException, Table.Fatal {
    Map<String, Integer> cols = Cells.header(t, headerRow, problems);
    boolean headerOk = Tables.requireColumns(t, cols, WIDE_REQUIRED, problems);
    Map<String, int[]> byCode = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> c : cols.entrySet()) {
      String name = c.getKey();
      if (WIDE_META.contains(name)) {
        continue;
      }
      String code = name;
      int slot = 0;
      if (name.endsWith(SUFFIX_CHANNEL)) {
        code = name.substring(0, name.length() - SUFFIX_CHANNEL.length());
        slot = 1;
      } else if (name.endsWith(SUFFIX_URL)) {
        code = name.substring(0, name.length() - SUFFIX_URL.length());
        slot = 2;
      } else if (name.endsWith(SUFFIX_NOTE)) {
        code = name.substring(0, name.length() - SUFFIX_NOTE.length());
        slot = 3;
      }
      if (!codes.has(code)) {
        problems.add(t.at(c.getValue()).field("header").value(name).message("is neither a column of the wide layout "
            + WIDE_META + " nor " + codes.columnsNamed()
            + " (optionally followed by " + SUFFIX_CHANNEL + ", " + SUFFIX_URL + " or " + SUFFIX_NOTE + ")").build());
        headerOk = false;
        continue;
      }
      byCode.computeIfAbsent(code, k -> new int[] {-1, -1, -1, -1})[slot] = c.getValue();
    }
    List<IndicatorColumns> indicators = new ArrayList<>();
    for (Map.Entry<String, int[]> e : byCode.entrySet()) {
      int[] s = e.getValue();
      if (s[0] < 0) {
        problems.add(t.atRow().field("header").value(e.getKey())
            .message("has evidence columns but no value column " + e.getKey()).build());
        headerOk = false;
      }
      indicators.add(new IndicatorColumns(e.getKey(), s[0], s[1], s[2], s[3]));
    }
    if (!headerOk) {
      return;
    }
    // instrument order (local indicators last), so that responses come out in questionnaire order
    indicators.sort((a, b) -> Integer.compare(codes.indexOf(a.code()), codes.indexOf(b.code())));
    List<String> row;
    while ((row = Tables.nextRow(t, headerRow.size(), problems)) != null) {
      AssessmentCells.RowCheck r = cells.row(t, cols, row);
      r.instrument();
      Optional<LocalDate> date = r.date();
      List<Response> responses = new ArrayList<>(indicators.size());
      for (IndicatorColumns w : indicators) {
        Answer answer = r.answer(w.value(), Cells.cell(row, w.value()), w.code());
        Optional<Evidence> evidence = r.evidence(new AssessmentCells.EvidenceCells(
            w.channel() < 0 ? w.value() : w.channel(), w.code() + SUFFIX_CHANNEL, Cells.cell(row, w.channel()),
            Cells.cell(row, w.url()), Cells.cell(row, w.note())), w.code());
        if (answer == null || evidence == null) {
          continue;
        }
        Response.Builder b = Response.builder().indicator(w.code()).answer(answer);
        evidence.ifPresent(b::evidence);
        responses.add(b.build());
      }
      City city = r.city();
      if (!r.ok() || city == null) {
        continue;
      }
      for (Response resp : responses) {
        r.accept(city, date, resp);
      }
    }
  }
}
