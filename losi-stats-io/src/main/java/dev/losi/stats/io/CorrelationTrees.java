package dev.losi.stats.io;

import dev.losi.core.level.Level;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.study.ConvergenceTable;
import dev.losi.stats.study.CriterionCorrelation;
import dev.losi.stats.study.MatchedCity;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.study.RankedCity;
import dev.losi.stats.study.RegressionLine;
import dev.losi.stats.study.StudyDesign;
import dev.losi.stats.study.UnmatchedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON trees of correlations and of the OSI-LOSI study, with the keys documented in
 * {@code docs/cli.md} ({@code losi correlate --format json}).
 */
final class CorrelationTrees {

  private CorrelationTrees() {}

  /** See {@link StatisticsJson#correlation}. */
  static Map<String, Object> pairs(String x, String y, CorrelationSummary s, Set<CorrelationMethod> methods,
      String intervals) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("x", x);
    root.put("y", y);
    root.put("n", s.n());
    root.put("intervals", intervals);
    coefficients(root, s, methods);
    return root;
  }

  private static void coefficients(Map<String, Object> into, CorrelationSummary s, Set<CorrelationMethod> methods) {
    for (CorrelationMethod m : methods) {
      into.put(m.key(), estimate(s.get(m), s.n()));
    }
  }

  /** {@code estimate} (or null and {@code undefined}), {@code p_value}, {@code ci95}, {@code ci_method}, {@code n}, {@code se}. */
  private static Map<String, Object> estimate(Estimate e, int n) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (e.isDefined()) {
      o.put("estimate", e.value());
    } else {
      o.put("estimate", null);
      o.put("undefined", e.undefinedReason().orElse(""));
    }
    o.put("p_value", e.pValue().isPresent() ? e.pValue().getAsDouble() : null);
    if (e.confidenceInterval().isPresent()) {
      o.put("ci95", List.of(e.confidenceInterval().get().lower(), e.confidenceInterval().get().upper()));
      o.put("ci_method", e.confidenceInterval().get().method());
    } else {
      o.put("ci95", null);
    }
    o.put("n", n);
    e.standardError().ifPresent(se -> o.put("se", se));
    return o;
  }

  /** See {@link StatisticsJson#study(OsiLosiStudyResult, StudyDesign.Result, Set, String)}. */
  static Map<String, Object> study(OsiLosiStudyResult r, StudyDesign.Result d, Set<CorrelationMethod> methods,
      String intervals) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("unit", d.unit().name().toLowerCase(Locale.ROOT));
    root.put("n", d.n());
    root.put("countries", d.countries());
    root.put("cities", d.cities());
    if (d.unit() == StudyDesign.Unit.COUNTRY) {
      root.put("summary", d.summary().name().toLowerCase(Locale.ROOT));
    }
    root.put("intervals", intervals);
    coefficients(root, d.correlation(), methods);
    clusterInterval(root, CorrelationMethod.PEARSON, d.pearsonBootstrap());
    clusterInterval(root, CorrelationMethod.SPEARMAN, d.spearmanBootstrap());
    studyRest(root, r, methods);
    return root;
  }

  private static void clusterInterval(Map<String, Object> root, CorrelationMethod m,
      Optional<ConfidenceInterval> ci) {
    if (ci.isPresent() && root.get(m.key()) instanceof Map<?, ?> o) {
      @SuppressWarnings("unchecked")
      Map<String, Object> e = (Map<String, Object>) o;
      e.put("ci95_cluster_bootstrap", List.of(ci.get().lower(), ci.get().upper()));
      e.put("ci_cluster_bootstrap_method", ci.get().method());
    }
  }

  /** See {@link StatisticsJson#study(OsiLosiStudyResult, Set)}. */
  static Map<String, Object> study(OsiLosiStudyResult r, Set<CorrelationMethod> methods) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("n", r.correlation().n());
    coefficients(root, r.correlation(), methods);
    studyRest(root, r, methods);
    return root;
  }

  private static void studyRest(Map<String, Object> root, OsiLosiStudyResult r, Set<CorrelationMethod> methods) {
    root.put("line", line(r.line()));
    List<Object> crit = new ArrayList<>();
    for (CriterionCorrelation c : r.criterionCorrelations()) {
      Map<String, Object> cn = new LinkedHashMap<>();
      cn.put("criterion", c.criterion());
      cn.put("sub_index", c.subIndex());
      coefficients(cn, c.correlation(), methods);
      crit.add(cn);
    }
    root.put("criteria", crit);
    root.put("leaders", ranked(r.leaders()));
    root.put("laggards", ranked(r.laggards()));
    root.put("convergence", convergence(r.convergence()));
    List<Object> un = new ArrayList<>();
    for (UnmatchedRow u : r.unmatched()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("side", u.side().name().toLowerCase(Locale.ROOT));
      u.source().ifPresent(v -> m.put("source", v));
      if (u.line().isPresent()) {
        m.put("line", u.line().getAsLong());
      }
      u.city().ifPresent(v -> m.put("city", v));
      m.put("country", u.country());
      m.put("reason", u.reason());
      un.add(m);
    }
    root.put("unmatched", un);
    root.put("countries_without_cities", List.copyOf(r.countriesWithoutCities()));
  }

  private static Map<String, Object> line(RegressionLine l) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("n", l.n());
    putEstimate(line, "intercept", l.intercept());
    putEstimate(line, "slope", l.slope());
    putEstimate(line, "r_squared", l.rSquared());
    return line;
  }

  private static void putEstimate(Map<String, Object> o, String key, Estimate e) {
    if (e.isDefined()) {
      o.put(key, e.value());
    } else {
      o.put(key, null);
      o.put(key + "_undefined", e.undefinedReason().orElse(""));
    }
  }

  private static Map<String, Object> convergence(ConvergenceTable t) {
    Map<String, Object> conv = new LinkedHashMap<>();
    conv.put("same_level", t.sameLevel());
    conv.put("city_above", t.cityAbove());
    conv.put("city_below", t.cityBelow());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Level l : Level.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (Level o : Level.values()) {
        row.put(key(o), t.count(l, o));
      }
      counts.put(key(l), row);
    }
    conv.put("counts", counts);
    conv.put("rows", "LOSI level");
    conv.put("columns", "OSI level");
    return conv;
  }

  private static List<Object> ranked(List<RankedCity> list) {
    List<Object> a = new ArrayList<>();
    for (RankedCity rc : list) {
      MatchedCity c = rc.city();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("rank", rc.rank());
      o.put("city", c.city());
      o.put("country", c.country());
      o.put("iso3", c.iso3());
      o.put("losi", c.losi());
      o.put("osi", c.osi());
      o.put("residual", rc.residual());
      c.fitted().ifPresent(f -> o.put("fitted", f));
      a.add(o);
    }
    return a;
  }

  private static String key(Level l) {
    return l.name().toLowerCase(Locale.ROOT);
  }
}
