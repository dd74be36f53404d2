package dev.losi.cli.internal;

/**
 * The output formats of the commands.
 *
 * @since 0.1.0
 */
public enum OutputFormat {
  /** Aligned columns for reading in a terminal; numbers rounded for display only. */
  TABLE,
  /** RFC 4180 CSV, comma-separated, full precision. */
  CSV,
  /** JSON, full precision. */
  JSON,
  /** Markdown (only where a command says so). */
  MD,
  /** An XLSX workbook (only where a command says so; needs a file). */
  XLSX;

  /** Parses a case-insensitive name. */
  public static OutputFormat parse(String s) {
    return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
