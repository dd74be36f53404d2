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
   * @throws LosiValidationException listing every problem of the file, each with its line, cell or JSON path
   * @throws IOException when the file cannot be read
   */
  public static List<CountryAdjustment> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return AdjustmentTables.readCsv(file);
    }
    if (name.endsWith(".xlsx")) {
      return AdjustmentTables.readXlsx(file);
    }
    return LosiJson.standard().readAdjustments(file);
  }

  /**
   * Reads adjustments from bytes with no file name (standard input): the JSON adjustments document when the
   * first character after an optional UTF-8 BOM and white space is <code>&#123;</code>, else an adjustments CSV
   * table (delimiter detected). At most 8192 leading bytes are looked at; the stream is not
   * closed.
   *
   * @param source names the bytes in problems, for example {@code -}
   * @throws LosiValidationException listing every problem, each with its line or JSON path
   * @throws IOException when the stream cannot be read
   */
  public static List<CountryAdjustment> read(InputStream in, String source) throws IOException {
    BufferedInputStream b = FirstByte.buffered(in);
    int c = FirstByte.of(b);
    return c == '{' || c == FirstByte.ONLY_WHITE_SPACE ? LosiJson.standard().readAdjustments(b, source)
        : AdjustmentTables.readCsv(b, source, CsvFormat.standard());
  }
}
