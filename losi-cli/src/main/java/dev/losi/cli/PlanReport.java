package dev.losi.cli;

import dev.losi.cli.internal.Tabular;
import dev.losi.core.Instrument;
import dev.losi.core.plan.PhaseProjection;
import dev.losi.core.plan.Plan;
import dev.losi.io.plan.PlanExport;
import java.util.List;

/**
 * The terminal rendering of {@code losi plan}: a block per city with losi-io's {@link PlanExport#headline},
 * its step table aligned and the standing after each phase. JSON, CSV and Markdown are {@link PlanExport}'s.
 */
final class PlanReport {

  private PlanReport() {}

  /**
   * The text table rendering, one block per city; uptake shown with 2 decimals and the fix in short (JSON
   * and CSV keep both in full).
   */
  static String text(Instrument instrument, List<Plan> plans) {
    StringBuilder sb = new StringBuilder();
    sb.append("Instrument ").append(instrument.id()).append("; ").append(plans.size())
        .append(plans.size() == 1 ? " plan" : " plans").append("\n");
    for (Plan p : plans) {
      sb.append('\n').append(PlanExport.headline(p)).append('\n');
      if (!p.steps().isEmpty()) {
        Tabular t = new Tabular(PlanExport.STEP_COLUMNS).numeric(0, 6, 7);
        PlanExport.stepCells(p).forEach(t::add);
        sb.append(t.toText());
        for (PhaseProjection ph : p.phases()) {
          sb.append("after ").append(ph.phase().label()).append(": ").append(PlanExport.standing(ph.after()))
              .append('\n');
        }
      }
    }
    return sb.toString();
  }
}
