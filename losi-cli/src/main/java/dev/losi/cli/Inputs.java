package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Adjustments;
import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import dev.losi.io.CsvFormat;
import dev.losi.io.Instruments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  /** A read from bytes that may fail; {@code source} names them in problems. */
  interface StreamCall<T> {
    T call(InputStream in, String source) throws IOException;
  }

  /**
   * Reads {@code file} through {@code byPath}, or, when it is {@code -}, standard input through
   * {@code byStream} (once, not closed), turning failures into problems naming the file.
   */
  static <T> T reading(Path file, IoCall<T> byPath, StreamCall<T> byStream) {
    return reading(file, () -> Output.isStandardStream(file) ? byStream.call(System.in, "-") : byPath.call());
  }

  /**
   * The built-in instrument with this id, or the instrument read from this file (JSON, CSV or XLSX):
   * {@link Instruments#resolve}, its problems about the argument itself named {@code --instrument}.
   */
  static Instrument instrument(String idOrFile) {
    try {
      return reading(Path.of(idOrFile), () -> Instruments.resolve(idOrFile));
    } catch (LosiValidationException e) {
      Optional<String> arg = Optional.of(idOrFile);
      throw new LosiValidationException(e.problems().stream().map(p -> p.field().isPresent() || p.line().isPresent()
          || !(p.value().equals(arg) || p.source().equals(arg)) ? p
          : Problem.builder().from(p).field("--instrument").message(p.value().isPresent()
              ? p.message() + " (list them with: losi instrument list)" : p.message()).build()).toList(), e.omitted());
    }
  }

  /**
   * Reads adjustments ({@link Adjustments#read}): a JSON adjustments document, or a table (.csv or .xlsx);
   * {@code -} is standard input, JSON when its first character is <code>&#123;</code>, else a CSV table.
   */
  static List<CountryAdjustment> adjustments(Path file) {
    return reading(file, () -> Adjustments.read(file), Adjustments::read);
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
