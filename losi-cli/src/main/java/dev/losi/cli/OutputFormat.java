package dev.losi.cli;

/**
 * The output formats of the commands: not API (the CLI exports no package), named by {@code --format}.
 */
enum OutputFormat {
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
  static OutputFormat parse(String s) {
    return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
