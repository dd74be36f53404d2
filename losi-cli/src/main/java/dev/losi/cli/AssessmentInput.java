package dev.losi.cli;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The assessment input of a command that scores: {@code --instrument ID|FILE} (required),
 * {@code --assessments FILE} (required; {@code -} is standard input, read once), {@code --adjustments FILE},
 * {@code --missing error|absent} and, inherited, {@code --layout}, {@code --sheet} and {@code --encoding}.
 * A picocli mixin: a command declares {@code @Mixin AssessmentInput input;} and calls {@link #reader()} for
 * the one configured {@link Assessments#reader} of its inputs, {@link #instrument()},
 * {@link #adjustments()} and {@link #missingAnswers()} for the rest. The instrument and adjustments are
 * read once, on first use.
 */
final class AssessmentInput extends AssessmentTableOptions {

  @Option(names = "--instrument", required = true, paramLabel = "FILE|ID",
      description = "A built-in instrument id (see losi instrument list) or an instrument file (.json, .csv, .xlsx).")
  String instrument;

  @Option(names = "--assessments", required = true, paramLabel = "FILE",
      description = "The assessments: .csv or .xlsx (long or wide layout) or .json.")
  Path assessments;

  @Option(names = "--adjustments", paramLabel = "FILE",
      description = "Documented country adjustments: .json, or a .csv or .xlsx adjustments table.")
  Path adjustments;

  @Option(names = "--missing", paramLabel = "error|absent", defaultValue = "error",
      description = "Indicators not assessed: error (default) refuses incomplete assessments, naming the missing"
          + " indicators; absent counts them as 0 (the UN rule) and reports how many.")
  String missing = "error";

  private Instrument loadedInstrument;
  private List<CountryAdjustment> loadedAdjustments;

  /** The {@code --assessments} file ({@code -} for standard input). */
  Path assessments() {
    return assessments;
  }

  /** The instrument of {@code --instrument}: a built-in id or a file, read once. */
  Instrument instrument() {
    if (loadedInstrument == null) {
      loadedInstrument = Inputs.instrument(instrument);
    }
    return loadedInstrument;
  }

  /** The adjustments of {@code --adjustments}, read once; empty when the option is not given. */
  List<CountryAdjustment> adjustments() {
    if (loadedAdjustments == null) {
      loadedAdjustments = adjustments == null ? List.of() : Inputs.adjustments(adjustments);
    }
    return loadedAdjustments;
  }

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
    return Assessments.reader(ins).withLayout(lay).withAdjustments(adj).withSheet(sheet).withCsvFormat(csvFormat());
  }

  /**
   * The missing-answer policy named by a {@code --missing} value: {@code error} (refuse incomplete
   * assessments) or {@code absent} (count unassessed indicators as absent).
   *
   * @throws CommandLine.ParameterException for any other value (a usage error, exit 2)
   */
  static MissingAnswerPolicy missingAnswers(CommandSpec spec, String value) {
    return switch (value) {
      case "error" -> MissingAnswerPolicy.REJECT;
      case "absent" -> MissingAnswerPolicy.COUNT_AS_ABSENT;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--missing must be error or absent, got \"" + value + "\"");
    };
  }
}
