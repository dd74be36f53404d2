package dev.losi.io;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The results workbook of {@link ResultsExport#writeXlsx(OutputStream)}: sheets {@code results} (the
 * {@link ResultTable}), {@code downgrades}, {@code adjustments} and the {@link Codebook}.
 */
final class ResultsWorkbook {

  private ResultsWorkbook() {}

  /** Writes the workbook of {@code scores}, whose results table is {@code table}, to {@code out} (not closed). */
  static void write(List<CityScore> scores, List<List<Object>> table, Codebook.Description description,
      OutputStream out) throws IOException {
    try (XlsxOut x = new XlsxOut(out)) {
      x.sheet("results");
      table.forEach(x::row);
      x.sheet("downgrades");
      x.row(List.of("city_id", "assessor", "indicator", "channels", "accepted_by"));
      for (CityScore s : scores) {
        for (ChannelDowngrade d : s.downgrades()) {
          List<String> ch = new ArrayList<>();
          d.channels().forEach(c -> ch.add(c.name()));
          x.row(List.of(s.city().id(), s.assessorId(), d.indicator(), String.join("|", ch), d.acceptedBy().orElse("")));
        }
      }
      x.sheet("adjustments");
      x.row(List.of("city_id", "assessor", "adjustment", "kind", "indicator", "rationale", "decided_by", "decided_on"));
      for (CityScore s : scores) {
        if (s.adjusted().isPresent()) {
          for (CountryAdjustment a : s.adjusted().get().applied()) {
            x.row(List.of(s.city().id(), s.assessorId(), a.id(), a.kind().name(),
                a.indicator().orElse(a.localIndicator().map(i -> i.code()).orElse("")), a.rationale(), a.decidedBy(),
                a.decidedOn().toString()));
          }
        }
      }
      x.sheet("codebook");
      Codebook.rows(description, scores, table.get(0)).forEach(x::row);
    }
  }
}
