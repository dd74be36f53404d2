package dev.losi.report;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.level.Level;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.GroupAgreement;
import dev.losi.stats.study.OsiLosiStudyResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The study (pilot) report: key figures, levels, ranking, heat map, uptake, agreement, the improvement plans
 * across cities (when plans are given), OSI-LOSI, methods.
 */
final class StudyPage {

  private StudyPage() {}

  /** How many indicators the weakest and strongest tables list. */
  static final int EXTREMES = 5;

  static Report render(StudyResults study, Optional<AssessmentReview> review, Optional<OsiLosiStudyResult> osi,
      Optional<LongitudinalReport> editions, Optional<PlanOverview> plans, MissingAnswerPolicy policy,
      List<CountryAdjustment> adjustments, Labels l, ReportOptions o) {
    Map<String, String> data = new LinkedHashMap<>();
    Page page = new Page(l, l.get("study.title"), "study");
    page.raw("<header><h1>" + Html.escape(l.get("study.title")) + "</h1>\n<p class=\"sub\">"
        + Html.escape(l.format("study.subtitle", study.instrument.id(), study.cities.size(), countries(study)))
        + "</p></header>\n");
    keyFigures(page, study, l);
    page.section("levels", l.get("section.levels"));
    page.figure("chart-levels", levelChart(study, l, data, "study"), l.get("caption.levels"));
    page.endSection();
    ranking(page, study, l);
    heatMap(page, study, l, data);
    uptake(page, study, l, data);
    agreement(page, review, l);
    plans.ifPresent(p -> p.render(page, l, data));
    osi.ifPresent(r -> OsiSection.render(page, r, l, data));
    editions.ifPresent(e -> TransitionSection.render(page, e, l, data));
    Methods.section(page, study, policy, adjustments, l, o);
    return new Report("study", page.end(), data);
  }

  static int countries(StudyResults study) {
    return (int) study.cities.stream().map(c -> c.score().city().country()).distinct().count();
  }

  /** Key figures: cities, countries, median LOSI, highest LOSI, cities at high or very high. */
  static void keyFigures(Page page, StudyResults study, Labels l) {
    double[] v = StudyResults.sorted(study.cities.stream().mapToDouble(c -> c.score().losi()).toArray());
    long atLeastHigh = study.cities.stream().filter(c -> c.score().level().compareTo(Level.HIGH) <= 0).count();
    StudyResults.CityResult best = study.cities.get(0);
    page.figures(l.get("figure.cities"), Integer.toString(study.cities.size()), l.get("figure.countries"),
        Integer.toString(countries(study)), l.get("figure.median"), l.number(StudyResults.median(v), 4),
        l.format("figure.highest", best.name()), l.number(best.score().losi(), 4),
        l.get("figure.atLeastHigh"), atLeastHigh + " (" + l.percent((double) atLeastHigh / v.length) + ")");
  }

  /** The level distribution chart; its data goes into {@code data} as {@code <prefix>-levels.csv}. */
  static String levelChart(StudyResults study, Labels l, Map<String, String> data, String prefix) {
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (Level lv : Level.values()) {
      counts.put(lv, 0);
    }
    study.cities.forEach(c -> counts.merge(c.score().level(), 1, Integer::sum));
    int n = study.cities.size();
    ChartTable t = new ChartTable("levels", "level", "cities", "share");
    List<Charts.Bar> bars = new ArrayList<>();
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    for (Level lv : Level.values()) {
      int k = counts.get(lv);
      bars.add(new Charts.Bar(l.level(lv), k, Palette.level(lv), k + " (" + l.percent((double) k / n) + ")"));
      t.row(lv.name(), k, (double) k / n);
    }
    data.put(prefix + "-levels.csv", t.csv());
    int top = Math.max(1, max);
    return Charts.bars(l.get("section.levels"), bars, top, 28, new double[] {0, top}, new String[] {"0", Integer.toString(top)},
        "", "");
  }

  private static void ranking(Page page, StudyResults study, Labels l) {
    page.section("ranking", l.get("section.ranking"));
    boolean adj = study.cities.stream().anyMatch(c -> c.score().adjusted().isPresent());
    List<String> header = new ArrayList<>(List.of(l.get("col.rank"), l.get("col.city"), l.get("col.country"),
        l.get("figure.losi"), l.get("figure.level"), l.get("col.class"), l.get("col.inCountry")));
    if (adj) {
      header.add(l.get("adjusted.adjusted"));
    }
    header.add(l.get("col.downgrades"));
    List<List<String>> rows = new ArrayList<>();
    for (StudyResults.CityResult c : study.cities) {
      List<String> r = new ArrayList<>(List.of(Integer.toString(c.rank()), Html.name(c.name()),
          Html.escape(c.score().city().country()), l.number(c.score().losi(), 4),
          "<span class=\"swatch\" style=\"background:" + Palette.level(c.score().level()) + "\"></span>"
              + Html.escape(l.level(c.score().level())),
          c.ratingClass().name(), Integer.toString(c.rankInCountry())));
      if (adj) {
        r.add(c.score().adjusted().map(a -> l.number(a.score().value(), 4)).orElse(""));
      }
      r.add(Integer.toString(c.score().downgrades().size()));
      rows.add(r);
    }
    page.table("ranking-table", header, rows, adj ? new int[] {0, 3, 6, 7, 8} : new int[] {0, 3, 6, 7});
    page.endSection();
  }

  private static void heatMap(Page page, StudyResults study, Labels l, Map<String, String> data) {
    page.section("heatmap", l.get("section.heatmap"));
    List<String> header = new ArrayList<>(List.of("city_id", "city"));
    header.addAll(study.criteria);
    ChartTable t = new ChartTable("heatmap", header.toArray(new String[0]));
    double[][] v = new double[study.cities.size()][study.criteria.size()];
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < study.cities.size(); i++) {
      StudyResults.CityResult c = study.cities.get(i);
      rows.add(c.name());
      List<Object> cells = new ArrayList<>(List.of(c.id(), c.name()));
      for (int j = 0; j < study.criteria.size(); j++) {
        v[i][j] = c.score().byCriterion().get(study.criteria.get(j)).value();
        cells.add(v[i][j]);
      }
      t.row(cells.toArray());
    }
    data.put("study-heatmap.csv", t.csv());
    page.figure("chart-heatmap", Charts.heatMap(l.get("section.heatmap"), rows, study.criteria, v, x -> l.number(x, 2)),
        l.get("caption.heatmap"));
    page.endSection();
  }

  private static void uptake(Page page, StudyResults study, Labels l, Map<String, String> data) {
    page.section("uptake", l.get("section.uptake"));
    ChartTable t = new ChartTable("uptake", "indicator", "title", "criterion", "cities_meeting", "cities", "share");
    List<Charts.Bar> bars = new ArrayList<>();
    for (StudyResults.Uptake u : study.uptake) {
      bars.add(new Charts.Bar(u.indicator().code() + " " + shorten(u.indicator().title(), 34), u.share(), "#0072B2",
          l.percent(u.share())));
      t.row(u.indicator().code(), u.indicator().title(), u.indicator().criterion(), u.met(), u.cities(), u.share());
    }
    data.put("study-uptake.csv", t.csv());
    page.figure("chart-uptake", Charts.bars(l.get("section.uptake"), bars, 1, 13, Methods.TICKS,
        new String[] {"0", "25%", "50%", "75%", "100%"}, "", ""), l.get("caption.uptake"));
    List<StudyResults.Uptake> up = study.uptake;
    int k = Math.min(EXTREMES, up.size());
    page.raw("<div class=\"cols\"><div><h3>" + Html.escape(l.get("uptake.strongest")) + "</h3>");
    extremes(page, up.subList(0, k), l, "strongest");
    page.raw("</div><div><h3>" + Html.escape(l.get("uptake.weakest")) + "</h3>");
    List<StudyResults.Uptake> weak = new ArrayList<>(up.subList(up.size() - k, up.size()));
    java.util.Collections.reverse(weak);
    extremes(page, weak, l, "weakest");
    page.raw("</div></div>\n");
    page.endSection();
  }

  private static void extremes(Page page, List<StudyResults.Uptake> list, Labels l, String id) {
    List<List<String>> rows = new ArrayList<>();
    for (StudyResults.Uptake u : list) {
      rows.add(List.of(Html.escape(u.indicator().code()), Html.escape(u.indicator().title()),
          Html.escape(l.format("rank.of", u.met(), u.cities()))));
    }
    page.table(id, List.of(l.get("col.indicator"), l.get("col.title"), l.get("col.met")), rows, 2);
  }

  static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static void agreement(Page page, Optional<AssessmentReview> review, Labels l) {
    page.section("agreement", l.get("section.agreement"));
    if (review.isEmpty() || review.get().byCity().stream().noneMatch(c -> c.assessorIds().size() > 1)) {
      page.p(l.get("agreement.none")).endSection();
      return;
    }
    AssessmentReview r = review.get();
    GroupAgreement all = r.overall();
    page.p(l.format("agreement.overall", all.itemsDisagreeing(), all.itemsCompared(),
        all.rawDisagreement().isPresent() ? l.percent1(all.rawDisagreement().getAsDouble()) : "—",
        l.percent(r.settings().alertThreshold())));
    List<CityAgreement> alerts = r.alerts();
    if (alerts.isEmpty()) {
      page.p(l.get("agreement.noneFlagged"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (CityAgreement a : alerts) {
        rows.add(List.of(Html.name(a.city().name()), Html.escape(String.join(", ", a.assessorIds())),
            Html.escape(l.format("rank.of", a.itemsDisagreeing(), a.itemsCompared())),
            a.rawDisagreement().isPresent() ? l.percent1(a.rawDisagreement().getAsDouble()) : "—"));
      }
      page.p(l.format("agreement.flagged", alerts.size()));
      page.table("agreement-flagged", List.of(l.get("col.city"), l.get("col.assessors"), l.get("col.disagreeing"),
          l.get("col.raw")), rows, 2, 3);
    }
    page.endSection();
  }
}
