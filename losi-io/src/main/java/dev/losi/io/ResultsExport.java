package dev.losi.io;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.level.RatingClassifier;
import dev.losi.core.results.CityResult;
import dev.losi.core.results.Results;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.io.internal.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Export of scoring results ({@link CityScore}s) as JSON, CSV or an XLSX workbook, with the level,
 * rating class, competition rank and ranks within country, region and size class of each standard LOSI,
 * as classified once by {@link Results}: relative to all cities when each city has one score, else to
 * each assessor's own cities (the reference set, written beside the ranks). The CSV and JSON read back
 * with {@link RecordedResults}; the workbook is for people.
 *
 * <p>Every number is written so that it reads back to the same double (points and maxima that are whole
 * numbers as integers, other values in the shortest exact decimal form); rounding for display is left to
 * the reader of the file. Adjusted values appear only for cities to which an adjustment applies, beside
 * the standard values, never instead of them. Columns and fields are listed in {@code docs/formats.md}.
 *
 * <pre>{@code
 * List<CityScore> scores = Scorer.of(instrument).scoreAll(assessments);
 * ResultsExport.of(scores).writeXlsx(Path.of("results.xlsx"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultsExport {

  private final Results results;
  private final List<CityScore> scores;
  private final List<CityResult> rows;

  private final Codebook.Description description;

  private ResultsExport(Results results, Codebook.Description description) {
    this.results = results;
    this.scores = results.scores();
    this.rows = results.results();
    this.description = description;
  }

  /**
   * This export with the run described in the workbook's {@code codebook} sheet: the instrument (id,
   * title, edition, size) and its denominator (the declared maximum or the sum of the weights), the
   * missing-answer policy and every country adjustment given to the scorer (applied or not). Without it
   * the codebook says these are not stated. Only the XLSX workbook carries a codebook; CSV and JSON are
   * unchanged.
   *
   * @param instrument the instrument the scores were computed with
   * @param policy the scorer's missing-answer policy
   * @param adjustments the adjustments given to the scorer, in the order given
   * @return a copy of this export that describes the run
   */
  public ResultsExport describedBy(Instrument instrument, MissingAnswerPolicy policy,
      Collection<CountryAdjustment> adjustments) {
    return new ResultsExport(results, new Codebook.Description(Optional.of(instrument), Optional.of(policy),
        List.copyOf(adjustments)));
  }

  /**
   * An export of these results, in the order given, classified by {@link Results#of(Collection)}: among
   * all cities when each city has one score, else among each assessor's own cities.
   *
   * @param scores the scores, any number per city
   * @return the export
   */
  public static ResultsExport of(Collection<CityScore> scores) {
    return new ResultsExport(Results.of(scores), Codebook.Description.NONE);
  }

  /**
   * An export of results already classified.
   *
   * @param results the classified results
   * @return the export
   */
  public static ResultsExport of(Results results) {
    return new ResultsExport(results, Codebook.Description.NONE);
  }

  /** {@return the classified results exported} */
  public Results results() {
    return results;
  }

  /** {@return the results, in export order} */
  public List<CityScore> scores() {
    return scores;
  }

  /** {@return the level, rating class and rank of each result's standard LOSI, in export order (see {@link #results()})} */
  public List<RatingClassifier.Classification> classifications() {
    return rows.stream().map(r -> new RatingClassifier.Classification(r.score().losi(), r.level(), r.ratingClass(),
        r.rank())).toList();
  }

  // --- JSON -------------------------------------------------------------------------------

  /** {@return the results document: {@code {"schemaVersion": 1, "results": [...]}}, pretty-printed} */
  public String toJson() {
    StringWriter text = new StringWriter(1024);
    try {
      ResultJson.write(rows, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * Writes the results document to a file (atomically), one result at a time.
   *
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public void writeJson(Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      ResultJson.write(rows, w);
    });
  }

  /**
   * Writes the results document as text to {@code w} (flushed, not closed), one result at a time: the text
   * of {@link #toJson()}, with no copy of the whole document in memory.
   *
   * @param w where the text goes
   * @throws IOException when writing fails
   * @since 0.1.0
   */
  public void writeJson(Writer w) throws IOException {
    ResultJson.write(rows, w);
  }

  // --- tables -----------------------------------------------------------------------------

  /** The results table: a header row, then one row per result (cells: String text or Number). */
  List<List<Object>> table() {
    return ResultTable.of(results);
  }

  /**
   * The results table as CSV text.
   *
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the CSV text
   */
  public String toCsv(CsvFormat format) {
    return Tables.toCsv(table(), format);
  }

  /**
   * Writes the results table as CSV to a file (atomically).
   *
   * @param file the file to write
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @throws IOException when writing fails
   */
  public void writeCsv(Path file, CsvFormat format) throws IOException {
    AtomicFiles.write(file, out -> Tables.writeCsv(table(), out, format));
  }

  /**
   * Writes the results table as CSV text to {@code w} (flushed, not closed), one row at a time: the text of
   * {@link #toCsv(CsvFormat)}, with no copy of the whole table in memory.
   *
   * @param w where the text goes
   * @param format the CSV format (delimiter, line separator, BOM)
   * @throws IOException when writing fails
   * @since 0.1.0
   */
  public void writeCsv(Writer w, CsvFormat format) throws IOException {
    Tables.writeCsv(table(), w, format);
  }

  /**
   * Writes a results workbook (atomically): sheet {@code results} (the results table), sheet
   * {@code downgrades} (one row per channel-scope downgrade), sheet {@code adjustments} (one row per
   * adjustment applied to a result) and sheet {@code codebook} (the SDK version, instrument and edition,
   * denominator, missing-answer policy and adjustments, as far as {@link #describedBy} stated them, and
   * the meaning of every column of every sheet). Every sheet's first row is a bold, frozen header with an
   * autofilter. The same results give the same bytes.
   *
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public void writeXlsx(Path file) throws IOException {
    AtomicFiles.write(file, this::writeXlsx);
  }

  /**
   * Writes the results workbook to a stream (not closed).
   *
   * @param out the stream written to
   * @throws IOException when writing fails
   */
  public void writeXlsx(OutputStream out) throws IOException {
    ResultsWorkbook.write(scores, table(), description, out);
  }
}
