package dev.losi.report;

import dev.losi.stats.uncertainty.RankUncertainty;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scorecard's rank interval ({@link RankUncertainty}): the 90% interval of the city's rank over the
 * draws, its point and median rank, the draws and seed that produced it, and a chart on the axis of ranks.
 * When the interval is one rank wide the section says that it collapses to the point rank, and why it can
 * (one assessor, or assessors who agree).
 */
final class RankIntervalSection {

  private RankIntervalSection() {}

  static void render(Page page, RankUncertainty.Result r, RankUncertainty.CityUncertainty c, Labels l, String stem,
      Map<String, String> data) {
    page.section("rank-interval", l.get("section.rankInterval"));
    int n = r.cities().size();
    String sources = r.sources().stream().map(s -> l.get("source." + Labels.key(s))).collect(Collectors.joining(", "));
    String how = r.exact() ? l.format("interval.exact", r.combinations()) : l.format("interval.draws", r.draws(), r.seed());
    page.p(l.format("interval.method", Math.round(100 * RankUncertainty.INTERVAL), sources.isEmpty() ? l.get("source.none")
        : sources, how, l.number(c.pointScore(), 4), c.assessors()));
    boolean collapsed = c.rankLow() == c.rankHigh();
    String interval = l.format("interval.range", c.rankLow(), c.rankHigh(), n);
    page.p(collapsed ? l.format("interval.collapsed", c.pointRank(), n)
        + " " + (c.assessors() < 2 ? l.get("interval.oneAssessor") : l.get("interval.noMove")) : interval);
    ChartTable t = new ChartTable("rank-interval", "city_id", "assessors", "point_losi", "point_rank", "median_rank",
        "rank_low", "rank_high", "cities", "coverage", "draws", "seed", "sources");
    t.row(c.city().id(), c.assessors(), c.pointScore(), c.pointRank(), c.medianRank(), c.rankLow(), c.rankHigh(), n,
        RankUncertainty.INTERVAL, r.draws(), r.seed(), r.sources().stream().map(s -> s.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(";")));
    data.put(stem + "-rank-interval.csv", t.csv());
    page.figure("chart-rank-interval", Charts.rankInterval(l.get("section.rankInterval"), n, c.rankLow(), c.rankHigh(),
        c.pointRank(), c.medianRank(), collapsed ? l.format("interval.point", c.pointRank()) : interval,
        l.format("interval.pointRank", c.pointRank()), l.format("interval.medianRank", c.medianRank())),
        l.get("caption.rankInterval"));
    page.endSection();
  }
}
