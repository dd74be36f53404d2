/**
 * LOSI stats io: the file formats of the statistics types, so that {@code dev.losi.stats} knows no
 * format and {@code dev.losi.io} does not depend on the statistics.
 *
 * <p>Reads reviewer decisions, reliability data ({@code unit,rater,value}), city scores, national OSI
 * values, paired data and reviewer probabilities from CSV, every problem with file, line and column; writes
 * rank-uncertainty results as JSON, CSV and XLSX, and agreement reports,
 * assessor reviews, reconciliations, organisation comparisons, correlations and the OSI-LOSI study as the
 * JSON documented in {@code docs/agreement.md}, {@code docs/correlation.md} and {@code docs/cli.md}, and
 * their tables as CSV ({@code StatisticsCsv}).
 */
module dev.losi.stats.io {
  requires transitive dev.losi.io;
  requires transitive dev.losi.stats;
  requires com.fasterxml.jackson.core;

  exports dev.losi.stats.io;
}
