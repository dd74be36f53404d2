package dev.losi.cli;

import dev.losi.core.Instrument;
import dev.losi.core.level.Level;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.Scorer;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The improvement-plan options of {@code losi report}, read as {@code losi plan} reads them ({@link PlanOptions}):
 * {@code --effort FILE}, {@code --uptake FILE}, {@code --peers all|country} and {@code --target LEVEL}. Any of
 * them adds the plans across cities to the study and summary reports. A picocli mixin.
 */
final class ReportPlanOptions {

  @Option(names = "--effort", paramLabel = "FILE",
      description = "Effort classes for the improvement plans, CSV indicator,effort[,note] as for losi plan; study and"
          + " summary then show the plans across cities.")
  Path effort;

  @Option(names = "--uptake", paramLabel = "FILE",
      description = "Peer uptake for the improvement plans, CSV indicator,uptake (share 0 to 1), as for losi plan.")
  Path uptake;

  @Option(names = "--peers", paramLabel = "all|country",
      description = "Peer uptake of the plans among all other cities (default) or those of the same country, as for"
          + " losi plan.")
  String peers;

  /** The peer group of {@code --peers} (all when not given), refused in the words of the command {@code spec}. */
  Planner.PeerGroup peerGroup(CommandSpec spec) {
    return PlanOptions.peers(spec, peers == null ? "all" : peers);
  }

  @Option(names = "--target", paramLabel = "LEVEL",
      description = "The plans' target level for every city: very-high, high, middle or low (default: each city's"
          + " next level up), as for losi plan.")
  String target;

  /** The level of {@code --target}; null when not given (each city aims at its next level up). */
  Level level(CommandSpec spec) {
    return PlanOptions.target(spec, target);
  }

  /** True when any of the four options is given. */
  boolean given() {
    return effort != null || uptake != null || peers != null || target != null;
  }

  /** The planner of these options ({@link PlanOptions#planner}). */
  Planner planner(Scorer scorer, Instrument ins, Planner.PeerGroup group, Level level) {
    return PlanOptions.planner(scorer, ins, effort, uptake, group, level);
  }
}
