package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.report.Reports;
import dev.losi.stats.io.ReviewerDecisions;
import dev.losi.stats.review.CityReconciliation;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReconciliationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which view of the cities {@code losi report} shows when a city has several assessors: the consensus with
 * the reviewer decisions of {@code --decisions FILE} (every city must end reconciled), or one assessor's
 * assessments ({@code --assessor ID}); neither keeps the assessments as given. A picocli mixin.
 */
final class ReportViewOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "Reviewer decisions (CSV city,indicator,answer,reviewer[,note]; - for standard input): reconciles"
          + " several assessors per city as losi reconcile does; every city must end reconciled.")
  Path decisions;

  @Option(names = "--assessor", paramLabel = "ID", description = "Report this assessor's view of every city.")
  String assessor;

  /**
   * Refuses {@code --assessor} with {@code --decisions}.
   *
   * @throws CommandLine.ParameterException when both are given (a usage error, exit 2)
   */
  void check() {
    if (assessor != null && decisions != null) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "choose --assessor or --decisions, not both");
    }
  }

  /** The view in the report's words: empty for the assessments as given. */
  String label() {
    if (assessor != null) {
      return "assessor " + assessor;
    }
    return decisions == null ? "" : "consensus of the assessors, with the reviewer decisions of " + decisions.getFileName();
  }

  /**
   * The assessments of the view: {@code --assessor}'s, the consensus of {@code --decisions}, or {@code all}.
   *
   * @throws dev.losi.core.LosiValidationException for a bad decisions file, or a city left not reconciled
   */
  List<Assessment> assessments(Instrument ins, List<Assessment> all) {
    if (assessor != null) {
      return Reports.oneViewPerCity(all, Optional.of(assessor));
    }
    return decisions == null ? all : consensus(ins, all);
  }

  /** The consensus of several assessors per city with the reviewer's decisions; refuses unless complete. */
  private List<Assessment> consensus(Instrument ins, List<Assessment> all) {
    ReconciliationResult r = Reconciliation.reconcile(ins, all, Problems.reading(decisions,
        () -> ReviewerDecisions.read(decisions, ins, all), (in, source) -> ReviewerDecisions.read(in, source, ins, all)));
    if (!r.isComplete()) {
      ProblemCollector problems = new ProblemCollector();
      for (CityReconciliation c : r.notReconciled()) {
        problems.add(Problem.builder().source(decisions.toString()).city(c.city().id())
            .message("is not reconciled" + c.notReconciledReason().map(x -> " (" + x + ")").orElse("")
                + ": decide its pending items (losi reconcile --pending FILE lists them) before reporting").build());
      }
      problems.throwIfAny();
    }
    return r.consensusAssessments();
  }
}
