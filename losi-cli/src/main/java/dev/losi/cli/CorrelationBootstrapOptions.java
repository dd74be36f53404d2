package dev.losi.cli;

import dev.losi.stats.correlation.Bootstrap;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --bootstrap N} and {@code --seed S} of {@code losi correlate}: bootstrap BCa intervals from N resamples
 * instead of the analytic ones, reproducible for a seed (the seed also drives the study's cluster bootstrap). A
 * picocli mixin.
 */
final class CorrelationBootstrapOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--bootstrap", paramLabel = "N",
      description = "Bootstrap BCa confidence intervals from N resamples (" + LosiCommand.MIN_BOOTSTRAP + " to "
          + LosiCommand.MAX_BOOTSTRAP + ") instead of the analytic ones.")
  Integer resamples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed of the bootstrap (default: ${DEFAULT-VALUE}); the same seed gives the same intervals.")
  long seed;

  /**
   * Refuses a {@code --bootstrap} out of range.
   *
   * @throws picocli.CommandLine.ParameterException when it is (a usage error, exit 2)
   */
  void check() {
    LosiCommand.bootstrapReplicates(mixee, resamples, "resamples");
  }

  /** The bootstrap of {@code --bootstrap} and {@code --seed}; empty when {@code --bootstrap} is not given. */
  Optional<Bootstrap> bootstrap() {
    return resamples == null ? Optional.empty() : Optional.of(Bootstrap.of(resamples, seed));
  }
}
