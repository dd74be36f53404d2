package dev.losi.report;

import dev.losi.core.level.Level;
import dev.losi.core.mapping.LevelTransitionMatrix;
import dev.losi.core.mapping.LongitudinalReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The study report's level transition matrices between two editions, from core's
 * {@link LongitudinalReport}: the official levels (each edition's own LOSI, not comparable across
 * editions) and the levels of the common-core score (comparable), each as a chart with the count of every
 * cell in text and its data as CSV. Nothing is recomputed here.
 */
final class TransitionSection {

  private TransitionSection() {}

  static void render(Page page, LongitudinalReport r, Labels l, Map<String, String> data) {
    page.section("transitions", l.get("section.transitions"));
    String from = r.mapping().from().id();
    String to = r.mapping().to().id();
    page.p(l.format("transitions.note", from, Methods.points(r.mapping().from().maximumPoints()), to,
        Methods.points(r.mapping().to().maximumPoints()), r.core().size()));
    page.p(l.format("transitions.cities", r.cities().size(), from, to, r.onlyBefore().size(), r.onlyAfter().size()));
    matrix(page, "official", r.officialTransitions(), from, to, l, data);
    matrix(page, "core", r.coreTransitions(), from, to, l, data);
    page.endSection();
  }

  private static void matrix(Page page, String kind, LevelTransitionMatrix m, String from, String to, Labels l,
      Map<String, String> data) {
    Level[] levels = Level.values();
    List<String> names = new ArrayList<>();
    int[][] counts = new int[levels.length][levels.length];
    ChartTable t = new ChartTable("transitions-" + kind, "level_before", "level_after", "cities");
    for (Level b : levels) {
      names.add(l.level(b));
      for (Level a : levels) {
        counts[b.ordinal()][a.ordinal()] = m.count(b, a);
        t.row(b.name(), a.name(), m.count(b, a));
      }
    }
    data.put("study-transitions-" + kind + ".csv", t.csv());
    String title = l.get("transitions." + kind);
    page.figure("chart-transitions-" + kind, Charts.matrix(title, names, counts, l.format("transitions.rows", from),
        l.format("transitions.columns", to)), l.format("caption.transitions", title, m.total(), m.unchanged(), m.movedUp(),
        m.movedDown()));
  }
}
