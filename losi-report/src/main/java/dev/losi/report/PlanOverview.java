package dev.losi.report;

import dev.losi.core.level.Level;
import dev.losi.core.plan.Phase;
import dev.losi.core.plan.PhaseProjection;
import dev.losi.core.plan.Plan;
import dev.losi.core.plan.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The improvement plans of every city seen together ({@link dev.losi.core.plan.Planner#planAll}): for each
 * phase, in phase order, how many cities have changes in it, how many changes, and how many cities would be
 * at least one level above today's once that phase and the earlier ones are done. The study report shows it
 * as a section, the summary as a policy message. The numbers are the plans'; only counted here.
 *
 * <p>A city "moves up" after phase {@code p} when the level of its plan's projection after the last phase up
 * to {@code p} that has steps ({@link Plan#phases()} projects cumulatively) is above {@link Plan#current()}'s
 * level; a city with no step up to {@code p} stays at today's level.
 *
 * @param rows one row per phase, in phase order
 * @param planned cities with a plan
 * @param withChanges cities whose plan has changes
 * @param atTarget cities at or above their target already (no change to make)
 * @param unreachable cities that even every change does not bring to the target
 * @param commonTarget the target level when every plan has the same one and it is not each city's next level;
 *     else empty
 */
record PlanOverview(List<PhaseRow> rows, int planned, int withChanges, int atTarget, int unreachable,
    Optional<Level> commonTarget) {

  /** One phase across the cities: cities with changes in it, its changes, cities up a level after it. */
  record PhaseRow(Phase phase, int cities, int changes, int up, List<String> upNames) {}

  /** The overview of these plans, cities in the study's order (best rank first). */
  static PlanOverview of(StudyResults study, Map<String, Plan> plans) {
    List<Plan> ordered = new ArrayList<>();
    for (StudyResults.CityResult c : study.cities) {
      Plan p = plans.get(c.id());
      if (p != null) {
        ordered.add(p);
      }
    }
    List<PhaseRow> rows = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      int cities = 0;
      int changes = 0;
      List<String> up = new ArrayList<>();
      for (Plan p : ordered) {
        Standing after = p.current();
        for (PhaseProjection pp : p.phases()) {
          if (pp.phase().compareTo(phase) <= 0) {
            after = pp.after();
          }
          if (pp.phase() == phase) {
            cities++;
            changes += pp.indicators().size();
          }
        }
        if (after.level().compareTo(p.current().level()) < 0) {
          up.add(study.city(p.city().id()).map(StudyResults.CityResult::name).orElse(p.city().name()));
        }
      }
      rows.add(new PhaseRow(phase, cities, changes, up.size(), List.copyOf(up)));
    }
    int withChanges = (int) ordered.stream().filter(p -> !p.steps().isEmpty()).count();
    int unreachable = (int) ordered.stream().filter(p -> !p.reachable()).count();
    int atTarget = (int) ordered.stream().filter(p -> p.steps().isEmpty() && p.reachable()).count();
    List<Level> targets = ordered.stream().map(Plan::target).distinct().toList();
    boolean nextUp = ordered.stream().allMatch(p -> p.target() == next(p.current().level()));
    Optional<Level> common = targets.size() == 1 && !nextUp ? Optional.of(targets.get(0)) : Optional.empty();
    return new PlanOverview(List.copyOf(rows), ordered.size(), withChanges, atTarget, unreachable, common);
  }

  /** The level above this one (very high stays very high). */
  private static Level next(Level level) {
    return level == Level.VERY_HIGH ? level : Level.values()[level.ordinal() - 1];
  }

  /** The row of a phase. */
  PhaseRow row(Phase phase) {
    return rows.get(phase.ordinal());
  }

  /** The target in words: the common level, or each city's next level up. */
  String target(Labels l) {
    return commonTarget.map(t -> l.format("plans.targetLevel", l.level(t))).orElse(l.get("plans.targetNext"));
  }

  /** The study report's section: the counts and a table of the phases, its data as {@code study-plans.csv}. */
  void render(Page page, Labels l, Map<String, String> data) {
    page.section("plans", l.get("section.plans"));
    page.p(l.format("plans.intro", withChanges, planned, target(l), atTarget, unreachable));
    ChartTable t = new ChartTable("plans", "phase", "cities_with_changes", "changes", "cities_up_a_level");
    List<List<String>> table = new ArrayList<>();
    for (PhaseRow r : rows) {
      t.row(r.phase().label(), r.cities(), r.changes(), r.up());
      table.add(List.of(Html.escape(l.get("phase." + Labels.key(r.phase()))), Integer.toString(r.cities()),
          Integer.toString(r.changes()), Integer.toString(r.up())));
    }
    data.put("study-plans.csv", t.csv());
    page.table("plans-phases", List.of(l.get("plan.phase"), l.get("plans.cities"), l.get("plan.changes"),
        l.get("plans.up")), table, 1, 2, 3);
    page.p(l.get("plans.rule"));
    page.endSection();
  }
}
