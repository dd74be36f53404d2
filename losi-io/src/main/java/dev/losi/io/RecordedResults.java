package dev.losi.io;

import dev.losi.core.LosiValidationException;
import dev.losi.core.results.RecordedResult;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads results back: the CSV and JSON that {@link ResultsExport} writes ({@code losi score --format csv|json}),
 * every column and field, as {@link RecordedResult}s in file order.
 *
 * <p>Strict, like every losi-io reader: an unknown column or field, a missing required one, a number that is
 * not a plain decimal, an unknown level, rating class or basis, a LOSI or level that does not follow from its
 * points and maximum, a count or rank out of range: every problem is reported at once in one
 * {@link LosiValidationException}, each with the file and the line and column (CSV) or the JSON path. What
 * {@link ResultsExport} writes reads back to {@link RecordedResult#of} of what it exported, the doubles bit for
 * bit. The CSV's downgrades cell ({@code CODE:CHANNEL+CHANNEL[>ADJUSTMENT]} joined with {@code |}) reads back
 * unambiguously when indicator codes and adjustment ids contain none of {@code | : + >}.
 *
 * <pre>{@code
 * List<RecordedResult> results = RecordedResults.read(Path.of("scores.csv"));
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordedResults {

  private RecordedResults() {}

  /**
   * Reads a results file in the format its extension names: {@code .json} the results document, anything else
   * the results CSV (delimiter detected).
   *
   * @param file the file to read; problems name it
   * @return the results read, in input order
   * @throws LosiValidationException listing every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static List<RecordedResult> read(Path file) throws IOException {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(file) : readCsv(file);
  }

  /**
   * Reads a results CSV file (delimiter detected).
   *
   * @param file the file to read; problems name it
   * @return the results read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<RecordedResult> readCsv(Path file) throws IOException {
    return TextStreams.readFile(file, (in, source) -> readCsv(in, source, CsvFormat.standard()));
  }

  /**
   * Reads results CSV from UTF-8 bytes (not closed); {@code source} names them in problems.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the results read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<RecordedResult> readCsv(InputStream in, String source, CsvFormat format) throws IOException {
    return Tables.readCsv(in, source, format, ResultRows::read);
  }

  /**
   * Reads results CSV text.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @return the results read, in input order
   */
  public static List<RecordedResult> readCsv(String csv, String source) {
    return TextStreams.read(csv, source, (in, s) -> readCsv(in, s, CsvFormat.standard()));
  }

  /**
   * Reads a results JSON document file.
   *
   * @param file the file to read; problems name it
   * @return the results read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<RecordedResult> readJson(Path file) throws IOException {
    return TextStreams.readFile(file, RecordedResults::readJson);
  }

  /**
   * Reads a results JSON document from UTF-8 bytes (not closed); limits of {@link JsonLimits#DEFAULT}.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @return the results read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<RecordedResult> readJson(InputStream in, String source) throws IOException {
    return LosiJson.standard().readResults(in, source);
  }

  /**
   * Reads results JSON text.
   *
   * @param json the JSON text
   * @param source names the input in problems, for example its file name
   * @return the results read, in input order
   */
  public static List<RecordedResult> readJson(String json, String source) {
    return TextStreams.read(json, source, RecordedResults::readJson);
  }

}
