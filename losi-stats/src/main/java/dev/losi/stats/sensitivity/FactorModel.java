package dev.losi.stats.sensitivity;

/**
 * A model whose k random inputs ("factors", each possibly a group of variables) are each driven by its
 * own seeded random stream: {@code evaluate} receives one stream seed per factor and must derive the
 * factor's values from that seed only, so that two rows with the same seed for factor {@code i} have the
 * same value of factor {@code i}. This is what the A, B and A_B(i) matrices of a variance-based design
 * need, and it lets a factor be a whole block of draws (every disputed answer of a study, say).
 *
 * <p>Implementations must be thread-safe and deterministic.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FactorModel {

  /**
   * The model output for one row of a design.
   *
   * @param factorSeeds one stream seed per factor, in factor order (do not modify)
   * @return the output, finite
   */
  double evaluate(long[] factorSeeds);
}
