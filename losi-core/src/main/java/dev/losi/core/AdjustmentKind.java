package dev.losi.core;

/**
 * The kind of a {@link CountryAdjustment}.
 *
 * @since 0.1.0
 */
public enum AdjustmentKind {
  /**
   * The indicator does not apply under the country's governance (for example a service delivered
   * nationally): it leaves both the numerator and the denominator of the adjusted LOSI.
   */
  EXCLUDE_INDICATOR,
  /**
   * For an MGP-specific indicator, evidence on the named channels counts as if found on the municipal
   * portal (for example the national portal of a city-state).
   */
  ACCEPT_CHANNEL,
  /** The indicator gets another weight in the adjusted LOSI. */
  REWEIGHT,
  /**
   * A local (regional, rural) indicator the country adds. It is scored in its own local sub-score and
   * never inside the standard or adjusted LOSI.
   */
  ADD_LOCAL_INDICATOR
}
