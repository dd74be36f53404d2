package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.Instrument;
import dev.losi.core.level.Level;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.plan.PlanTables;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The planner options that {@code losi plan} and {@code losi report} share, read the same way: {@code --peers
 * all|country}, {@code --target very-high|high|middle|low}, {@code --effort FILE} and {@code --uptake FILE}
 * ({@code -} is standard input).
 */
final class PlanOptions {

  private PlanOptions() {}

  /**
   * The peer group of a {@code --peers} value.
   *
   * @throws CommandLine.ParameterException for a value other than all or country (exit 2)
   */
  static Planner.PeerGroup peers(CommandSpec spec, String value) {
    return OptionWords.choose(spec, "--peers", value, Map.entry("all", Planner.PeerGroup.ALL),
        Map.entry("country", Planner.PeerGroup.COUNTRY));
  }

  /**
   * The level of a {@code --target} value ({@code very-high}, {@code high}, {@code middle}, {@code low}), or
   * null when the option is not given (each city aims at its next level up).
   *
   * @throws CommandLine.ParameterException for any other value (exit 2)
   */
  static Level target(CommandSpec spec, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Level.parse(value.replace('-', ' '));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--target must be very-high, high, middle or low, got \"" + value + "\"");
    }
  }

  /** The planner of these options; {@code effort}, {@code uptake} and {@code target} may be null (not given). */
  static Planner planner(Scorer scorer, Instrument ins, Path effort, Path uptake, Planner.PeerGroup peers,
      Level target) {
    Planner planner = Planner.of(scorer).withPeerGroup(peers);
    if (effort != null) {
      planner = planner.withEfforts(Problems.reading(effort, () -> PlanTables.readEfforts(effort, ins),
          (in, source) -> PlanTables.readEfforts(in, source, ins)));
    }
    if (uptake != null) {
      planner = planner.withUptake(Problems.reading(uptake, () -> PlanTables.readUptake(uptake, ins),
          (in, source) -> PlanTables.readUptake(in, source, ins)));
    }
    return target == null ? planner : planner.withTarget(target);
  }
}
