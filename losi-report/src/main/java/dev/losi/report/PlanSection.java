package dev.losi.report;

import dev.losi.core.Indicator;
import dev.losi.core.plan.PhaseProjection;
import dev.losi.core.plan.Plan;
import dev.losi.core.plan.PlanStep;
import dev.losi.core.plan.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's improvement plan ({@link dev.losi.core.plan.Planner}): where the city stands, the points
 * it needs for the target level, the phases with the projected LOSI and level after each (a chart and a
 * table), and the steps in plan order. The numbers are the plan's; nothing is recomputed here.
 */
final class PlanSection {

  private PlanSection() {}

  static void render(Page page, StudyResults study, Plan plan, Labels l, String stem, Map<String, String> data) {
    page.section("plan", l.get("section.plan"));
    Standing now = plan.current();
    page.p(l.format("plan.standing", points(now.points()), points(now.maximum()), l.number(now.score(), 4),
        l.level(now.level()), l.level(plan.target())));
    if (plan.adjusted()) {
      page.p(l.get("plan.adjusted"));
    }
    if (plan.steps().isEmpty() && plan.reachable()) {
      page.p(l.format("plan.atTarget", l.level(plan.target()))).endSection();
      return;
    }
    page.p(plan.reachable()
        ? l.format("plan.needed", points(plan.pointsNeeded()), l.level(plan.target()), plan.steps().size(), plan.phases().size())
        : l.format("plan.unreachable", l.level(plan.target()), plan.steps().size()));

    ChartTable t = new ChartTable("plan", "stage", "changes", "points", "maximum", "losi", "level");
    List<Charts.Bar> bars = new ArrayList<>();
    bars.add(bar(l.get("plan.today"), now, l));
    t.row("today", 0, now.points().doubleValue(), now.maximum().doubleValue(), now.score(), now.level().name());
    List<List<String>> rows = new ArrayList<>();
    int done = 0;
    for (PhaseProjection p : plan.phases()) {
      String phase = l.get("phase." + Labels.key(p.phase()));
      Standing after = p.after();
      done += p.indicators().size();
      bars.add(bar(l.format("plan.after", phase), after, l));
      t.row(p.phase().label(), done, after.points().doubleValue(), after.maximum().doubleValue(), after.score(),
          after.level().name());
      rows.add(List.of(Html.escape(phase), Html.escape(String.join(", ", p.indicators())), points(after.points()),
          l.number(after.score(), 4), Html.escape(l.level(after.level()))));
    }
    data.put(stem + "-plan.csv", t.csv());
    page.figure("chart-plan", Charts.bars(l.get("chart.plan"), bars, 1, 26, Methods.TICKS, Methods.tickLabels(l), "", ""),
        l.get("caption.plan"));
    page.table("plan-phases", List.of(l.get("plan.phase"), l.get("plan.changes"), l.get("plan.pointsAfter"),
        l.get("plan.losiAfter"), l.get("plan.levelAfter")), rows, 2, 3);

    List<List<String>> steps = new ArrayList<>();
    int k = 0;
    for (PlanStep s : plan.steps()) {
      String title = study.instrument.indicator(s.indicator()).map(Indicator::title).orElse("");
      String fix = l.get("gap." + Labels.key(s.gap())) + s.note().map(n -> " (" + n + ")").orElse("");
      steps.add(List.of(Integer.toString(++k), Html.escape(s.indicator()), Html.escape(title), Html.escape(fix),
          Html.escape(l.get("effort." + Labels.key(s.effort()))), points(s.points()),
          s.uptake().map(u -> l.percent(u.doubleValue())).orElse("—"),
          Html.escape(l.get("phase." + Labels.key(s.phase())))));
    }
    page.table("plan-steps", List.of("#", l.get("col.indicator"), l.get("col.title"), l.get("plan.fix"),
        l.get("plan.effort"), l.get("plan.points"), l.get("plan.uptake"), l.get("plan.phase")), steps, 0, 5, 6);
    page.p(l.get("plan.rule"));
    page.endSection();
  }

  private static Charts.Bar bar(String label, Standing s, Labels l) {
    return new Charts.Bar(label, s.score(), Palette.level(s.level()), l.number(s.score(), 4) + " · " + l.level(s.level()));
  }

  /** Exact points without trailing zeros, e.g. {@code 57} or {@code 57.5}. */
  static String points(BigDecimal p) {
    BigDecimal s = p.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
