package dev.losi.io;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.LosiValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The one entry point for reading country adjustments from a file, whatever its format: the format is
 * chosen by the file's extension, {@code .csv} ({@link AdjustmentTables#readCsv(Path)}), {@code .xlsx}
 * ({@link AdjustmentTables#readXlsx(Path)}), anything else the JSON adjustments document
 * ({@link LosiJson#readAdjustments(Path)}). This is what the command line's {@code --adjustments FILE} reads.
 *
 * <pre>{@code
 * List<CountryAdjustment> adjustments = Adjustments.read(Path.of("adjustments.xlsx"));
 * Scorer scorer = Scorer.of(instrument).withAdjustments(adjustments);
 * }</pre>
 *
 * <p>All methods are static and thread-safe.
 *
 * @since 0.1.0
 */
public final class Adjustments {

  /** How many leading bytes {@link #read(InputStream, String)} looks at to tell JSON from CSV. */
  static final int SNIFF_BYTES = FirstByte.LOOK_AHEAD;

  private Adjustments() {}

  /**
   * Reads the adjustments of a file, in the format its extension names (case-insensitive).
   *
   * @param file the file to read; problems name it
   * @return the adjustments read, in input order
   * @throws LosiValidationException listing every problem of the file, each with its line, cell or JSON path
   * @throws IOException when the file cannot be read
   */
  public static List<CountryAdjustment> read(Path file) throws IOException {
    return read(file, false);
  }

  /**
   * Reads the adjustments of a file as {@link #read(Path)} does; every adjustment's country must be an
   * ISO 3166-1 alpha-3 code ({@link IsoCountries}), and a user-assigned code (AAA-AAZ, QMA-QZZ, XAA-XZZ,
   * ZZA-ZZZ: regions, test data) is accepted only when {@code allowUserAssignedCountries}, as
   * {@link Assessments.Reader#allowUserAssignedCountries(boolean)} does for assessments.
   *
   * @param file the file to read; problems name it
   * @param allowUserAssignedCountries true to accept the user-assigned ISO 3166-1 codes as countries
   * @return the adjustments read, in input order
   * @throws LosiValidationException listing every problem of the file, each with its line, cell or JSON path
   * @throws IOException when the file cannot be read
   */
  public static List<CountryAdjustment> read(Path file, boolean allowUserAssignedCountries) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return AdjustmentTables.readCsv(file, allowUserAssignedCountries);
    }
    if (name.endsWith(".xlsx")) {
      return AdjustmentTables.readXlsx(file, allowUserAssignedCountries);
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return LosiJson.standard().readAdjustments(in, file.getFileName().toString(), allowUserAssignedCountries);
    }
  }

  /**
   * Reads adjustments from bytes with no file name (standard input): the JSON adjustments document when the
   * first character after an optional UTF-8 BOM and white space is <code>&#123;</code>, else an adjustments CSV
   * table (delimiter detected). At most 8192 leading bytes are looked at; the stream is not
   * closed.
   *
   * @param source names the bytes in problems, for example {@code -}
   * @param in the bytes, read to the end
   * @return the adjustments read, in input order
   * @throws LosiValidationException listing every problem, each with its line or JSON path
   * @throws IOException when the stream cannot be read
   */
  public static List<CountryAdjustment> read(InputStream in, String source) throws IOException {
    return read(in, source, false);
  }

  /**
   * Reads adjustments from bytes as {@link #read(InputStream, String)} does, accepting user-assigned country
   * codes when {@code allowUserAssignedCountries} (see {@link #read(Path, boolean)}).
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param allowUserAssignedCountries true to accept the user-assigned ISO 3166-1 codes as countries
   * @return the adjustments read, in input order
   * @throws LosiValidationException listing every problem, each with its line or JSON path
   * @throws IOException when the stream cannot be read
   */
  public static List<CountryAdjustment> read(InputStream in, String source, boolean allowUserAssignedCountries)
      throws IOException {
    BufferedInputStream b = FirstByte.buffered(in);
    int c = FirstByte.of(b);
    return c == '{' || c == FirstByte.ONLY_WHITE_SPACE
        ? LosiJson.standard().readAdjustments(b, source, allowUserAssignedCountries)
        : AdjustmentTables.readCsv(b, source, CsvFormat.standard(), allowUserAssignedCountries);
  }
}
