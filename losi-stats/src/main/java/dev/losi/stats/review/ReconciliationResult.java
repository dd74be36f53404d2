package dev.losi.stats.review;

import dev.losi.core.Assessment;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Reconciliation#reconcile}: one {@link CityReconciliation} per city, in order of
 * first appearance. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReconciliationResult {

  private final List<CityReconciliation> cities;

  ReconciliationResult(List<CityReconciliation> cities) {
    this.cities = List.copyOf(cities);
  }

  /** {@return every city's reconciliation} */
  public List<CityReconciliation> cities() {
    return cities;
  }

  /** {@return the consensus assessments of the reconciled cities (what {@code losi reconcile --out} writes)} */
  public List<Assessment> consensusAssessments() {
    return cities.stream().map(CityReconciliation::consensus).flatMap(Optional::stream).toList();
  }

  /** {@return every item that needs a reviewer decision, by city then instrument order} */
  public List<PendingItem> pending() {
    return cities.stream().flatMap(c -> c.pending().stream()).toList();
  }

  /** {@return the cities without a consensus, with their reasons} */
  public List<CityReconciliation> notReconciled() {
    return cities.stream().filter(c -> !c.isReconciled()).toList();
  }

  /** {@return true when every city has a consensus assessment} */
  public boolean isComplete() {
    return cities.stream().allMatch(CityReconciliation::isReconciled);
  }
}
