package dev.losi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Instrument;
import dev.losi.core.plan.PhaseProjection;
import dev.losi.core.plan.Plan;
import dev.losi.core.plan.PlanStep;
import dev.losi.core.plan.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The renderings of {@code losi plan}: text, Markdown, CSV and JSON. Formatting only, no computation. */
final class PlanReport {

  private static final List<String> STEP_COLUMNS = List.of("step", "indicator", "criterion", "gap", "effort", "phase",
      "points", "uptake", "fix", "note");
  private static final List<String> CSV_COLUMNS = List.of("city_id", "city_name", "country", "assessor", "basis",
      "points", "maximum", "score", "level", "rating_class", "target_level", "points_needed", "reachable", "step",
      "indicator", "criterion", "gap", "effort", "phase", "step_points", "uptake", "note", "score_after_phase",
      "level_after_phase", "projected_score", "projected_level");

  private final Instrument instrument;
  private final List<Plan> plans;

  PlanReport(Instrument instrument, List<Plan> plans) {
    this.instrument = instrument;
    this.plans = plans;
  }

  /** The JSON document: {@code {"instrument": id, "plans": [...]}}, keys as docs/cli.md fixes them. */
  ObjectNode json() {
    ObjectNode root = Output.json().createObjectNode();
    root.put("instrument", instrument.id());
    ArrayNode arr = root.putArray("plans");
    for (Plan p : plans) {
      ObjectNode o = arr.addObject();
      o.put("city_id", p.city().id());
      o.put("city_name", p.city().name());
      o.put("country", p.city().country());
      o.put("assessor", p.assessorId());
      o.put("basis", basis(p));
      standing(o, p.current());
      o.put("maximum", p.current().maximum());
      if (p.ratingClass().isPresent()) {
        o.put("rating_class", p.ratingClass().get().name());
      } else {
        o.putNull("rating_class");
      }
      o.put("target_level", p.target().name());
      o.put("points_needed", p.pointsNeeded());
      o.put("reachable", p.reachable());
      ArrayNode steps = o.putArray("steps");
      for (PlanStep s : p.steps()) {
        ObjectNode so = steps.addObject();
        so.put("indicator", s.indicator());
        so.put("criterion", s.criterion());
        so.put("gap", s.gap().name());
        so.put("fix", s.gap().fix());
        so.put("effort", s.effort().name());
        so.put("phase", s.phase().name());
        so.put("points", s.points());
        if (s.uptake().isPresent()) {
          so.put("uptake", s.uptake().get());
        } else {
          so.putNull("uptake");
        }
        if (s.note().isPresent()) {
          so.put("note", s.note().get());
        } else {
          so.putNull("note");
        }
      }
      ArrayNode phases = o.putArray("phases");
      for (PhaseProjection ph : p.phases()) {
        ObjectNode po = phases.addObject();
        po.put("phase", ph.phase().name());
        ArrayNode codes = po.putArray("indicators");
        ph.indicators().forEach(codes::add);
        standing(po, ph.after());
      }
      standing(o.putObject("projected"), p.projected());
    }
    return root;
  }

  private static void standing(ObjectNode o, Standing s) {
    o.put("points", s.points());
    o.put("score", s.score());
    o.put("level", s.level().name());
  }

  /** One CSV row per step (a city without steps gets one row with the step columns empty). */
  Tabular table() {
    Tabular t = new Tabular(CSV_COLUMNS).numeric(5, 6, 7, 11, 13, 19, 20, 22, 24);
    for (Plan p : plans) {
      List<String> city = List.of(p.city().id(), p.city().name(), p.city().country(), p.assessorId(), basis(p),
          plain(p.current().points()), plain(p.current().maximum()), Output.exact(p.current().score()),
          p.current().level().name(), p.ratingClass().map(Enum::name).orElse(""), p.target().name(),
          plain(p.pointsNeeded()), Boolean.toString(p.reachable()));
      List<String> end = List.of(Output.exact(p.projected().score()), p.projected().level().name());
      if (p.steps().isEmpty()) {
        t.add(concat(city, List.of("", "", "", "", "", "", "", "", "", "", ""), end));
      }
      int k = 0;
      for (PlanStep s : p.steps()) {
        Standing after = after(p, s);
        t.add(concat(city, List.of(Integer.toString(++k), s.indicator(), s.criterion(), s.gap().name(),
            s.effort().name(), s.phase().name(), plain(s.points()), s.uptake().map(PlanReport::plain).orElse(""),
            s.note().orElse(""), Output.exact(after.score()), after.level().name()), end));
      }
    }
    return t;
  }

  /**
   * The text table rendering, one block per city; uptake shown with 2 decimals and the fix in short (JSON
   * and CSV keep both in full).
   */
  String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("Instrument ").append(instrument.id()).append("; ").append(plans.size())
        .append(plans.size() == 1 ? " plan" : " plans").append("\n");
    for (Plan p : plans) {
      sb.append('\n').append(headline(p)).append('\n');
      if (!p.steps().isEmpty()) {
        sb.append(steps(p).toText());
        for (PhaseProjection ph : p.phases()) {
          sb.append("after ").append(ph.phase().label()).append(": ").append(standing(ph.after())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** The Markdown rendering: a section per city. */
  String markdown() {
    StringBuilder sb = new StringBuilder("# Improvement plans (").append(instrument.id()).append(")\n");
    for (Plan p : plans) {
      sb.append("\n## ").append(p.city().name()).append(" (").append(p.city().id()).append(", ")
          .append(p.city().country()).append(")\n\n").append(headline(p)).append("\n");
      if (!p.steps().isEmpty()) {
        sb.append('\n').append(steps(p).toMarkdown()).append('\n');
        for (PhaseProjection ph : p.phases()) {
          sb.append("- after ").append(ph.phase().label()).append(": ").append(standing(ph.after())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static String headline(Plan p) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.city().id()).append(" (").append(p.city().name()).append(", ").append(p.city().country())
        .append("), assessor ").append(p.assessorId()).append(": ").append(basis(p)).append(" LOSI ")
        .append(standing(p.current()));
    p.ratingClass().ifPresent(c -> sb.append(", class ").append(c.name()));
    sb.append("\ntarget ").append(p.target().label()).append(": ");
    if (p.steps().isEmpty()) {
      sb.append("reached already, nothing to do");
    } else {
      sb.append(plain(p.pointsNeeded())).append(" points needed, ").append(p.steps().size())
          .append(p.steps().size() == 1 ? " change" : " changes");
      if (!p.reachable()) {
        sb.append(" (every possible change; the target cannot be reached: projected ")
            .append(standing(p.projected())).append(')');
      }
    }
    return sb.toString();
  }

  private static Tabular steps(Plan p) {
    Tabular t = new Tabular(STEP_COLUMNS).numeric(0, 6, 7);
    int k = 0;
    for (PlanStep s : p.steps()) {
      t.add(List.of(Integer.toString(++k), s.indicator(), s.criterion(), s.gap().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' '), s.effort().label(), s.phase().label(), plain(s.points()),
          s.uptake().map(u -> String.format(java.util.Locale.ROOT, "%.2f", u)).orElse(""),
          s.gap().fix().split(":", 2)[0], s.note().orElse("")));
    }
    return t;
  }

  private static Standing after(Plan p, PlanStep s) {
    for (PhaseProjection ph : p.phases()) {
      if (ph.phase() == s.phase()) {
        return ph.after();
      }
    }
    throw new AssertionError("every step's phase has a projection");
  }

  private static String standing(Standing s) {
    return plain(s.points()) + "/" + plain(s.maximum()) + " = " + Output.display(s.score()) + ", " + s.level().label();
  }

  private static String basis(Plan p) {
    return p.adjusted() ? "adjusted" : "standard";
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }
}
