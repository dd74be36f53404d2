/**
 * Formats for the LOSI model: {@link dev.losi.io.LosiJson JSON}, {@link dev.losi.io.AssessmentCsv CSV}
 * (long and wide), {@link dev.losi.io.AssessmentXlsx XLSX}, instrument files
 * ({@link dev.losi.io.InstrumentTables}), adjustment tables ({@link dev.losi.io.AdjustmentTables}), the catalogue of bundled instruments
 * ({@link dev.losi.io.Instruments}), reading any assessment file by extension
 * ({@link dev.losi.io.Assessments}) and the export of scoring results ({@link dev.losi.io.ResultsExport}).
 *
 * <p>Every reader collects all problems of an input and throws one
 * {@link dev.losi.core.LosiValidationException}; nothing is silently dropped, rounded or coerced.
 * Every writer writes so that reading gives back an equal object. Readers and writers are immutable
 * and thread-safe. The formats are described in {@code docs/formats.md}.
 */
package dev.losi.io;
