package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.stats.io.ReviewerDecisions;
import dev.losi.stats.io.StatisticsCsv;
import dev.losi.stats.io.StatisticsJson;
import dev.losi.stats.review.AgreementCount;
import dev.losi.stats.review.CityReconciliation;
import dev.losi.stats.review.PendingItem;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReconciliationPolicy;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.ReviewerDecision;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi reconcile}: one consensus assessment per city. */
@Command(
    name = "reconcile",
    header = "One consensus assessment per city; ties wait for a reviewer decision.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Reconciles the assessors' assessments of each city into one consensus assessment, per item: a reviewer",
        "decision (from --decisions) wins; else the unanimous answer, or the majority of three or more assessors;",
        "else the item is tied and, by default, waits for a decision: the city gets no consensus and is not",
        "written to --out (--ties absent makes a tie ABSENT, listed). Nothing is broken silently: the summary",
        "lists every tie, and --pending FILE writes them as a decisions file for the reviewer to fill in."},
    footer = {
        "",
        "Examples:",
        "  losi reconcile --assessments assessments.csv --out consensus.csv --pending to-decide.csv",
        "  losi reconcile --assessments assessments.csv --decisions to-decide.csv --out consensus.csv",
        "",
        "Decisions CSV: city,indicator,answer,reviewer[,note]; answer is 1, 0 or NA (or PRESENT, ABSENT,",
        "NOT_APPLICABLE). See docs/agreement.md for the rules."})
final class ReconcileCommand extends LosiCommand {

  @Option(names = "--assessments", required = true, paramLabel = "FILE", description = "Assessments (.csv, .xlsx or .json).")
  Path assessments;

  @Mixin InstrumentOption.Defaulted instrument;

  @Option(names = "--decisions", paramLabel = "FILE", description = "Reviewer decisions (CSV; - for standard input).")
  Path decisions;

  @Mixin ConsensusOptions consensusOptions;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The consensus assessments of the reconciled cities: .csv (long layout), .json or .xlsx.")
  Path out;

  @Option(names = "--pending", paramLabel = "FILE",
      description = "Write the items waiting for a decision as a decisions CSV to fill in (answer left blank).")
  Path pending;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "The summary on standard output: table, csv (one row per city) or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin BomOption bom;

  @Mixin AssessmentTableOptions table;

  /** The consensus file's format follows its extension; {@code --format} is the report's. */
  @Override
  boolean formatDescribesOut() {
    return false;
  }

  @Override
  int run() throws Exception {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON);
    ReconciliationPolicy policy = consensusOptions.policy();
    String outName = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!outName.endsWith(".csv") && !outName.endsWith(".json") && !outName.endsWith(".xlsx")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .csv, .json or .xlsx");
    }
    bom.check(spec, outName.endsWith(".csv") || pending != null || format == OutputFormat.CSV,
        "here --out is not a .csv file, there is no --pending file and the summary is not --format csv");
    Instrument ins = instrument.instrument();
    List<Assessment> list = table.read(assessments, ins);
    List<ReviewerDecision> ds = decisions == null ? List.of() : Problems.reading(decisions,
        () -> ReviewerDecisions.read(decisions, ins, list), (in, source) -> ReviewerDecisions.read(in, source, ins, list));
    ReconciliationResult r = Reconciliation.reconcile(ins, list, ds, policy);
    List<Assessment> consensus = r.consensusAssessments();
    Output.checkDirectory(out, "--out");
    if (pending != null) {
      Output.checkDirectory(pending, "--pending");
    }
    AssessmentFiles.write(consensus, out, "--out", bom.bom);
    if (pending != null) {
      Output.write(bom.csv(ReviewerDecisions.pendingCsv(r.pending())), pending, "--pending", out());
    }
    out().print(switch (format) {
      case JSON -> StatisticsJson.reconciliation(r);
      case CSV -> bom.csv(StatisticsCsv.reconciliation(r));
      default -> summary(r);
    });
    out().flush();
    return OK;
  }

  /**
   * Why {@code losi agreement} counts fewer items for this city than reconciliation lists: empty when it
   * counts them all as answered differently.
   */
  static String agreementNote(CityReconciliation c) {
    Map<AgreementCount, Long> counts = c.agreementCounts();
    long listed = counts.values().stream().mapToLong(Long::longValue).sum();
    long differ = counts.get(AgreementCount.DISAGREEMENT);
    if (listed == differ) {
      return "";
    }
    StringBuilder sb = new StringBuilder("    losi agreement counts ").append(differ).append(" of these ").append(listed)
        .append(listed == 1 ? " item" : " items").append(" as answered differently");
    String sep = ": ";
    for (Map.Entry<AgreementCount, Long> e : counts.entrySet()) {
      if (e.getKey() != AgreementCount.DISAGREEMENT && e.getValue() > 0) {
        sb.append(sep).append(e.getValue()).append(' ').append(e.getKey().explanation());
        sep = "; ";
      }
    }
    return sb.append('\n').toString();
  }

  private String summary(ReconciliationResult r) {
    StringBuilder sb = new StringBuilder();
    long done = r.cities().stream().filter(CityReconciliation::isReconciled).count();
    sb.append("Reconciled ").append(done).append(" of ").append(r.cities().size()).append(" cities into ").append(out)
        .append(r.isComplete() ? "" : "; the others wait (below)").append(".\n\n");
    for (CityReconciliation c : r.cities()) {
      sb.append("  ").append(c.city().id()).append(" (").append(String.join(", ", c.assessorIds())).append("): ")
          .append(c.isReconciled() ? "reconciled" : "NOT reconciled")
          .append(c.resolved().isEmpty() ? "" : ", " + c.resolved().size() + (c.resolved().size() == 1 ? " item" : " items") + " not unanimous (resolved: "
              + c.resolved().stream().map(x -> x.indicator().code() + " " + x.resolution()).collect(Collectors.joining(", ")) + ")")
          .append(c.notReconciledReason().map(x -> "; " + x).orElse("")).append('\n');
      sb.append(agreementNote(c));
    }
    if (!r.pending().isEmpty()) {
      sb.append('\n').append(r.pending().size()).append(r.pending().size() == 1 ? " item waits" : " items wait")
          .append(" for a reviewer decision")
          .append(pending == null ? " (--pending FILE writes them as a decisions file):\n" : " (written to " + pending + "):\n");
      for (PendingItem p : r.pending()) {
        sb.append("  ").append(p.city().id()).append(' ').append(p.indicator().code()).append(": ").append(p.reason())
            .append('\n');
      }
    }
    return sb.toString();
  }
}
