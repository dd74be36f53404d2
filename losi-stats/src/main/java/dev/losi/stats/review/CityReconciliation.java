package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import java.util.List;
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

  /** Copies the lists and checks that no component is null. */
  public CityReconciliation {
    Objects.requireNonNull(city, "city");
    assessorIds = List.copyOf(assessorIds);
    Objects.requireNonNull(consensus, "consensus");
    pending = List.copyOf(pending);
    resolved = List.copyOf(resolved);
    Objects.requireNonNull(notReconciledReason, "notReconciledReason");
  }

  /** True when the city has a consensus assessment. */
  public boolean isReconciled() {
    return consensus.isPresent();
  }
}
