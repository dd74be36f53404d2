package dev.losi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.level.Level;
import dev.losi.stats.Estimate;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table, CSV and JSON forms of a {@link RankUncertainty.Result} (docs/cli.md, {@code losi uncertainty}).
 * To move to losi-stats-io with the other statistics formats.
 */
final class UncertaintyOutput {

  private UncertaintyOutput() {}

  static String json(RankUncertainty.Result r) {
    ObjectNode root = Output.json().createObjectNode();
    root.put("draws", r.draws());
    root.put("seed", r.seed());
    root.put("exact", r.exact());
    root.put("combinations", r.combinations());
    root.put("model_runs", r.modelRuns());
    ArrayNode sources = root.putArray("sources");
    r.sources().forEach(s -> sources.add(name(s)));
    root.put("disputed_answers", r.disputedItems());
    root.put("top_k", r.topK());
    ObjectNode rho = root.putObject("spearman");
    RankUncertainty.Distribution d = r.spearman();
    rho.put("defined", d.defined());
    rho.put("undefined", d.undefined());
    if (d.defined() > 0) {
      String[] keys = {"mean", "p05", "median", "p95", "min", "max"};
      double[] values = {d.mean(), d.p05(), d.median(), d.p95(), d.min(), d.max()};
      for (int k = 0; k < keys.length; k++) {
        rho.put(keys[k], values[k]);
      }
    }
    ArrayNode changes = root.putArray("level_changes");
    r.levelChanges().forEach(c -> changes.add(c.city().id()));
    ArrayNode cities = root.putArray("cities");
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      ObjectNode o = cities.addObject();
      o.put("city_id", c.city().id());
      o.put("name", c.city().name());
      o.put("country", c.city().country());
      o.put("assessors", c.assessors());
      o.put("point_score", c.pointScore());
      o.put("point_level", c.pointLevel().name());
      o.put("point_rank", c.pointRank());
      o.put("median_rank", c.medianRank());
      o.putArray("rank_interval").add(c.rankLow()).add(c.rankHigh());
      o.put("mean_rank", c.meanRank());
      ObjectNode levels = o.putObject("level_probabilities");
      for (Level l : Level.values()) {
        levels.put(l.name(), c.levelProbabilities().get(l));
      }
      o.put("top_k_probability", c.topProbability());
      o.put("level_change_probability", c.levelChangeProbability());
      ObjectNode sens = o.putObject("sensitivity");
      for (Map.Entry<Source, Estimate> e : c.firstOrder().entrySet()) {
        ObjectNode s = sens.putObject(name(e.getKey()));
        index(s, "first_order", e.getValue());
        index(s, "total", c.total().get(e.getKey()));
      }
    }
    return Output.toJson(root);
  }

  private static void index(ObjectNode s, String key, Estimate e) {
    if (e.isDefined()) {
      s.put(key, e.value());
      s.put(key + "_se", e.standardError().orElseThrow());
    } else {
      s.putNull(key);
      s.put(key + "_undefined", e.undefinedReason().orElseThrow());
    }
  }

  static String csv(RankUncertainty.Result r) {
    return tabular(r, false).toCsv();
  }

  static String table(RankUncertainty.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.exact()
        ? "Exact enumeration of " + r.combinations() + " combinations"
        : r.draws() + " draws, seed " + r.seed() + ", " + r.modelRuns() + " model runs");
    sb.append("; varied: ").append(r.sources().isEmpty() ? "nothing" : String.join(", ", r.sources().stream().map(UncertaintyOutput::name).toList()))
        .append("; ").append(r.disputedItems()).append(" disputed answers\n");
    RankUncertainty.Distribution d = r.spearman();
    sb.append("Spearman (point vs draw): ").append(d.defined() == 0 ? "undefined in every draw"
        : "median " + Output.display(d.median()) + ", 90% [" + Output.display(d.p05()) + ", " + Output.display(d.p95())
            + "], min " + Output.display(d.min())).append('\n');
    sb.append("Level changes with probability > 10%: ").append(r.levelChanges().isEmpty() ? "none"
        : String.join(", ", r.levelChanges().stream().map(c -> c.city().id() + " ("
            + String.format(Locale.ROOT, "%.1f%%", 100 * c.levelChangeProbability()) + ")").toList())).append("\n\n");
    sb.append(tabular(r, true).toText());
    return sb.toString();
  }

  private static Tabular tabular(RankUncertainty.Result r, boolean display) {
    List<String> header = new ArrayList<>(List.of("city_id", "name", "point_score", "point_level", "point_rank",
        "median_rank", "rank_low", "rank_high", "p_very_high", "p_high", "p_middle", "p_low", "p_top_" + r.topK(),
        "p_level_change"));
    List<Source> sens = r.cities().isEmpty() ? List.of() : List.copyOf(r.cities().get(0).firstOrder().keySet());
    for (Source s : sens) {
      header.add("first_order_" + name(s));
      header.add("total_" + name(s));
    }
    int[] numeric = new int[header.size() - 2];
    for (int i = 0; i < numeric.length; i++) {
      numeric[i] = i + 2;
    }
    Tabular t = new Tabular(header).numeric(numeric);
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      List<String> row = new ArrayList<>(List.of(c.city().id(), c.city().name(), num(c.pointScore(), display),
          display ? c.pointLevel().label() : c.pointLevel().name(), Integer.toString(c.pointRank()),
          Integer.toString(c.medianRank()), Integer.toString(c.rankLow()), Integer.toString(c.rankHigh())));
      for (Level l : Level.values()) {
        row.add(num(c.levelProbabilities().get(l), display));
      }
      row.add(num(c.topProbability(), display));
      row.add(num(c.levelChangeProbability(), display));
      for (Source s : sens) {
        row.add(index(c.firstOrder().get(s), display));
        row.add(index(c.total().get(s), display));
      }
      t.add(row);
    }
    return t;
  }

  private static String index(Estimate e, boolean display) {
    return e.isDefined() ? num(e.value(), display) : display ? "-" : "";
  }

  private static String num(double v, boolean display) {
    return display ? Output.display(v) : Output.exact(v);
  }

  private static String name(Source s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
