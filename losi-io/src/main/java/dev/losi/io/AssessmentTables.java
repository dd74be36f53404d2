package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.FormulaGuard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reading an assessments table (CSV file or XLSX sheet) in one pass: the header row is read once, the
 * layout recognised from it when {@link AssessmentLayout#AUTO}, and the rows handed to
 * {@link LongLayout} or {@link WideLayout}; and grouping the rows read into assessments.
 */
final class AssessmentTables {

  private AssessmentTables() {}

  /** The layout a header row stands for: long when it has an {@code indicator} or {@code value} column. */
  static AssessmentLayout detect(List<String> header) {
    for (String h : header) {
      String name = FormulaGuard.restore(h).strip();
      if (name.equals(AssessmentColumns.INDICATOR) || name.equals(AssessmentColumns.VALUE)) {
        return AssessmentLayout.LONG;
      }
    }
    return AssessmentLayout.WIDE;
  }

  /**
   * A reader of the table that hands each valid row to {@code sink} and returns how many it handed
   * over (the CSV and XLSX assessment readers share it).
   */
  static Tables.Reader<Long> counting(IndicatorCodes codes, AssessmentLayout layout, Consumer<AssessmentRow> sink) {
    return (table, problems) -> {
      long[] count = {0};
      AssessmentCells cells = new AssessmentCells(codes, problems, r -> {
        count[0]++;
        sink.accept(r);
      });
      read(table, codes, layout, cells, problems);
      return count[0];
    };
  }

  private static void read(Table t, IndicatorCodes codes, AssessmentLayout layout, AssessmentCells cells,
      ProblemCollector problems) throws java.io.IOException, Table.Fatal {
    List<String> header = t.next(problems::add);
    AssessmentLayout l = layout;
    if (l == AssessmentLayout.AUTO) {
      l = header == null ? AssessmentLayout.LONG : detect(header);
    }
    if (header == null) {
      problems.add(t.atSource().message(l == AssessmentLayout.WIDE ? WideLayout.emptyMessage()
          : LongLayout.emptyMessage()).build());
      return;
    }
    if (l == AssessmentLayout.WIDE) {
      WideLayout.read(t, header, codes, cells, problems);
    } else {
      LongLayout.read(t, header, cells, problems);
    }
  }

  /** Groups streamed rows into assessments, keyed by city, assessor and date, in order of first appearance. */
  static final class Assembler implements Consumer<AssessmentRow> {
    private final Map<List<Object>, Assessment.Builder> groups = new LinkedHashMap<>();

    @Override
    public void accept(AssessmentRow row) {
      List<Object> key = Arrays.asList(row.city().id(), row.assessorId(), row.date().orElse(null));
      groups.computeIfAbsent(key, k -> {
        Assessment.Builder b = Assessment.builder().city(row.city()).instrumentId(row.instrumentId())
            .assessorId(row.assessorId());
        row.date().ifPresent(b::date);
        return b;
      }).addResponses(row.response());
    }

    List<Assessment> assessments() {
      List<Assessment> list = new ArrayList<>(groups.size());
      for (Assessment.Builder b : groups.values()) {
        list.add(b.build());
      }
      return List.copyOf(list);
    }
  }
}
