package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The one entry point for assessment files, whatever their format and layout: {@code .json} (an
 * assessments document, {@link LosiJson}), {@code .csv} ({@link AssessmentCsv}) or {@code .xlsx}
 * ({@link AssessmentXlsx}), long or wide. What a command line needs for {@code --assessments FILE}, and
 * what a portal uses for an upload. All methods are static and thread-safe.
 *
 * <pre>{@code
 * List<Assessment> all = Assessments.reader(instrument).withAdjustments(adjustments).read(Path.of("sheet.xlsx"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Assessments {

  /** The name under which standard input is read and reported. */
  static final String STDIN = "-";

  private Assessments() {}

  /**
   * A reader checking against {@code instrument}, with the layout recognised from the header, no
   * adjustments, sheet {@value AssessmentXlsx#SHEET}, {@link CsvFormat#standard()}, {@link XlsxLimits#DEFAULT}
   * and {@link LosiJson#standard()}.
   *
   * @param instrument the instrument the input is checked against
   * @return the reader
   * @since 0.1.0
   */
  public static Reader reader(Instrument instrument) {
    return new Reader(Objects.requireNonNull(instrument, "instrument"), AssessmentLayout.AUTO, List.of(),
        AssessmentXlsx.SHEET, CsvFormat.standard(), XlsxLimits.DEFAULT, LosiJson.standard(), false);
  }

  /**
   * Reads the assessments of a file with {@link #reader(Instrument)}.
   *
   * @param file the file to read; problems name it
   * @param instrument the instrument the input is checked against
   * @return the assessments read
   * @throws LosiValidationException listing every problem of the file
   * @throws IOException when the input cannot be read
   */
  public static List<Assessment> read(Path file, Instrument instrument) throws IOException {
    return reader(instrument).read(file);
  }

  /**
   * Reads assessments in any format, checked against the instrument the same way in every format: the
   * instrument id, every indicator code, the values, no two answers of one city, assessor, date and
   * indicator (no two assessments of one city, assessor and date in JSON), one city id standing for one
   * city. Every input is read once, from its first byte to its last, so a pipe or standard input works.
   * Immutable and thread-safe.
   *
   * <p>The format is chosen by the file extension ({@code .json}, {@code .csv}, {@code .xlsx}, any case);
   * for another name, {@code -} (standard input) or a stream it is recognised from the first bytes: a zip
   * signature ({@code PK}) is XLSX, a first character <code>&#123;</code> (after a byte order mark and white
   * space) is JSON, anything else CSV.
   *
   * @since 0.1.0
   */
  public static final class Reader {
    // package-private: the settings that ReaderFormats, the machinery of every format, reads
    final Instrument instrument;
    final AssessmentLayout layout;
    final List<CountryAdjustment> adjustments;
    final String sheet;
    final CsvFormat csv;
    final XlsxLimits xlsx;
    final LosiJson json;
    final boolean userAssignedCountries;
    private final ReaderFormats formats;

    private Reader(Instrument instrument, AssessmentLayout layout, List<CountryAdjustment> adjustments, String sheet,
        CsvFormat csv, XlsxLimits xlsx, LosiJson json, boolean userAssignedCountries) {
      this.instrument = instrument;
      this.layout = Objects.requireNonNull(layout, "layout");
      this.adjustments = List.copyOf(adjustments);
      this.sheet = Objects.requireNonNull(sheet, "sheet");
      this.csv = Objects.requireNonNull(csv, "csv");
      this.xlsx = Objects.requireNonNull(xlsx, "xlsx");
      this.json = Objects.requireNonNull(json, "json");
      this.userAssignedCountries = userAssignedCountries;
      this.formats = new ReaderFormats(this);
    }

    /**
     * This reader with the layout of CSV and XLSX tables; {@link AssessmentLayout#AUTO} (the default) recognises it.
     *
     * @param layout long, wide or {@link AssessmentLayout#AUTO}
     * @return a copy of this reader with that setting
     */
    public Reader withLayout(AssessmentLayout layout) {
      return new Reader(instrument, layout, adjustments, sheet, csv, xlsx, json, userAssignedCountries);
    }

    /**
     * This reader accepting, in every format, the codes of the local indicators that the
     * {@code ADD_LOCAL_INDICATOR} adjustments among {@code adjustments} add; see
     * {@link AssessmentCsv.Reader#adjustments}.
     *
     * @param adjustments the adjustments whose {@code ADD_LOCAL_INDICATOR} entries add local indicator codes
     * @return a copy of this reader with that setting
     */
    public Reader withAdjustments(Collection<CountryAdjustment> adjustments) {
      return new Reader(instrument, layout, List.copyOf(adjustments), sheet, csv, xlsx, json, userAssignedCountries);
    }

    /**
     * This reader reading the XLSX sheet {@code sheet} (default {@value AssessmentXlsx#SHEET}).
     *
     * @param sheet the sheet name
     * @return a copy of this reader with that setting
     */
    public Reader withSheet(String sheet) {
      return new Reader(instrument, layout, adjustments, sheet, csv, xlsx, json, userAssignedCountries);
    }

    /**
     * This reader with another CSV format (delimiter, encoding, limits, problem cap).
     *
     * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
     * @return a copy of this reader with that setting
     */
    public Reader withCsvFormat(CsvFormat format) {
      return new Reader(instrument, layout, adjustments, sheet, format, xlsx, json, userAssignedCountries);
    }

    /**
     * This reader with other XLSX limits.
     *
     * @param limits the limits
     * @return a copy of this reader with that setting
     */
    public Reader withXlsxLimits(XlsxLimits limits) {
      return new Reader(instrument, layout, adjustments, sheet, csv, limits, json, userAssignedCountries);
    }

    /**
     * This reader held to {@code limits} in every format: the CSV limits and problem cap of its CSV format,
     * the XLSX limits and the JSON limits are replaced.
     *
     * @param limits the limits
     * @return a copy of this reader with that setting
     */
    public Reader withLimits(ReadLimits limits) {
      return new Reader(instrument, layout, adjustments, sheet, limits.applyTo(csv), limits.xlsx(),
          LosiJson.withLimits(limits.json()), userAssignedCountries);
    }

    /**
     * This reader with other JSON limits.
     *
     * @param json the JSON reader and writer (its limits)
     * @return a copy of this reader with that setting
     */
    public Reader withJson(LosiJson json) {
      return new Reader(instrument, layout, adjustments, sheet, csv, xlsx, json, userAssignedCountries);
    }

    /**
     * This reader accepting, in every format, the user-assigned country codes of ISO 3166-1 (AAA-AAZ,
     * QMA-QZZ, XAA-XZZ, ZZA-ZZZ), which test data and synthetic samples use; by default they are refused.
     * Any other country must be an officially assigned ISO 3166-1 alpha-3 code (the 249 codes of Debian's
     * iso-codes), whatever this option.
     *
     * @param allow true to accept user-assigned codes
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader allowUserAssignedCountries(boolean allow) {
      return new Reader(instrument, layout, adjustments, sheet, csv, xlsx, json, allow);
    }

    /**
     * Reads a file, or standard input when {@code file} is {@code -} (not closed then). Problems name the
     * file by its last name element ({@code -} for standard input).
     *
     * @param file the file to read, or {@code -} for standard input
     * @return the assessments read
     * @throws LosiValidationException listing every problem of the file
     * @throws IOException when the file cannot be read
     */
    public List<Assessment> read(Path file) throws IOException {
      if (file.toString().equals(STDIN)) {
        return read(System.in, STDIN, null);
      }
      String source = file.getFileName().toString();
      AssessmentFormat f = AssessmentFormat.of(source);
      if (f == AssessmentFormat.XLSX && Files.isRegularFile(file)) {
        return formats.readWorkbook(() -> XlsxTable.open(file, xlsx));
      }
      // a pipe or device such as /dev/stdin: a FileInputStream, whose available() does not seek
      boolean special = Files.exists(file) && !Files.isRegularFile(file);
      try (InputStream in = special ? new FileInputStream(file.toFile()) : Files.newInputStream(file)) {
        return read(in, source, f);
      }
    }

    /**
     * Reads assessments from bytes (not closed), recognising the format from {@code source}'s extension
     * or else from the first bytes; {@code source} names them in problems.
     *
     * @param in the bytes, read to the end
     * @param source names the input in problems, for example its file name
     * @return the assessments read
     * @throws IOException when the input cannot be read
     */
    public List<Assessment> read(InputStream in, String source) throws IOException {
      return read(in, source, AssessmentFormat.of(source));
    }

    private List<Assessment> read(InputStream in, String source, AssessmentFormat known) throws IOException {
      return formats.read(in, source, known);
    }

    /**
     * Reads a file like {@link #read(Path)} and hands each assessment to {@code sink} as packed answers, in the
     * order {@code read(file)} returns them: for whole-file statistics that look answers up by indicator, such as
     * agreement between assessors. The assessments, every answer with its evidence, and the problems are those
     * of {@code read(file)}; nothing reaches the sink unless the whole file is valid.
     *
     * <p>A long-layout UTF-8 CSV file is read at the byte level as by {@link #score(Path, Scorer, LongConsumer)},
     * with no object per row or answer, and then, when a row has an {@code evidence_url} or {@code note} cell
     * that is not empty, once more for those rows; {@code bytesRead} hears the first reading. Any other input,
     * and a CSV file with a problem or a rarity, is read by {@link #read(Path)} and packed.
     *
     * @param file the assessments file ({@code -} for standard input, which is read by {@link #read(Path)})
     * @param bytesRead told the number of bytes read so far, for progress (in bytes, growing)
     * @param sink told each assessment, in file order
     * @throws LosiValidationException listing every problem of the file
     * @throws IOException when the file cannot be read
     * @since 0.1.0
     */
    public void readPacked(Path file, LongConsumer bytesRead, PackedAssessmentSink sink) throws IOException {
      Objects.requireNonNull(bytesRead, "bytesRead");
      Objects.requireNonNull(sink, "sink");
      if (!file.toString().equals(STDIN) && Files.isRegularFile(file)
          && AssessmentFormat.of(file.getFileName().toString()) == AssessmentFormat.CSV) {
        PackedAssessments packed = LongCsvParts.scan(file, instrument, codes(), csv, layout, bytesRead);
        if (packed != null) {
          PackedFeed.of(packed, packed.texts ? LongCsvTexts.read(file, instrument, csv) : Map.of(), sink);
          return;
        }
      }
      PackedFeed.of(instrument, read(file), sink);
    }

    /**
     * Reads and scores a file in one streaming pass (standard input when {@code file} is {@code -}): CSV
     * and XLSX rows go straight into packed answers, one group of {@code instrument.size()} ints per city,
     * assessor and date, so memory grows with the number of assessments, never with the number of rows;
     * JSON is read as a document first. The scores, and the problems of reading and then of scoring, are
     * exactly those of {@code scorer.scoreAll(read(file))}, in the same order; nothing is returned unless
     * the whole input is valid.
     *
     * @param file the assessments
     * @param scorer a scorer of this reader's instrument
     * @return one score per assessment, in order of first appearance
     * @throws LosiValidationException listing every problem of the file, or else of scoring
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when the scorer is for another instrument
     * @since 0.1.0
     */
    public List<CityScore> score(Path file, Scorer scorer) throws IOException {
      return score(file, scorer, bytes -> { });
    }

    /**
     * Reads and scores a file like {@link #score(Path, Scorer)}, telling {@code bytesRead} how many bytes of
     * a CSV file were read so far, for a progress display (it is called on the reading thread).
     *
     * <p>A long-layout UTF-8 CSV file is read at the byte level, with no object per row. When it holds any
     * problem (or a rarity such as a quoted field spanning lines, see {@code docs/performance.md}) it is read
     * a second time by the general reader, which reports every problem; {@code bytesRead} hears only the
     * first reading. Scores and problems are the same either way.
     *
     * @param file the file to read; problems name it
     * @param scorer the scorer (instrument, adjustments, missing-answer policy)
     * @param bytesRead told the bytes read so far; may be called many times
     * @return one score per assessment, in the order the assessments are read
     * @throws LosiValidationException listing every problem of the file, or else of scoring
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when the scorer is for another instrument
     * @since 0.1.0
     */
    public List<CityScore> score(Path file, Scorer scorer, LongConsumer bytesRead) throws IOException {
      requireInstrument(scorer);
      Objects.requireNonNull(bytesRead, "bytesRead");
      if (file.toString().equals(STDIN)) {
        return score(System.in, STDIN, null, scorer);
      }
      String source = file.getFileName().toString();
      AssessmentFormat f = AssessmentFormat.of(source);
      if (f == AssessmentFormat.XLSX && Files.isRegularFile(file)) {
        return scoreWorkbook(() -> XlsxTable.open(file, xlsx), scorer);
      }
      if (f == AssessmentFormat.CSV && Files.isRegularFile(file)) {
        PackedAssessments packed = LongCsvParts.scan(file, instrument, codes(), csv, layout, bytesRead);
        if (packed != null) {
          try {
            return packed.score(scorer);
          } catch (LosiValidationException e) {
            // scoring problems: the general reader below reads the file again to name each city's line
          }
        }
      }
      try (InputStream in = Files.newInputStream(file)) {
        return score(in, source, f, scorer);
      }
    }

    /**
     * Reads and scores assessments from bytes (not closed) in one streaming pass, like
     * {@link #score(Path, Scorer)}; the format is recognised as by {@link #read(InputStream, String)}.
     *
     * @param in the bytes, read to the end
     * @param source names the input in problems, for example its file name
     * @param scorer the scorer (instrument, adjustments, missing-answer policy)
     * @return one score per assessment, in the order the assessments are read
     * @throws LosiValidationException listing every problem of the input, or else of scoring
     * @throws IllegalArgumentException when the scorer is for another instrument
     * @throws IOException when the input cannot be read
     * @since 0.1.0
     */
    public List<CityScore> score(InputStream in, String source, Scorer scorer) throws IOException {
      requireInstrument(scorer);
      return score(in, source, AssessmentFormat.of(source), scorer);
    }

    private void requireInstrument(Scorer scorer) {
      if (!scorer.instrument().equals(instrument)) {
        throw new IllegalArgumentException("the scorer is for instrument " + scorer.instrument().id()
            + ", the reader for " + instrument.id());
      }
    }

    private List<CityScore> score(InputStream in, String source, AssessmentFormat known, Scorer scorer) throws IOException {
      return formats.score(in, source, known, scorer);
    }

    /** The indicator codes, countries and local indicators accepted, as every format checks them. */
    IndicatorCodes codes() {
      return IndicatorCodes.of(instrument, adjustments).withUserAssignedCountries(userAssignedCountries);
    }

    private List<CityScore> scoreWorkbook(Tables.BookOpener opener, Scorer scorer) throws IOException {
      return formats.scoreWorkbook(opener, scorer);
    }
  }

  /**
   * Writes assessments in the format of the extension: JSON document, long CSV or long XLSX
   * (use {@link AssessmentCsv#wideWriter} or {@link AssessmentXlsx#wideWriter} for the wide layout).
   *
   * @param assessments the assessments to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void write(Collection<Assessment> assessments, Path file) throws IOException {
    AssessmentFormat.write(assessments, file);
  }
}
