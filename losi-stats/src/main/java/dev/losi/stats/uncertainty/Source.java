package dev.losi.stats.uncertainty;

/**
 * A source of uncertainty in a city's LOSI, rank and level. Each can be switched on or off; a source that
 * is off keeps the value used for the point score. The point score is the mean of the city's assessors'
 * LOSI values (standard, or adjusted when adjustments are given) with the instrument as published.
 *
 * @since 0.1.0
 */
public enum Source {
  /**
   * Assessor disagreement. An indicator is <em>disputed</em> in a city when the city's assessors recorded
   * different answers for it (present or not, or present with different evidence channels). Off, each
   * indicator counts with the share of assessors for whom it counts (so the score is the mean of the
   * assessors' scores). On, each disputed indicator is resolved independently by drawing one of that
   * city's assessors' answers, each with probability 1/n, or, when a reviewer-probability table gives
   * P(present) = p for it, an assessor who answered present with total probability p and one who did not
   * with total probability 1 - p (uniformly within each group).
   */
  DISAGREEMENT,
  /**
   * The denominator (maximum points). On, each draw takes one of the given denominator scenarios (for
   * example 95 and 96 for LOSI 2024) with equal probability; a denominator above the sum of weights adds
   * the surplus to every city's maximum, as {@code Instrument.declaredMaximum()} does.
   */
  DENOMINATOR,
  /**
   * Reconstructed instrument fields. On, each low-confidence reconstructed call (a channel scope or a
   * criterion, see {@link ReconstructedCall}) is flipped to its alternative independently with its
   * probability (1/2 unless given). A channel-scope flip changes whether evidence naming only non-municipal
   * channels counts; a criterion flip matters only through criterion weights.
   */
  RECONSTRUCTED,
  /**
   * Criterion weights. With {@link WeightScheme#DIRICHLET} the criterion shares
   * {@code (omega_1..omega_C)} are drawn from a Dirichlet distribution with parameters
   * {@code kappa * pi_c}, where {@code pi_c} is criterion c's share of the instrument's weight and
   * {@code kappa} the stated concentration, so {@code E[omega_c] = pi_c} and
   * {@code Var[omega_c] = pi_c (1 - pi_c) / (kappa + 1)}. With {@link WeightScheme#EQUAL_CRITERIA} each
   * draw uses, with probability 1/2 each, the instrument's weights or criteria weighted equally
   * ({@code omega_c = 1/C}). An indicator of criterion c then weighs {@code w_i * omega_c * W / W_c}, with
   * {@code W} the sum of weights and {@code W_c} that of criterion c, so the maximum is unchanged.
   */
  WEIGHTS,
  /**
   * Country adjustments. On, each draw applies the given adjustments or not, with probability 1/2 each, so
   * a city's score is its adjusted or its standard LOSI. Without adjustments this source has no effect and
   * is refused.
   */
  ADJUSTMENTS
}
