package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AdjustmentTables;
import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
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

  /** The values of the {@code --layout} option: losi-io's {@link AssessmentLayout} of the same name. */
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
   * Reads assessments through losi-io's one entry point ({@link Assessments#reader}): format by extension
   * or first bytes, layout from the header unless given, local indicator codes of the adjustments
   * accepted; {@code -} is standard input.
   */
  static List<Assessment> assessments(Path file, Instrument instrument, Layout layout) {
    return assessments(file, Assessments.reader(instrument).withLayout(AssessmentLayout.valueOf(layout.name())));
  }

  /** Reads assessments with a configured reader. */
  static List<Assessment> assessments(Path file, Assessments.Reader reader) {
    return reading(file, () -> reader.read(file));
  }

  /** The size of a file in bytes, or -1 for standard input or when it cannot be told. */
  static long size(Path file) {
    try {
      return file.toString().equals("-") ? -1 : Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Streams and scores an assessments file ({@link Assessments.Reader#score}), counting the bytes of a CSV or
   * JSON file into {@code progress}; CSV, XLSX and standard input are read by path (a CSV file by the byte-level
   * reader, which may read it twice).
   */
  static List<CityScore> score(Path file, Assessments.Reader reader, Scorer scorer, Progress progress)
      throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (file.toString().equals("-") || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return reader.score(file, scorer);
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(file)) {
      return reader.score(file, scorer, progress::bytesRead); // the byte-level path: it re-reads a file with problems
    }
    try (InputStream in = progress.counting(Files.newInputStream(file))) {
      return reader.score(in, name, scorer);
    }
  }

  /** Reads assessments like {@link #assessments(Path, Assessments.Reader)}, counting a CSV or JSON file's bytes into {@code progress}. */
  static List<Assessment> assessments(Path file, Assessments.Reader reader, Progress progress) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!progress.active() || !Files.isRegularFile(file) || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return assessments(file, reader);
    }
    return reading(file, () -> {
      try (InputStream in = progress.counting(Files.newInputStream(file))) {
        return reader.read(in, name);
      }
    });
  }
}
