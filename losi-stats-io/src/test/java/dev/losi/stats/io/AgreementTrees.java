package dev.losi.stats.io;

import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.AlphaBootstrap;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.agreement.CoefficientResult;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.AssessorAnswer;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.CityComparison;
import dev.losi.stats.review.CityReconciliation;
import dev.losi.stats.review.Disagreement;
import dev.losi.stats.review.GroupAgreement;
import dev.losi.stats.review.IndicatorDifference;
import dev.losi.stats.review.OrganisationComparison;
import dev.losi.stats.review.PendingItem;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.ResolvedItem;
import dev.losi.stats.review.ReviewBootstrap;
import dev.losi.stats.review.ReviewerDecision;
import dev.losi.stats.uncertainty.CityLosiInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The JSON trees (of {@link LinkedHashMap}, {@link List}, {@link String}, {@link Number}, {@link Boolean}
 * and {@code null}) of the agreement family: agreement reports, assessor reviews, reconciliations and
 * organisation comparisons. Key names and order are those documented in {@code docs/agreement.md} and
 * {@code docs/cli.md}.
 */
final class AgreementTrees {

  private AgreementTrees() {}

  /** See {@link StatisticsJson#agreement(AgreementReport)}. */
  static Map<String, Object> report(AgreementReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> na = new LinkedHashMap<>();
    for (CoefficientResult r : report.results()) {
      if (!r.isApplicable()) {
        na.put(r.coefficient().key(), r.notApplicableReason().orElseThrow());
        continue;
      }
      Map<String, Object> e = estimate(r.estimate(), r.coefficient());
      if (r.coefficient() == Coefficient.GWET_AC2) {
        e.put("weights", report.ac2Weights().orElse(null));
      }
      if (r.coefficient() == Coefficient.KRIPPENDORFF_ALPHA) {
        e.put("level", report.level().key());
        report.alphaBootstrap().ifPresent(b -> e.put("bootstrap", bootstrap(b)));
      }
      out.put(r.coefficient().key(), e);
    }
    out.put("not_applicable", na);
    out.put("units", report.units());
    out.put("raters", report.raters());
    out.put("pairable_values", report.pairableValues());
    out.put("level", report.level().key());
    report.prevalenceNote().ifPresent(n -> out.put("prevalence_note", n));
    return out;
  }

  private static Map<String, Object> bootstrap(AlphaBootstrap bootstrap) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("replicates", bootstrap.replicates());
    b.put("seed", bootstrap.seed());
    b.put("undefined_replicates", bootstrap.undefinedReplicates());
    Map<String, Object> below = new LinkedHashMap<>();
    bootstrap.probabilityBelow().forEach((min, p) -> below.put(String.valueOf(min), p));
    b.put("p_below", below);
    return b;
  }

  /** {@code value} (or null and {@code undefined_reason}), {@code se}, {@code ci95}, {@code ci_method}, {@code p_value}. */
  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!e.isDefined()) {
      m.put("value", null);
      m.put("undefined_reason", e.undefinedReason().orElseThrow());
      return m;
    }
    m.put("value", e.value());
    e.standardError().ifPresent(se -> m.put("se", se));
    if (e.confidenceInterval().isPresent()) {
      ConfidenceInterval ci = e.confidenceInterval().get();
      m.put("ci95", List.of(ci.lower(), ci.upper()));
      m.put("ci_method", ci.method());
    }
    e.pValue().ifPresent(p -> m.put("p_value", p));
    return m;
  }

  /**
   * As {@link #estimate(Estimate)}, with {@code ci95} clipped to the coefficient's range; when a bound moved,
   * {@code ci95_clipped} (true) and {@code ci95_unclipped} follow {@code ci95}.
   */
  static Map<String, Object> estimate(Estimate e, Coefficient c) {
    Map<String, Object> m = estimate(e);
    if (e.isDefined() && e.confidenceInterval().isPresent()) {
      ClusterBootstrap.ClippedInterval ci = c.clip(e.confidenceInterval().get());
      if (ci.clipped()) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
          if (k.equals("ci95")) {
            out.put("ci95", List.of(ci.interval().lower(), ci.interval().upper()));
            out.put("ci95_clipped", true);
            out.put("ci95_unclipped", v);
          } else {
            out.put(k, v);
          }
        });
        return out;
      }
    }
    return m;
  }

  /** See {@link StatisticsJson#review(AssessmentReview, ReviewBootstrap, List)}. */
  static Map<String, Object> review(AssessmentReview r, ReviewBootstrap boot, List<CityLosiInterval.Result> losi) {
    Map<String, Object> out = review(r);
    if (!losi.isEmpty()) {
      List<Object> cities = new ArrayList<>();
      for (CityLosiInterval.Result c : losi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("city", c.city().id());
        m.put("assessors", c.assessors());
        m.putAll(estimate(c.estimate()));
        if (!c.estimate().isDefined()) {
          m.put("value", c.losi());
        }
        m.put("ci95_clipped", c.clipped());
        cities.add(m);
      }
      out.put("city_losi", cities);
    }
    if (boot != null) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("replicates", boot.replicates());
      b.put("seed", boot.seed());
      b.put("unit", "city");
      b.put("overall", intervals(boot.overall()));
      Map<String, Object> crit = new LinkedHashMap<>();
      boot.byCriterion().forEach((k, v) -> crit.put(k, intervals(v)));
      b.put("by_criterion", crit);
      Map<String, Object> ind = new LinkedHashMap<>();
      boot.byIndicator().forEach((k, v) -> ind.put(k, intervals(v)));
      b.put("by_indicator", ind);
      out.put("cluster_bootstrap", b);
    }
    return out;
  }

  private static Map<String, Object> intervals(Map<Coefficient, ClusterBootstrap.Result> results) {
    Map<String, Object> out = new LinkedHashMap<>();
    results.forEach((c, r) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", r.point().isDefined() ? r.point().value() : null);
      interval(m, "analytic", r.analytic());
      interval(m, "bootstrap", r.bootstrap());
      m.put("undefined_replicates", r.undefinedReplicates());
      out.put(c.key(), m);
    });
    return out;
  }

  private static void interval(Map<String, Object> m, String key,
      java.util.Optional<ClusterBootstrap.ClippedInterval> ci) {
    if (ci.isEmpty()) {
      m.put(key + "_ci95", null);
      return;
    }
    m.put(key + "_ci95", List.of(ci.get().interval().lower(), ci.get().interval().upper()));
    m.put(key + "_method", ci.get().interval().method());
    m.put(key + "_clipped", ci.get().clipped());
  }

  /** See {@link StatisticsJson#review(AssessmentReview)}. */
  static Map<String, Object> review(AssessmentReview r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("instrument", r.instrument().id());
    out.put("threshold", r.settings().alertThreshold());
    out.put("coding", r.settings().coding().name().toLowerCase(Locale.ROOT));
    out.put("overall", group(r.overall()));
    out.put("by_indicator", r.byIndicator().stream().map(AgreementTrees::group).toList());
    out.put("by_criterion", r.byCriterion().stream().map(AgreementTrees::group).toList());
    List<Object> cs = new ArrayList<>();
    for (CityAgreement c : r.byCity()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("city", c.city().id());
      m.put("name", c.city().name());
      m.put("assessors", c.assessorIds());
      m.put("items_compared", c.itemsCompared());
      m.put("items_disagreeing", c.itemsDisagreeing());
      m.put("items_not_compared", c.itemsNotCompared());
      m.put("raw_disagreement", share(c.rawDisagreement()));
      m.put("alert", c.alert());
      m.put("coefficients", report(c.report()));
      cs.add(m);
    }
    out.put("by_city", cs);
    out.put("by_assessor_pair", r.byAssessorPair().stream().map(AgreementTrees::group).toList());
    out.put("alerts", r.alerts().stream().map(c -> c.city().id()).toList());
    List<Object> ds = new ArrayList<>();
    for (Disagreement d : r.disagreements()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("city", d.city().id());
      m.put("indicator", d.indicator().code());
      m.put("criterion", d.indicator().criterion());
      m.put("answers", answers(d.answers()));
      ds.add(m);
    }
    out.put("disagreements", ds);
    out.put("single_assessor_cities", r.singleAssessorCities().stream().map(City::id).toList());
    return out;
  }

  private static Map<String, Object> group(GroupAgreement g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", g.key());
    m.put("label", g.label());
    m.put("items_compared", g.itemsCompared());
    m.put("items_disagreeing", g.itemsDisagreeing());
    m.put("raw_disagreement", share(g.rawDisagreement()));
    m.put("coefficients", report(g.report()));
    return m;
  }

  private static Double share(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  /** Each answer as {@code {assessor, answer, evidence}}. */
  private static List<Object> answers(List<AssessorAnswer> answers) {
    List<Object> out = new ArrayList<>();
    for (AssessorAnswer a : answers) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("assessor", a.assessorId());
      m.put("answer", a.answer().name());
      m.put("evidence", a.evidence().map(AgreementTrees::evidence).orElse(null));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("channels", e.channels().stream().map(Channel::name).sorted().toList());
    m.put("url", e.url().orElse(null));
    m.put("note", e.note().orElse(null));
    return m;
  }

  /** See {@link StatisticsJson#reconciliation(ReconciliationResult)}. */
  static Map<String, Object> reconciliation(ReconciliationResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("complete", r.isComplete());
    List<Object> cs = new ArrayList<>();
    for (CityReconciliation c : r.cities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("city", c.city().id());
      m.put("assessors", c.assessorIds());
      m.put("reconciled", c.isReconciled());
      m.put("reason", c.notReconciledReason().orElse(null));
      m.put("unanimous_items", c.unanimousItems());
      Map<String, Object> counts = new LinkedHashMap<>();
      c.agreementCounts().forEach((k, v) -> counts.put(k.name().toLowerCase(Locale.ROOT), v));
      m.put("as_agreement_counts", counts);
      List<Object> pending = new ArrayList<>();
      for (PendingItem p : c.pending()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("indicator", p.indicator().code());
        pm.put("reason", p.reason());
        pm.put("in_agreement", p.agreementCount().name().toLowerCase(Locale.ROOT));
        pm.put("answers", answers(p.answers()));
        pending.add(pm);
      }
      m.put("pending", pending);
      List<Object> resolved = new ArrayList<>();
      for (ResolvedItem x : c.resolved()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("indicator", x.indicator().code());
        rm.put("answer", x.answer().name());
        rm.put("resolution", x.resolution().name().toLowerCase(Locale.ROOT));
        rm.put("in_agreement", x.agreementCount().name().toLowerCase(Locale.ROOT));
        rm.put("reviewer", x.decision().map(ReviewerDecision::reviewer).orElse(null));
        rm.put("note", x.decision().flatMap(ReviewerDecision::note).orElse(null));
        rm.put("answers", answers(x.answers()));
        resolved.add(rm);
      }
      m.put("resolved", resolved);
      cs.add(m);
    }
    out.put("cities", cs);
    return out;
  }

  /** See {@link StatisticsJson#comparison(OrganisationComparison)}. */
  static Map<String, Object> comparison(OrganisationComparison c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("left", c.leftName());
    out.put("right", c.rightName());
    List<Object> cs = new ArrayList<>();
    for (CityComparison x : c.cities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("city", x.city().id());
      m.put("name", x.city().name());
      m.put("left_losi", x.left().losi());
      m.put("right_losi", x.right().losi());
      m.put("difference", x.difference());
      m.put("left_level", x.left().level().label());
      m.put("right_level", x.right().level().label());
      m.put("level_changed", x.levelChanged());
      m.put("left_rank", x.leftRank());
      m.put("right_rank", x.rightRank());
      m.put("indicators_differing", x.indicatorsDiffering());
      cs.add(m);
    }
    out.put("cities", cs);
    out.put("only_left", c.onlyLeft().stream().map(City::id).toList());
    out.put("only_right", c.onlyRight().stream().map(City::id).toList());
    out.put("mean_difference", c.meanDifference());
    out.put("level_changes", c.levelChanges().stream().map(x -> x.city().id()).toList());
    out.put("rank_correlation", estimate(c.rankCorrelation()));
    out.put("item_agreement", report(c.itemAgreement()));
    List<Object> ds = new ArrayList<>();
    for (IndicatorDifference d : c.drivers()) {
      if (d.citiesDiffering() == 0) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indicator", d.indicator().code());
      m.put("title", d.indicator().title());
      m.put("left_only", d.leftOnly());
      m.put("right_only", d.rightOnly());
      m.put("mean_contribution", d.meanContribution());
      ds.add(m);
    }
    out.put("drivers", ds);
    return out;
  }
}
