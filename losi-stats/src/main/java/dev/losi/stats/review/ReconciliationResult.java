package dev.losi.stats.review;

import dev.losi.core.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link Reconciliation#reconcile}: one {@link CityReconciliation} per city, in order of
 * first appearance. Immutable and thread-safe.
 */
public final class ReconciliationResult {

  private final List<CityReconciliation> cities;

  ReconciliationResult(List<CityReconciliation> cities) {
    this.cities = List.copyOf(cities);
  }

  /** Every city's reconciliation. */
  public List<CityReconciliation> cities() {
    return cities;
  }

  /** The consensus assessments of the reconciled cities (what {@code losi reconcile --out} writes). */
  public List<Assessment> consensusAssessments() {
    return cities.stream().map(CityReconciliation::consensus).flatMap(Optional::stream).toList();
  }

  /** Every item that needs a reviewer decision, by city then instrument order. */
  public List<PendingItem> pending() {
    return cities.stream().flatMap(c -> c.pending().stream()).toList();
  }

  /** The cities without a consensus, with their reasons. */
  public List<CityReconciliation> notReconciled() {
    return cities.stream().filter(c -> !c.isReconciled()).toList();
  }

  /** True when every city has a consensus assessment. */
  public boolean isComplete() {
    return cities.stream().allMatch(CityReconciliation::isReconciled);
  }

  /**
   * The outcome as a JSON-ready tree (maps, lists, strings, numbers, booleans, null): {@code complete},
   * {@code cities} (each with {@code city}, {@code assessors}, {@code reconciled}, {@code reason} when not,
   * {@code unanimous_items}, {@code pending} (indicator, reason, answers) and {@code resolved} (indicator,
   * answer, resolution, reviewer and note for decisions, answers)). Each answer is
   * {@code {assessor, answer, evidence}}. The consensus assessments themselves are written by the caller.
   */
  public Map<String, Object> toJsonTree() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("complete", isComplete());
    List<Object> cs = new ArrayList<>();
    for (CityReconciliation c : cities) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("city", c.city().id());
      m.put("assessors", c.assessorIds());
      m.put("reconciled", c.isReconciled());
      m.put("reason", c.notReconciledReason().orElse(null));
      m.put("unanimous_items", c.unanimousItems());
      List<Object> pending = new ArrayList<>();
      for (PendingItem p : c.pending()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("indicator", p.indicator().code());
        pm.put("reason", p.reason());
        pm.put("answers", answers(p.answers()));
        pending.add(pm);
      }
      m.put("pending", pending);
      List<Object> resolved = new ArrayList<>();
      for (ResolvedItem r : c.resolved()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("indicator", r.indicator().code());
        rm.put("answer", r.answer().name());
        rm.put("resolution", r.resolution().name().toLowerCase(java.util.Locale.ROOT));
        rm.put("reviewer", r.decision().map(ReviewerDecision::reviewer).orElse(null));
        rm.put("note", r.decision().flatMap(ReviewerDecision::note).orElse(null));
        rm.put("answers", answers(r.answers()));
        resolved.add(rm);
      }
      m.put("resolved", resolved);
      cs.add(m);
    }
    out.put("cities", cs);
    return out;
  }

  private static List<Object> answers(List<AssessorAnswer> answers) {
    List<Object> out = new ArrayList<>();
    for (AssessorAnswer a : answers) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("assessor", a.assessorId());
      m.put("answer", a.answer().name());
      m.put("evidence", a.evidence().map(AssessmentReview::evidence).orElse(null));
      out.add(m);
    }
    return out;
  }
}
