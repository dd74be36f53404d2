package dev.losi.io.mapping;

import dev.losi.core.NumberText;
import dev.losi.core.mapping.CityChange;
import dev.losi.core.mapping.CommonCore;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.Score;
import dev.losi.io.internal.CsvWriter;
import dev.losi.io.internal.FormulaGuard;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The city table of a longitudinal report, written by {@link MappingCsv#write(LongitudinalReport, OutputStream)}. */
final class LongitudinalReportCsv {

  static final List<String> HEADER = List.of("city_id", "name", "country", "core_size", "core_before_present",
      "core_before_value", "core_after_present", "core_after_value", "core_change_in_indicators", "core_change",
      "gained", "lost", "official_before_points", "official_before_value", "level_before", "official_after_points",
      "official_after_value", "level_after");

  private LongitudinalReportCsv() {}

  static void write(LongitudinalReport report, OutputStream out) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CsvWriter csv = new CsvWriter(w, ',', "\n");
    csv.record(HEADER);
    for (CityChange c : report.cities()) {
      Score before = c.officialBefore().standard();
      Score after = c.officialAfter().standard();
      csv.record(List.of(text(c.city().id()), text(c.city().name()), text(c.city().country()),
          Integer.toString(c.coreAfter().size()), Integer.toString(c.coreBefore().present()),
          NumberText.of(c.coreBefore().value()), Integer.toString(c.coreAfter().present()),
          NumberText.of(c.coreAfter().value()), Integer.toString(c.coreChangeInIndicators()),
          NumberText.of(c.coreChange()), codes(c.gained()), codes(c.lost()), NumberText.of(before.points()),
          NumberText.of(before.value()), c.levelBefore().name(), NumberText.of(after.points()),
          NumberText.of(after.value()), c.levelAfter().name()));
    }
    w.flush();
  }

  /** The later edition's codes of the pairs, space-separated. */
  private static String codes(List<CommonCore.Pair> pairs) {
    return text(pairs.stream().map(CommonCore.Pair::toCode).collect(Collectors.joining(" ")));
  }

  private static String text(String s) {
    return FormulaGuard.neutralise(s);
  }
}
