package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Adjustments;
import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The assessment input of a command that scores: {@code --instrument ID|FILE} (required),
 * {@code --assessments FILE} (required; {@code -} is standard input, read once), {@code --adjustments FILE},
 * {@code --missing error|absent} and, inherited, {@code --layout}, {@code --sheet} and {@code --encoding}.
 * A picocli mixin: a command declares {@code @Mixin AssessmentInput input;} and calls {@link #reader()} for
 * the one configured {@link Assessments#reader} of its inputs, {@link #read()} or {@link #score} for the
 * assessments, {@link #instrument()}, {@link #adjustments()} and {@link #missingAnswers()} for the rest. The
 * instrument and adjustments are read once, on first use. Each option is followed by the method that reads it.
 */
final class AssessmentInput extends AssessmentTableOptions {

  @Mixin InstrumentOption.Required instrument;

  /** The instrument of {@code --instrument}: a built-in id or a file, read once. */
  Instrument instrument() {
    return instrument.instrument();
  }

  @Option(names = "--assessments", required = true, paramLabel = "FILE",
      description = "The assessments: .csv or .xlsx (long or wide layout) or .json.")
  Path assessments;

  /** The {@code --assessments} file ({@code -} for standard input). */
  Path assessments() {
    return assessments;
  }

  @Option(names = "--adjustments", paramLabel = "FILE",
      description = "Documented country adjustments: .json, or a .csv or .xlsx adjustments table.")
  Path adjustments;

  private List<CountryAdjustment> loadedAdjustments;

  /** The adjustments of {@code --adjustments}, read once; empty when the option is not given. */
  List<CountryAdjustment> adjustments() {
    if (loadedAdjustments == null) {
      loadedAdjustments = readAdjustments(adjustments, allowUserAssignedCountries);
    }
    return loadedAdjustments;
  }

  @Option(names = "--missing", paramLabel = "error|absent", defaultValue = "error",
      description = "Indicators not assessed: error (default) refuses incomplete assessments, naming the missing"
          + " indicators; absent counts them as 0 (the UN rule) and reports how many.")
  String missing = "error";

  /**
   * The policy named by {@code --missing}.
   *
   * @throws CommandLine.ParameterException for a value other than error or absent (exit 2)
   */
  MissingAnswerPolicy missingAnswers() {
    return missingAnswers(mixee, missing);
  }

  /**
   * The reader of the assessments: {@code Assessments.reader(instrument)} with the layout, the adjustments
   * (whose local indicator codes it accepts), the XLSX sheet and the CSV encoding. Checks the layout first,
   * then reads the instrument and the adjustments, then checks the encoding.
   *
   * @throws CommandLine.ParameterException for a layout or encoding not offered (exit 2)
   */
  Assessments.Reader reader() {
    AssessmentLayout lay = layout();
    Instrument ins = instrument();
    List<CountryAdjustment> adj = adjustments();
    return configure(Assessments.reader(ins).withLayout(lay).withAdjustments(adj));
  }

  /**
   * Reads the assessments of {@code --assessments} with {@link #reader()}.
   *
   * @throws dev.losi.core.LosiValidationException naming the file when it is missing or cannot be read, and
   *     every problem of its content
   */
  List<Assessment> read() {
    return read(assessments, reader());
  }

  /**
   * Streams and scores the assessments of {@code --assessments} with {@code reader} (the one of
   * {@link #reader()}, asked for first so that usage errors come before input problems) and
   * {@link Assessments.Reader#score}, counting
   * the bytes of a CSV or JSON file into {@code progress}; CSV, XLSX and standard input are read by path (a CSV
   * file by the byte-level reader, which may read it twice).
   *
   * @throws dev.losi.core.LosiValidationException naming the file when it is missing or cannot be read, and
   *     every problem of its content or of its scoring
   */
  List<CityScore> score(Assessments.Reader reader, Scorer scorer, Progress progress) {
    Path file = assessments;
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return Problems.from(file, () -> Problems.reading(file, () -> {
      if (file.toString().equals("-") || lower.endsWith(".xlsx")) {
        return reader.score(file, scorer);
      }
      if (lower.endsWith(".csv") && Files.isRegularFile(file)) {
        return reader.score(file, scorer, progress::bytesRead); // the byte-level path: it re-reads a file with problems
      }
      try (InputStream in = progress.counting(Files.newInputStream(file))) {
        return reader.score(in, name, scorer);
      }
    }));
  }

  /**
   * Reads adjustments ({@link Adjustments#read}): a JSON adjustments document, or a table (.csv or .xlsx);
   * {@code -} is standard input, JSON when its first character is <code>&#123;</code>, else a CSV table; none
   * when {@code file} is null (the option not given).
   *
   * @throws dev.losi.core.LosiValidationException naming the file when it is missing or cannot be read, and
   *     every problem of its content
   */
  static List<CountryAdjustment> readAdjustments(Path file) {
    return readAdjustments(file, false);
  }

  /**
   * Reads adjustments as {@link #readAdjustments(Path)} does, accepting user-assigned country codes when
   * {@code allowUserAssignedCountries} ({@code --allow-user-assigned-countries}).
   */
  static List<CountryAdjustment> readAdjustments(Path file, boolean allowUserAssignedCountries) {
    return file == null ? List.of() : Problems.reading(file, () -> Adjustments.read(file, allowUserAssignedCountries),
        (in, source) -> Adjustments.read(in, source, allowUserAssignedCountries));
  }

  /**
   * The missing-answer policy named by a {@code --missing} value: {@code error} (refuse incomplete
   * assessments) or {@code absent} (count unassessed indicators as absent).
   *
   * @throws CommandLine.ParameterException for any other value (a usage error, exit 2)
   */
  static MissingAnswerPolicy missingAnswers(CommandSpec spec, String value) {
    return OptionWords.choose(spec, "--missing", value, Map.entry("error", MissingAnswerPolicy.REJECT),
        Map.entry("absent", MissingAnswerPolicy.COUNT_AS_ABSENT));
  }
}
