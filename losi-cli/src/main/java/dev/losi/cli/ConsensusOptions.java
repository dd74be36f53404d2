package dev.losi.cli;

import dev.losi.stats.review.ReconciliationPolicy;
import dev.losi.stats.review.TiePolicy;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How {@code losi reconcile} forms a consensus: {@code --ties wait|absent} (a tied item waits for a reviewer
 * decision, or becomes ABSENT) and {@code --consensus-id ID} (the assessor id of the consensus assessments). A
 * picocli mixin; {@link #policy()} is the reconciliation policy.
 */
final class ConsensusOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--ties", paramLabel = "wait|absent", defaultValue = "wait",
      description = "A tie waits for a decision (default) or becomes ABSENT (listed as resolved by policy).")
  String ties;

  /**
   * The policy of {@code --ties} and of {@code --consensus-id} (below).
   *
   * @throws picocli.CommandLine.ParameterException for a {@code --ties} word not offered (a usage error, exit 2)
   */
  ReconciliationPolicy policy() {
    return new ReconciliationPolicy(OptionWords.choose(mixee, "--ties", ties,
        Map.entry("wait", TiePolicy.WAIT_FOR_DECISION), Map.entry("absent", TiePolicy.ABSENT_WHEN_TIED)), consensusId);
  }

  @Option(names = "--consensus-id", paramLabel = "ID", defaultValue = "consensus",
      description = "The assessor id of the consensus assessments (default: ${DEFAULT-VALUE}).")
  String consensusId;
}
