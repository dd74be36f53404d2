package dev.losi.stats.io;

import dev.losi.core.NumberText;
import dev.losi.core.level.Level;
import dev.losi.io.CsvFormat;
import dev.losi.io.XlsxWorkbook;
import dev.losi.stats.Estimate;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a {@link RankUncertainty.Result} ({@code losi uncertainty}, docs/cli.md): JSON, CSV and an XLSX
 * workbook, and the rows behind them for any other rendering.
 *
 * <p>Columns of the city table ({@link #header}, {@link #rows}): {@code city_id}, {@code name},
 * {@code point_score}, {@code point_level} (the {@link Level} name), {@code point_rank}, {@code median_rank},
 * {@code rank_low}, {@code rank_high} (the 90% rank interval), {@code p_very_high}, {@code p_high},
 * {@code p_middle}, {@code p_low}, {@code p_top_K}, {@code p_level_change}, then per source varied (with
 * sensitivity) {@code first_order_SOURCE} and {@code total_SOURCE} (empty when undefined). Numbers are written
 * so that they read back to the same double. Output is the same bytes for the same result.
 *
 * @since 0.1.0
 */
public final class UncertaintyTables {

  private static final CsvFormat CSV = CsvFormat.standard().withDelimiter(',').withLineSeparator("\n");

  private UncertaintyTables() {}

  /**
   * The JSON document: {@code draws}, {@code seed}, {@code exact}, {@code combinations}, {@code model_runs},
   * {@code sources}, {@code disputed_answers}, {@code top_k}, {@code spearman} ({@code defined},
   * {@code undefined} and, when defined, {@code mean}, {@code p05}, {@code median}, {@code p95}, {@code min},
   * {@code max}), {@code level_changes} (city ids) and {@code cities} (each with {@code city_id}, {@code name},
   * {@code country}, {@code assessors}, {@code point_score}, {@code point_level}, {@code point_rank},
   * {@code median_rank}, {@code rank_interval} [low, high], {@code mean_rank}, {@code level_probabilities}
   * keyed VERY_HIGH, HIGH, MIDDLE, LOW, {@code top_k_probability}, {@code level_change_probability} and
   * {@code sensitivity}: per source {@code first_order}, {@code first_order_se}, {@code total},
   * {@code total_se}, or null with {@code first_order_undefined} / {@code total_undefined}).
   *
   * @param r the rank-uncertainty result
   * @return the JSON document
   */
  public static String json(RankUncertainty.Result r) {
    Map<String, Object> root = new LinkedHashMap<>(about(r));
    RankUncertainty.Distribution d = r.spearman();
    Map<String, Object> rho = new LinkedHashMap<>();
    rho.put("defined", d.defined());
    rho.put("undefined", d.undefined());
    if (d.defined() > 0) {
      rho.put("mean", d.mean());
      rho.put("p05", d.p05());
      rho.put("median", d.median());
      rho.put("p95", d.p95());
      rho.put("min", d.min());
      rho.put("max", d.max());
    }
    root.put("spearman", rho);
    root.put("level_changes", r.levelChanges().stream().map(c -> c.city().id()).toList());
    List<Object> cities = new ArrayList<>();
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("city_id", c.city().id());
      o.put("name", c.city().name());
      o.put("country", c.city().country());
      o.put("assessors", c.assessors());
      o.put("point_score", c.pointScore());
      o.put("point_level", c.pointLevel().name());
      o.put("point_rank", c.pointRank());
      o.put("median_rank", c.medianRank());
      o.put("rank_interval", List.of(c.rankLow(), c.rankHigh()));
      o.put("mean_rank", c.meanRank());
      Map<String, Object> levels = new LinkedHashMap<>();
      for (Level l : Level.values()) {
        levels.put(l.name(), c.levelProbabilities().get(l));
      }
      o.put("level_probabilities", levels);
      o.put("top_k_probability", c.topProbability());
      o.put("level_change_probability", c.levelChangeProbability());
      Map<String, Object> sens = new LinkedHashMap<>();
      for (Map.Entry<Source, Estimate> e : c.firstOrder().entrySet()) {
        Map<String, Object> s = new LinkedHashMap<>();
        index(s, "first_order", e.getValue());
        index(s, "total", c.total().get(e.getKey()));
        sens.put(name(e.getKey()), s);
      }
      o.put("sensitivity", sens);
      cities.add(o);
    }
    root.put("cities", cities);
    return StatisticsJson.write(root);
  }

  /** The run's settings as the JSON's leading keys and the XLSX's "about" sheet. */
  private static Map<String, Object> about(RankUncertainty.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("draws", r.draws());
    m.put("seed", r.seed());
    m.put("exact", r.exact());
    m.put("combinations", r.combinations());
    m.put("model_runs", r.modelRuns());
    m.put("sources", r.sources().stream().map(UncertaintyTables::name).toList());
    m.put("disputed_answers", r.disputedItems());
    m.put("top_k", r.topK());
    return m;
  }

  private static void index(Map<String, Object> s, String key, Estimate e) {
    if (e.isDefined()) {
      s.put(key, e.value());
      s.put(key + "_se", e.standardError().orElseThrow());
    } else {
      s.put(key, null);
      s.put(key + "_undefined", e.undefinedReason().orElseThrow());
    }
  }

  /**
   * The column names of the city table (see the class documentation).
   *
   * @param r the result; its sources varied decide the sensitivity columns
   * @return the column names, in order
   */
  public static List<String> header(RankUncertainty.Result r) {
    List<String> header = new ArrayList<>(List.of("city_id", "name", "point_score", "point_level", "point_rank",
        "median_rank", "rank_low", "rank_high", "p_very_high", "p_high", "p_middle", "p_low", "p_top_" + r.topK(),
        "p_level_change"));
    for (Source s : sensitivitySources(r)) {
      header.add("first_order_" + name(s));
      header.add("total_" + name(s));
    }
    return List.copyOf(header);
  }

  /**
   * One row per city, in the result's order: {@link String} (ids, names, the level name), {@link Integer}
   * (ranks), {@link Double} (scores, probabilities, indices), or null for an undefined index.
   *
   * @param r the rank-uncertainty result
   * @return one row per city, each as long as {@link #header}
   */
  public static List<List<Object>> rows(RankUncertainty.Result r) {
    List<Source> sens = sensitivitySources(r);
    List<List<Object>> rows = new ArrayList<>();
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      List<Object> row = new ArrayList<>(Arrays.asList(c.city().id(), c.city().name(), c.pointScore(),
          c.pointLevel().name(), c.pointRank(), c.medianRank(), c.rankLow(), c.rankHigh()));
      for (Level l : Level.values()) {
        row.add(c.levelProbabilities().get(l));
      }
      row.add(c.topProbability());
      row.add(c.levelChangeProbability());
      for (Source s : sens) {
        row.add(c.firstOrder().get(s).isDefined() ? c.firstOrder().get(s).value() : null);
        row.add(c.total().get(s).isDefined() ? c.total().get(s).value() : null);
      }
      rows.add(java.util.Collections.unmodifiableList(row));
    }
    return List.copyOf(rows);
  }

  private static List<Source> sensitivitySources(RankUncertainty.Result r) {
    return r.cities().isEmpty() ? List.of() : List.copyOf(r.cities().get(0).firstOrder().keySet());
  }

  /**
   * The city table as CSV (comma, LF), text cells a spreadsheet would run as formulas neutralised.
   *
   * @param r the rank-uncertainty result
   * @return the CSV text, header first
   */
  public static String csv(RankUncertainty.Result r) {
    StringBuilder sb = new StringBuilder(CSV.record(header(r).stream().map(CsvFormat::neutralise).toList()));
    for (List<Object> row : rows(r)) {
      List<String> cells = new ArrayList<>();
      for (Object v : row) {
        cells.add(v == null ? "" : v instanceof Double d ? NumberText.of(d)
            : v instanceof String s ? CsvFormat.neutralise(s) : v.toString());
      }
      sb.append(CSV.record(cells));
    }
    return sb.toString();
  }

  /**
   * An XLSX workbook: sheet {@code about}, a codebook-like header (field, value, meaning: draws, seed,
   * exact, combinations, model runs, sources, disputed answers, top k, the Spearman summary), and sheet
   * {@code cities}, the city table.
   *
   * @param r the rank-uncertainty result
   * @param out where the workbook is written
   * @throws IOException when writing fails
   */
  public static void writeXlsx(RankUncertainty.Result r, OutputStream out) throws IOException {
    Map<String, String> meaning = new LinkedHashMap<>();
    meaning.put("draws", "Monte Carlo draws N (0 in exact mode)");
    meaning.put("seed", "the master seed: the same seed and inputs give the same result on any thread count");
    meaning.put("exact", "true when every combination was enumerated with its probability");
    meaning.put("combinations", "combinations enumerated (exact mode), else 0");
    meaning.put("model_runs", "times every city was scored: N, N (k + 2) with sensitivity, or the combinations");
    meaning.put("sources", "the sources varied (docs/uncertainty.md)");
    meaning.put("disputed_answers", "city-indicator answers on which the city's assessors differ");
    meaning.put("top_k", "k of p_top_k");
    List<List<Object>> about = new ArrayList<>();
    about.add(List.of("field", "value", "meaning"));
    about(r).forEach((k, v) -> about.add(List.of(k, v instanceof List<?> l ? String.join(",", l.stream()
        .map(Object::toString).toList()) : v instanceof Boolean b ? b.toString() : v, meaning.get(k))));
    RankUncertainty.Distribution d = r.spearman();
    about.add(List.of("spearman_defined", d.defined(), "draws where Spearman's rho of point and draw scores is defined"));
    if (d.defined() > 0) {
      about.add(List.of("spearman_median", d.median(), "median of Spearman's rho over the draws"));
      about.add(List.of("spearman_p05", d.p05(), "0.05 quantile"));
      about.add(List.of("spearman_p95", d.p95(), "0.95 quantile"));
    }
    List<List<Object>> cities = new ArrayList<>();
    cities.add(new ArrayList<>(header(r)));
    for (List<Object> row : rows(r)) {
      List<Object> cells = new ArrayList<>(row);
      cells.replaceAll(v -> v == null ? "" : v);
      cities.add(cells);
    }
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("about", about);
    sheets.put("cities", cities);
    XlsxWorkbook.write(out, sheets);
  }

  private static String name(Source s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
