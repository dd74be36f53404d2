package dev.losi.stats.uncertainty;

/**
 * How {@link Source#WEIGHTS} varies the criterion weights.
 *
 * @since 0.1.0
 */
public enum WeightScheme {
  /** Criterion shares drawn from a Dirichlet centred on the instrument's shares, with a stated concentration. */
  DIRICHLET,
  /** The instrument's weights or criteria weighted equally, with probability 1/2 each (two scenarios). */
  EQUAL_CRITERIA
}
