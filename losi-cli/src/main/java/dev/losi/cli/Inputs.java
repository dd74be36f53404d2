package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.AdjustmentTables;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.AssessmentXlsx;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import dev.losi.io.internal.CsvParser;
import dev.losi.io.CsvFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads the inputs of the commands through losi-io: instruments (built-in id or file), assessments (long or
 * wide CSV, long or wide XLSX, JSON) and adjustments (JSON). Every failure to read becomes a
 * {@link LosiValidationException} naming the file, so the shared error path reports it (exit 2).
 */
final class Inputs {

  /** The layout of an assessments table. */
  enum Layout { AUTO, LONG, WIDE }

  private Inputs() {}

  /** An I/O step that may fail. */
  interface IoCall<T> {
    T call() throws IOException;
  }

  /** Runs an I/O step, turning file-system failures into problems naming the file. */
  static <T> T reading(Path file, IoCall<T> call) {
    try {
      return call.call();
    } catch (NoSuchFileException e) {
      throw Problems.single(Problem.builder().source(file.toString()).message("no such file").build());
    } catch (IOException e) {
      throw Problems.single(Problem.builder().source(file.toString()).message("cannot be read: " + e).build());
    }
  }

  /** The built-in instrument with this id, or the instrument read from this file (JSON, CSV or XLSX). */
  static Instrument instrument(String idOrFile) {
    if (Instruments.ids().contains(idOrFile)) {
      return Instruments.load(idOrFile);
    }
    Path p = Path.of(idOrFile);
    if (!Files.isRegularFile(p)) {
      throw Problems.single(Problem.builder().field("--instrument").value(idOrFile)
          .message("is neither a built-in instrument " + Instruments.ids() + " nor an existing file"
              + " (list them with: losi instrument list)").build());
    }
    try {
      return reading(p, () -> Instruments.read(p));
    } catch (LosiValidationException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw Problems.single(Problem.builder().source(idOrFile).field("--instrument").message(e.getMessage()).build());
    }
  }

  /** Reads adjustments: a JSON adjustments document, or an adjustments table (.csv or .xlsx). */
  static List<CountryAdjustment> adjustments(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return reading(file, () -> AdjustmentTables.readCsv(file));
    }
    if (name.endsWith(".xlsx")) {
      return reading(file, () -> AdjustmentTables.readXlsx(file));
    }
    return reading(file, () -> LosiJson.standard().readAdjustments(file));
  }

  /**
   * Reads assessments, choosing the reader by extension ({@code .json}, {@code .xlsx}, else CSV) and, for
   * tables, the layout: {@code AUTO} is long when the header has an {@code indicator} column (CSV) and
   * long for XLSX.
   */
  static List<Assessment> assessments(Path file, Instrument instrument, Layout layout) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return reading(file, () -> LosiJson.standard().readAssessments(file));
    }
    if (name.endsWith(".xlsx")) {
      return reading(file, () -> (layout == Layout.WIDE ? AssessmentXlsx.wideReader(instrument)
          : AssessmentXlsx.reader(instrument)).read(file));
    }
    Layout l = layout == Layout.AUTO ? reading(file, () -> csvLayout(file)) : layout;
    return reading(file, () -> (l == Layout.WIDE ? AssessmentCsv.wideReader(instrument)
        : AssessmentCsv.reader(instrument)).read(file));
  }

  /** Long when the CSV header has an {@code indicator} column, else wide. */
  static Layout csvLayout(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CsvParser p = CsvParser.open(in, (char) 0, CsvFormat.DEFAULT_MAX_RECORD_CHARS, CsvFormat.DEFAULT_MAX_COLUMNS)) {
      List<String> header = p.next();
      if (header == null) {
        return Layout.LONG; // the reader reports the empty file
      }
      return header.stream().anyMatch(h -> h.strip().equals("indicator")) ? Layout.LONG : Layout.WIDE;
    } catch (CsvParser.CsvException e) {
      return Layout.LONG; // the reader reports the problem with its line
    }
  }
}
