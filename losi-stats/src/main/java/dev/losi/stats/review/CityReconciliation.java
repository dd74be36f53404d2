package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reconciliation of one city.
 *
 * @param city the city
 * @param assessorIds its assessors, in id order
 * @param consensus the consensus assessment; empty while items are pending or the city has a single
 *     assessment
 * @param pending the items that need a reviewer decision
 * @param resolved the items settled by majority, reviewer decision or tie policy (unanimous items are
 *     only counted)
 * @param unanimousItems the number of items on which every assessor who answered agreed
 * @param notReconciledReason why there is no consensus, when there is none
 *
 * @since 0.1.0
 */
public record CityReconciliation(City city, List<String> assessorIds, Optional<Assessment> consensus,
    List<PendingItem> pending, List<ResolvedItem> resolved, long unanimousItems, Optional<String> notReconciledReason) {

  /**
   * Copies the lists and checks that no component is null.
   *
   * @param city the city
   * @param assessorIds its assessors, in id order
   * @param consensus the consensus assessment
   * @param pending the items that need a reviewer decision
   * @param resolved the items settled by majority, reviewer decision or tie policy
   * @param unanimousItems the number of items on which every assessor who answered agreed
   * @param notReconciledReason why there is no consensus, when there is none
   */
  public CityReconciliation {
    Objects.requireNonNull(city, "city");
    assessorIds = List.copyOf(assessorIds);
    Objects.requireNonNull(consensus, "consensus");
    pending = List.copyOf(pending);
    resolved = List.copyOf(resolved);
    Objects.requireNonNull(notReconciledReason, "notReconciledReason");
  }

  /** {@return true when the city has a consensus assessment} */
  public boolean isReconciled() {
    return consensus.isPresent();
  }

  /**
   * How {@code losi agreement} counts the pending and resolved items of this city, every kind with its
   * number of items (zero included), in {@link AgreementCount} order. The {@link AgreementCount#DISAGREEMENT}
   * entry equals the city's {@link CityAgreement#itemsDisagreeing()} (every item whose scored answers differ
   * has differing answers, so it is pending or resolved); the other entries explain why reconciliation
   * lists more items than agreement counts.
   *
   * @return every {@link AgreementCount} with its number of items
   */
  public Map<AgreementCount, Long> agreementCounts() {
    Map<AgreementCount, Long> out = new EnumMap<>(AgreementCount.class);
    for (AgreementCount k : AgreementCount.values()) {
      out.put(k, 0L);
    }
    pending.forEach(p -> out.merge(p.agreementCount(), 1L, Long::sum));
    resolved.forEach(r -> out.merge(r.agreementCount(), 1L, Long::sum));
    return Collections.unmodifiableMap(out);
  }
}
