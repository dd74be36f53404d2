package dev.losi.io;

/**
 * The layout of an assessments table (CSV file or XLSX sheet); see {@code docs/formats.md}.
 *
 * @since 0.1.0
 */
public enum AssessmentLayout {
  /**
   * Recognised from the header row, read once: a header with an {@code indicator} or a {@code value}
   * column is {@link #LONG} (and must then have both), any other is {@link #WIDE}.
   */
  AUTO,
  /** One row per city, assessor and indicator. */
  LONG,
  /** One row per city and assessor, one column per indicator code. */
  WIDE
}
