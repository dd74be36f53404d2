/**
 * LOSI reports: self-contained HTML city scorecards, study reports and one-page policy summaries, with
 * inline CSS and SVG charts, labels from one resource bundle (English, French, Spanish) and chart data as CSV.
 * Knows no file-format library.
 */
module dev.losi.report {
  requires transitive dev.losi.core;
  requires transitive dev.losi.stats;

  exports dev.losi.report;
}
