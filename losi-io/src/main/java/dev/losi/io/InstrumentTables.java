package dev.losi.io;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Instruments as a table, in CSV or in the {@value #SHEET} sheet of an XLSX workbook, so that an
 * organisation can define its own instrument in a spreadsheet (see {@code docs/formats.md}).
 *
 * <p>Columns: {@code code,title,description,criterion,criterion_name,channel_scope,weight,tags,provenance,
 * instrument_id,edition_year,instrument_title,instrument_provenance,declared_maximum}. A row with an
 * empty {@code code} declares a criterion ({@code criterion} and {@code criterion_name}); every other
 * row is an indicator. The {@code instrument_*}, {@code edition_year} and {@code declared_maximum}
 * cells are filled on the first row and left blank (or repeated identically) below. Tags are joined
 * with {@code |}; provenance entries are {@code field|STATUS|reason}, one per line in the cell. A blank
 * weight means 1.
 *
 * <p>All methods are static and thread-safe; readers collect every problem into one
 * {@link LosiValidationException}.
 *
 * @since 0.1.0
 */
public final class InstrumentTables {

  /** The sheet of an instrument workbook. */
  public static final String SHEET = "instrument";

  static final List<String> COLUMNS = List.of("code", "title", "description", "criterion", "criterion_name",
      "channel_scope", "weight", "tags", "provenance", "instrument_id", "edition_year", "instrument_title",
      "instrument_provenance", "declared_maximum");
  static final List<String> REQUIRED = List.of("code", "title", "criterion", "channel_scope", "instrument_id",
      "edition_year", "instrument_title");

  private InstrumentTables() {}

  /**
   * Reads an instrument CSV file (delimiter detected, UTF-8 with or without BOM).
   *
   * @param file the file to read; problems name it
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readCsv(Path file) throws IOException {
    return TextStreams.readFile(file, (in, source) -> readCsv(in, source, CsvFormat.standard()));
  }

  /**
   * Reads instrument CSV from UTF-8 bytes; {@code source} names them in problems. Not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readCsv(InputStream in, String source, CsvFormat format) throws IOException {
    return Tables.readCsv(in, source, format, InstrumentTableReader::read);
  }

  /**
   * Reads instrument CSV text.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @return the instrument read
   */
  public static Instrument readCsv(String csv, String source) {
    return TextStreams.read(csv, source, (in, s) -> readCsv(in, s, CsvFormat.standard()));
  }

  /**
   * Reads the {@value #SHEET} sheet of an instrument workbook, after checking {@link XlsxLimits#DEFAULT}.
   *
   * @param file the file to read; problems name it
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readXlsx(Path file) throws IOException {
    return readXlsx(file, XlsxLimits.DEFAULT);
  }

  /**
   * Reads the {@value #SHEET} sheet of an instrument workbook, after checking the given limits.
   *
   * @param file the file to read; problems name it
   * @param limits the limits
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public static Instrument readXlsx(Path file, XlsxLimits limits) throws IOException {
    return Tables.readSheet(() -> XlsxTable.open(file, limits), SHEET, ProblemCollector.DEFAULT_CAP, InstrumentTableReader::read);
  }

  /**
   * Reads the {@value #SHEET} sheet of an instrument workbook from bytes (not closed; for standard input):
   * the bytes are copied once to a temporary file, at most {@link XlsxLimits#maxFileBytes()} of them, checked
   * against {@link XlsxLimits#DEFAULT} and read; the file is deleted afterwards.
   *
   * @param source names the bytes in problems, for example {@code -}
   * @param in the bytes, read to the end
   * @return the instrument read
   * @throws IOException when the input cannot be read
   * @since 0.1.0
   */
  public static Instrument readXlsx(InputStream in, String source) throws IOException {
    return Tables.readSheet(() -> XlsxTable.open(in, source, XlsxLimits.DEFAULT), SHEET, ProblemCollector.DEFAULT_CAP,
        InstrumentTableReader::read);
  }

  /**
   * Writes instrument CSV to a file atomically (comma, CRLF, UTF-8 without BOM).
   *
   * @param instrument the instrument written
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeCsv(Instrument instrument, Path file) throws IOException {
    List<List<Object>> rows = InstrumentRows.of(instrument);
    Tables.writeCsv(rows, file);
  }

  /**
   * The instrument as CSV text.
   *
   * @param instrument the instrument written
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the CSV text
   */
  public static String toCsv(Instrument instrument, CsvFormat format) {
    return Tables.toCsv(InstrumentRows.of(instrument), format);
  }

  /**
   * The instrument as a Markdown page, for people (not read back): a title, a summary line (edition,
   * indicators, maximum points, channel scopes), a table of criteria with their indicator counts, a table
   * of indicators (number, code, criterion, channel scope, weight, title, reconstructed fields) and the
   * provenance. Weights and the maximum print as whole numbers when they are whole.
   *
   * @param instrument the instrument written
   * @return the Markdown text
   * @since 0.1.0
   */
  public static String toMarkdown(Instrument instrument) {
    return InstrumentMarkdown.of(instrument);
  }

  /**
   * Writes an instrument workbook with one sheet, {@value #SHEET}, atomically.
   *
   * @param instrument the instrument written
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeXlsx(Instrument instrument, Path file) throws IOException {
    List<List<Object>> rows = InstrumentRows.of(instrument);
    Tables.writeXlsx(rows, SHEET, file);
  }
}
