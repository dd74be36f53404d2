package dev.losi.io.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Instrument;
import dev.losi.core.NumberText;
import dev.losi.core.plan.PhaseProjection;
import dev.losi.core.plan.Plan;
import dev.losi.core.plan.PlanStep;
import dev.losi.core.plan.Standing;
import dev.losi.io.CsvFormat;
import dev.losi.io.internal.JsonSupport;
import dev.losi.io.internal.Markdown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export of improvement plans ({@link dev.losi.core.plan.Planner}) as JSON, CSV or Markdown: what
 * {@code losi plan --format json|csv|md} writes (keys and columns in {@code docs/cli.md}).
 *
 * <ul>
 *   <li>JSON: {@code {"instrument": id, "plans": [...]}}, pretty-printed; per plan the city, assessor, basis
 *       ({@code standard} or {@code adjusted}), current points, score, level and maximum, rating class (or
 *       null), target level, points needed, whether the target is reachable, the steps, the projection after
 *       each phase and the projected standing. Points are exact decimals.</li>
 *   <li>CSV: one row per step (a plan without steps: one row with the step columns empty), {@link #CSV_COLUMNS};
 *       comma, LF line ends, RFC 4180, text cells neutralised against formula injection; scores in the
 *       shortest decimal that reads back to the same double.</li>
 *   <li>Markdown: a section per city with its {@link #headline}, the table of {@link #stepCells} and the
 *       standing after each phase.</li>
 * </ul>
 *
 * <p>Formatting only, no computation. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Plan> plans = Planner.of(scorer).planAll(assessments);
 * String md = PlanExport.of(instrument, plans).toMarkdown();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlanExport {

  /** The columns of the step table of {@link #stepCells} (Markdown, and the command line's text table). */
  public static final List<String> STEP_COLUMNS = List.of("step", "indicator", "criterion", "gap", "effort", "phase",
      "points", "uptake", "fix", "note");

  /** The columns of {@link #toCsv()}. */
  public static final List<String> CSV_COLUMNS = List.of("city_id", "city_name", "country", "assessor", "basis",
      "points", "maximum", "score", "level", "rating_class", "target_level", "points_needed", "reachable", "step",
      "indicator", "criterion", "gap", "effort", "phase", "step_points", "uptake", "note", "score_after_phase",
      "level_after_phase", "projected_score", "projected_level");

  /** The numeric columns of {@link #CSV_COLUMNS} (written as they are, not neutralised). */
  private static final boolean[] CSV_NUMERIC = numeric(CSV_COLUMNS.size(), 5, 6, 7, 11, 13, 19, 20, 22, 24);
  private static final boolean[] STEP_NUMERIC = numeric(STEP_COLUMNS.size(), 0, 6, 7);
  private static final CsvFormat CSV = CsvFormat.standard().withDelimiter(',').withLineSeparator("\n");
  private static final ObjectMapper JSON = JsonSupport.writingMapper();

  private final Instrument instrument;
  private final List<Plan> plans;

  private PlanExport(Instrument instrument, List<Plan> plans) {
    this.instrument = instrument;
    this.plans = List.copyOf(plans);
  }

  /**
   * An export of these plans, made with this instrument, in the order given.
   *
   * @param instrument the instrument the plans were made with
   * @param plans the plans, in the order to export
   * @return the export
   */
  public static PlanExport of(Instrument instrument, List<Plan> plans) {
    return new PlanExport(instrument, plans);
  }

  /** {@return the plans, in export order} */
  public List<Plan> plans() {
    return plans;
  }

  /** {@return the JSON document, pretty-printed, with a final line break} */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
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
    return JsonSupport.text(JsonSupport.prettyWriter(JSON), root);
  }

  private static void standing(ObjectNode o, Standing s) {
    o.put("points", s.points());
    o.put("score", s.score());
    o.put("level", s.level().name());
  }

  /** {@return the CSV text: a header line of {@link #CSV_COLUMNS}, then one row per step} */
  public String toCsv() {
    StringBuilder sb = new StringBuilder(CSV.record(CSV_COLUMNS.stream().map(CsvFormat::neutralise).toList()));
    for (Plan p : plans) {
      List<String> city = List.of(p.city().id(), p.city().name(), p.city().country(), p.assessorId(), basis(p),
          plain(p.current().points()), plain(p.current().maximum()), NumberText.of(p.current().score()),
          p.current().level().name(), p.ratingClass().map(Enum::name).orElse(""), p.target().name(),
          plain(p.pointsNeeded()), Boolean.toString(p.reachable()));
      List<String> end = List.of(NumberText.of(p.projected().score()), p.projected().level().name());
      if (p.steps().isEmpty()) {
        sb.append(csvRow(concat(city, List.of("", "", "", "", "", "", "", "", "", "", ""), end)));
      }
      int k = 0;
      for (PlanStep s : p.steps()) {
        Standing after = after(p, s);
        sb.append(csvRow(concat(city, List.of(Integer.toString(++k), s.indicator(), s.criterion(), s.gap().name(),
            s.effort().name(), s.phase().name(), plain(s.points()), s.uptake().map(PlanExport::plain).orElse(""),
            s.note().orElse(""), NumberText.of(after.score()), after.level().name()), end)));
      }
    }
    return sb.toString();
  }

  private static String csvRow(List<String> row) {
    List<String> cells = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      cells.add(CSV_NUMERIC[c] ? row.get(c) : CsvFormat.neutralise(row.get(c)));
    }
    return CSV.record(cells);
  }

  /** {@return the Markdown document: a title, then a section per city} */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder("# Improvement plans (").append(instrument.id()).append(")\n");
    for (Plan p : plans) {
      sb.append("\n## ").append(p.city().name()).append(" (").append(p.city().id()).append(", ")
          .append(p.city().country()).append(")\n\n").append(headline(p)).append("\n");
      if (!p.steps().isEmpty()) {
        sb.append('\n').append(Markdown.row(STEP_COLUMNS)).append('|');
        for (boolean n : STEP_NUMERIC) {
          sb.append(n ? "---:|" : "---|");
        }
        sb.append('\n');
        stepCells(p).forEach(r -> sb.append(Markdown.row(r)));
        sb.append('\n');
        for (PhaseProjection ph : p.phases()) {
          sb.append("- after ").append(ph.phase().label()).append(": ").append(standing(ph.after())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * The two lines that sum a plan up, for example {@code C1 (Alpha, BRA), assessor A: standard LOSI 40/95 =
   * 0.4211, middle, class MH} and {@code target high: 8 points needed, 3 changes}; an unreachable target adds
   * the projected standing. No final line break.
   *
   * @param p the plan
   * @return the two lines, separated by a line break
   */
  public static String headline(Plan p) {
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

  /**
   * The cells of a plan's step table, one row per step in {@link #STEP_COLUMNS} order, for reading: the gap
   * in words, effort and phase by label, uptake with 2 decimals, the fix in short (its text before the first
   * colon). JSON and CSV keep uptake and fix in full.
   *
   * @param p the plan
   * @return one row of cells per step
   */
  public static List<List<String>> stepCells(Plan p) {
    List<List<String>> rows = new ArrayList<>();
    int k = 0;
    for (PlanStep s : p.steps()) {
      rows.add(List.of(Integer.toString(++k), s.indicator(), s.criterion(), s.gap().name().toLowerCase(Locale.ROOT)
          .replace('_', ' '), s.effort().label(), s.phase().label(), plain(s.points()),
          s.uptake().map(u -> String.format(Locale.ROOT, "%.2f", u)).orElse(""),
          s.gap().fix().split(":", 2)[0], s.note().orElse("")));
    }
    return rows;
  }

  /**
   * A standing in words: {@code points/maximum = score (4 decimals), level label}, for example {@code 40/95 = 0.4211, middle}.
   *
   * @param s the standing
   * @return the standing in words
   */
  public static String standing(Standing s) {
    return plain(s.points()) + "/" + plain(s.maximum()) + " = " + String.format(Locale.ROOT, "%.4f", s.score()) + ", "
        + s.level().label();
  }

  private static Standing after(Plan p, PlanStep s) {
    for (PhaseProjection ph : p.phases()) {
      if (ph.phase() == s.phase()) {
        return ph.after();
      }
    }
    throw new AssertionError("every step's phase has a projection");
  }

  private static String basis(Plan p) {
    return p.adjusted() ? "adjusted" : "standard";
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  private static boolean[] numeric(int size, int... columns) {
    boolean[] b = new boolean[size];
    for (int c : columns) {
      b[c] = true;
    }
    return b;
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }
}
