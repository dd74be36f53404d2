package dev.losi.report;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.plan.Plan;
import dev.losi.core.scoring.AdjustedScore;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.uncertainty.RankUncertainty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The city scorecard: one city's LOSI, level, ranks, sub-indices, adjustments, downgrades and indicators. */
final class ScorecardPage {

  private ScorecardPage() {}

  static Report render(StudyResults study, StudyResults.CityResult city, Optional<CityAgreement> agreement,
      Optional<Plan> plan, Optional<Map.Entry<RankUncertainty.Result, RankUncertainty.CityUncertainty>> interval,
      Labels l, ReportOptions options) {
    CityScore s = city.score();
    String name = Report.stem("scorecard-", city.id());
    Map<String, String> data = new LinkedHashMap<>();
    Page page = new Page(l, l.format("scorecard.title", s.city().name()), "scorecard");
    page.raw("<header><h1>" + Html.escape(l.get("scorecard.heading")) + " " + Html.name(s.city().name()) + "</h1>\n<p class=\"sub\">"
        + Html.escape(l.format("scorecard.subtitle", s.city().id(), s.city().country(), study.instrument.id(),
            Methods.view(l, options))) + "</p></header>\n");
    String size = city.rankInSizeClass().isPresent()
        ? l.format("rank.of", city.rankInSizeClass().getAsInt(), city.citiesInSizeClass()) + " ("
            + s.city().sizeClass().orElseThrow() + ")"
        : l.get("rank.noSizeClass");
    page.figures(l.get("figure.losi"), l.number(s.losi(), 4), l.get("figure.level"), l.level(s.level()),
        l.get("figure.ratingClass"), city.ratingClass().name(),
        l.get("figure.rank"), l.format("rank.of", city.rank(), study.cities.size()),
        l.format("figure.rankInCountry", s.city().country()), l.format("rank.of", city.rankInCountry(), city.citiesInCountry()),
        l.get("figure.rankInSizeClass"), size);
    page.p(l.format("scorecard.points", Methods.points(s.standard().points()), Methods.points(s.standard().maximum())));

    page.section("criteria", l.get("section.criteria"));
    ChartTable ct = new ChartTable("criteria", "criterion", "name", "city", "study_median", "study_best");
    List<Charts.Bar> bars = new ArrayList<>();
    for (String c : study.criteria) {
      double v = s.byCriterion().get(c).value();
      double med = study.medianByCriterion.get(c);
      double best = study.bestByCriterion.get(c);
      bars.add(new Charts.Bar(c + " " + Methods.criterionName(study.instrument, c), v, Palette.level(s.byCriterion().get(c).level()),
          l.number(v, 2), OptionalDouble.of(med), OptionalDouble.of(best)));
      ct.row(c, Methods.criterionName(study.instrument, c), v, med, best);
    }
    page.figure("chart-criteria", Charts.bars(l.get("section.criteria"), bars, 250, 1, 26, Methods.TICKS, Methods.tickLabels(l),
        l.get("chart.median"), l.get("chart.best")), l.format("caption.criteria", study.cities.size()));
    data.put(name + "-criteria.csv", ct.csv());
    page.endSection();

    page.section("channels", l.get("section.channels"));
    ChartTable ch = new ChartTable("channels", "channel_scope", "city");
    List<Charts.Bar> cb = new ArrayList<>();
    for (Map.Entry<ChannelScope, Score> e : s.byChannelScope().entrySet()) {
      double v = e.getValue().value();
      cb.add(new Charts.Bar(l.get("scope." + Labels.key(e.getKey())), v, Palette.level(e.getValue().level()), l.number(v, 2)));
      ch.row(e.getKey().name(), v);
    }
    page.figure("chart-channels", Charts.bars(l.get("section.channels"), cb, 250, 1, 26, Methods.TICKS, Methods.tickLabels(l), "", ""),
        l.get("caption.channels"));
    data.put(name + "-channels.csv", ch.csv());
    page.endSection();

    interval.ifPresent(e -> RankIntervalSection.render(page, e.getKey(), e.getValue(), l, name, data));
    adjustments(page, s, l);
    downgrades(page, study, s, l);
    indicators(page, study, city, l);
    plan.ifPresent(p -> PlanSection.render(page, study, p, l, name, data));
    agreement.filter(a -> a.assessorIds().size() > 1).ifPresent(a -> agreementSection(page, a, l));
    return new Report(name, page.end(), data);
  }

  private static void adjustments(Page page, CityScore s, Labels l) {
    page.section("adjusted", l.get("section.adjusted"));
    Optional<AdjustedScore> adj = s.adjusted();
    if (adj.isEmpty()) {
      page.p(l.get("adjusted.none")).endSection();
      return;
    }
    AdjustedScore a = adj.get();
    page.table("adjusted-vs-standard", List.of("", l.get("figure.losi"), l.get("figure.level")), List.of(
        List.of(Html.escape(l.get("adjusted.standard")), l.number(s.losi(), 4), Html.escape(l.level(s.level()))),
        List.of(Html.escape(l.get("adjusted.adjusted")), l.number(a.score().value(), 4), Html.escape(l.level(a.score().level())))), 1);
    List<List<String>> rows = new ArrayList<>();
    for (CountryAdjustment c : a.applied()) {
      rows.add(List.of(Html.escape(c.id()), Html.escape(l.get("kind." + Labels.key(c.kind()))),
          Html.escape(c.indicator().orElse("")),
          Html.escape(c.acceptedChannels().stream().map(x -> l.get("channel." + Labels.key(x))).sorted().collect(Collectors.joining(", "))),
          Html.escape(c.rationale()), Html.escape(c.decidedBy() + ", " + c.decidedOn())));
    }
    page.table("adjustments", List.of(l.get("adjustment.id"), l.get("adjustment.kind"), l.get("adjustment.indicator"),
        l.get("adjustment.channels"), l.get("adjustment.rationale"), l.get("adjustment.decided")), rows);
    page.p(l.get("adjusted.note"));
    page.endSection();
  }

  private static void downgrades(Page page, StudyResults study, CityScore s, Labels l) {
    page.section("downgrades", l.get("section.downgrades"));
    if (s.downgrades().isEmpty()) {
      page.p(l.get("downgrades.none")).endSection();
      return;
    }
    StringBuilder sb = new StringBuilder("<ul>\n");
    for (ChannelDowngrade d : s.downgrades()) {
      String title = study.instrument.indicator(d.indicator()).map(Indicator::title).orElse("");
      String channels = d.channels().stream().sorted().map(c -> l.get("channel.on." + Labels.key(c)))
          .collect(Collectors.joining(l.get("list.or")));
      sb.append("<li><b>").append(Html.escape(d.indicator())).append("</b> ").append(Html.escape(title)).append(": ")
          .append(Html.escape(l.format("downgrade.advice", channels)));
      d.acceptedBy().ifPresent(id -> sb.append(" ").append(Html.escape(l.format("downgrade.accepted", id))));
      sb.append("</li>\n");
    }
    page.raw(sb + "</ul>\n").endSection();
  }

  private static void indicators(Page page, StudyResults study, StudyResults.CityResult city, Labels l) {
    page.section("indicators", l.get("section.indicators"));
    java.util.Set<String> down = city.score().downgrades().stream().map(ChannelDowngrade::indicator).collect(Collectors.toSet());
    for (String c : study.criteria) {
      List<Indicator> inds = study.instrument.indicatorsOf(c);
      StringBuilder met = new StringBuilder();
      StringBuilder not = new StringBuilder();
      int m = 0;
      for (Indicator ind : inds) {
        String item = "<li><b>" + Html.escape(ind.code()) + "</b> " + Html.escape(ind.title());
        if (city.met().contains(ind.code())) {
          met.append(item).append("</li>");
          m++;
        } else {
          Answer a = city.assessment().answer(ind.code());
          String why = down.contains(ind.code()) ? l.get("answer.offPortal") : l.get("answer." + Labels.key(a));
          not.append(item).append(" <i>(").append(Html.escape(why)).append(")</i></li>");
        }
      }
      page.raw("<h3>" + Html.escape(l.format("indicators.criterion", c, Methods.criterionName(study.instrument, c), m, inds.size()))
          + "</h3>\n<div class=\"cols\"><div><b>" + Html.escape(l.get("indicators.met")) + "</b><ul>" + met
          + "</ul></div><div><b>" + Html.escape(l.get("indicators.notMet")) + "</b><ul>" + not + "</ul></div></div>\n");
    }
    page.endSection();
  }

  private static void agreementSection(Page page, CityAgreement a, Labels l) {
    page.section("agreement", l.get("section.agreement"));
    page.p(l.format("agreement.city", String.join(", ", a.assessorIds()), a.itemsDisagreeing(), a.itemsCompared(),
        a.rawDisagreement().isPresent() ? l.percent1(a.rawDisagreement().getAsDouble()) : "—"));
    page.p(a.alert() ? l.get("agreement.alert") : l.get("agreement.ok"));
    page.endSection();
  }
}
