package dev.losi.cli;

import dev.losi.core.scoring.MissingAnswerPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The short {@code --missing error|absent} option of the commands that compare or vary assessments
 * ({@code losi compare}, {@code compare-editions}, {@code uncertainty}); {@link AssessmentInput} carries the
 * long-described one of the scoring commands. A picocli mixin: {@code @Mixin MissingOption missing;}, then
 * {@link #policy()}.
 */
final class MissingOption {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--missing", paramLabel = "error|absent", defaultValue = "error",
      description = "Indicators not assessed: error (default) or counted as absent.")
  String missing = "error";

  /**
   * The policy named by {@code --missing}.
   *
   * @throws CommandLine.ParameterException for a value other than error or absent (exit 2)
   */
  MissingAnswerPolicy policy() {
    return AssessmentInput.missingAnswers(mixee, missing);
  }
}
