package dev.losi.stats.study;

/**
 * How the country of a city row and of an OSI row is turned into an ISO 3166-1 alpha-3 code.
 *
 * @since 0.1.0
 */
public enum JoinBy {
  /**
   * A known code or a known name ({@link CountryCodes}); otherwise three upper-case ASCII letters are
   * taken as a code outside the UN table (for example {@code TWN}, {@code HKG}); anything else is unmatched.
   */
  AUTO,
  /** Only codes: three ASCII letters, compared upper-case; anything else is unmatched. */
  ISO3,
  /** Only names in the {@link CountryCodes} table; anything else (codes too) is unmatched. */
  NAME
}
