package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.NumberText;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.GroupAgreement;
import dev.losi.report.ReportOptions;
import dev.losi.report.Reports;
import java.util.stream.Collectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code losi demo}: scores the bundled synthetic sample and prints a readable report. */
@Command(
    name = "demo",
    header = "Scores a bundled synthetic sample and prints a readable report.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Scores a bundled SYNTHETIC sample (invented cities in six countries, two assessors each, with documented",
        "country adjustments, channel downgrades and assessor disagreements) and prints a readable report. It ends",
        "by writing an HTML study report and a one-page summary of the sample (assessor A's view) into --out DIR",
        "(default: a new temporary folder) and prints their paths; nothing else is written."},
    footer = {
        "",
        "Example:",
        "  losi demo",
        "  losi demo --out demo-reports",
        "",
        "The sample files are in losi-cli/src/main/resources/dev/losi/cli/demo/; score your own with losi score."})
final class DemoCommand extends LosiCommand {

  static final String RESOURCE_DIR = "/dev/losi/cli/demo/";
  static final String ASSESSMENTS = "synthetic-assessments.csv";
  static final String ADJUSTMENTS = "synthetic-adjustments.json";
  /** The instrument the sample is assessed against. */
  static final String INSTRUMENT = "LOSI-2024";

  @picocli.CommandLine.Option(names = "--out", paramLabel = "DIR",
      description = "Folder for the demo's HTML reports (created when missing; default: a new temporary folder).")
  Path outDir;

  @Override
  int run() throws IOException {
    Instrument ins = Instruments.load(INSTRUMENT);
    List<CountryAdjustment> adj = LosiJson.standard().readAdjustments(resource(ADJUSTMENTS), ADJUSTMENTS);
    List<Assessment> assessments = AssessmentCsv.reader(ins)
        .read(resource(ASSESSMENTS), ASSESSMENTS);
    List<CityScore> scores = Scorer.of(ins).withAdjustments(adj).scoreAll(assessments);
    ScoreReport report = new ScoreReport(ins, MissingAnswerPolicy.REJECT, scores);

    StringBuilder sb = new StringBuilder();
    long cities = scores.stream().map(s -> s.city().id()).distinct().count();
    long countries = scores.stream().map(s -> s.city().country()).distinct().count();
    sb.append("LOSI demo: SYNTHETIC SAMPLE (invented cities and answers, not real LOSI results)\n");
    sb.append(cities).append(" cities in ").append(countries).append(" countries, ")
        .append(scores.size() / Math.max(1, cities)).append(" assessors each, scored against ").append(ins.id())
        .append(" (").append(ins.size()).append(" indicators).\n\n");
    sb.append(report.readable(false).toText());
    sb.append("\n");
    sb.append("LOSI: standard score = points / ").append(NumberText.of(ins.maximumPoints()))
        .append("; level: very high >= 0.75, high >= 0.50, middle >= 0.25, low below.\n");
    sb.append("class: rating class, the quartile within the level (VH V3 V2 V1, HV H3 H2 H1, MH M3 M2 M1, LM L3 L2 L1);\n");
    sb.append("rank: competition rank among each assessor's own cities (ties share a rank).\n");
    sb.append("downgrades: MGP-specific features found only off the municipal portal; they do not count in the"
        + " standard LOSI.\n");
    sb.append("adjusted: the LOSI with the country's documented adjustments, shown beside (never instead of) the"
        + " standard LOSI:\n");
    for (CountryAdjustment a : adj) {
      sb.append("  ").append(a.id()).append(" ").append(a.country()).append(" ").append(a.kind()).append(' ')
          .append(a.indicator().orElse("")).append(a.acceptedChannels().isEmpty() ? "" : " " + a.acceptedChannels())
          .append(": ").append(a.rationale()).append('\n');
    }
    sb.append('\n').append(agreement(assessments, ins));
    sb.append("\nWhere to go next:\n");
    sb.append("  losi score --instrument ").append(ins.id())
        .append(" --assessments your-assessments.csv [--adjustments your-adjustments.json] --format csv --out scores.csv\n");
    sb.append("  The sample itself: losi-cli/src/main/resources/dev/losi/cli/demo/ (").append(ASSESSMENTS).append(", ")
        .append(ADJUSTMENTS).append(")\n");
    sb.append("  losi instrument show ").append(ins.id()).append("        (the indicators, criteria and channel scopes)\n");
    sb.append("  losi agreement --assessments your-assessments.csv   (agreement between assessors, for the reviewer)\n");
    sb.append("  losi reconcile --assessments your-assessments.csv --out consensus.csv --pending to-decide.csv\n");
    sb.append("  losi classify --data values.csv --column losi --id-column city   (levels and rating classes of any index)\n");
    sb.append("  losi --help, losi score --help        (every option, with examples; losi = java -jar losi-cli/target/losi.jar)\n");
    sb.append("  docs/cli.md (commands, exit codes), docs/formats.md (input files), README.md (embedding losi-core in Java)\n");
    sb.append(reports(ins, adj, assessments));
    out().print(sb);
    out().flush();
    return OK;
  }

  /** Writes the study report and the summary of assessor A's view; returns the lines naming them. */
  private String reports(Instrument ins, List<CountryAdjustment> adj, List<Assessment> assessments) throws IOException {
    Path dir = outDir == null ? Files.createTempDirectory("losi-demo-") : outDir;
    Problems.reading(dir, () -> Files.createDirectories(dir));
    Reports reports = Reports.of(Scorer.of(ins).withAdjustments(adj), Reports.oneViewPerCity(assessments, Optional.of("A")))
        .withAgreement(AssessmentReview.of(ins, assessments))
        .withOptions(ReportOptions.defaults().withToolVersion(new Main.Version().getVersion()[0])
            .withView("assessor A (the sample has two assessors per city)"));
    Path study = dir.resolve("study.html");
    Path summary = dir.resolve("summary.html");
    Output.write(reports.study().html(), study, out());
    Output.write(reports.summary().html(), summary, out());
    return "\nHTML reports of the sample (assessor A's view; losi report --help):\n  study report:     " + study
        + "\n  one-page summary: " + summary + "\n";
  }

  /** The reviewer's summary of assessor agreement (losi-stats {@link AssessmentReview}). */
  private static String agreement(List<Assessment> assessments, Instrument ins) {
    AssessmentReview r = AssessmentReview.of(ins, assessments);
    GroupAgreement all = r.overall();
    StringBuilder sb = new StringBuilder("Agreement between assessors A and B: ").append(all.itemsDisagreeing())
        .append(" of ").append(all.itemsCompared()).append(" city-indicator items answered differently (")
        .append(String.format(Locale.ROOT, "%.1f%%", 100 * all.rawDisagreement().orElse(0))).append(").\n");
    for (Coefficient c : List.of(Coefficient.PERCENT_AGREEMENT, Coefficient.COHEN_KAPPA, Coefficient.GWET_AC1,
        Coefficient.BENNETT_S, Coefficient.KRIPPENDORFF_ALPHA)) {
      all.report().estimate(c).filter(Estimate::isDefined).ifPresent(e -> sb.append("  ")
          .append(String.format(Locale.ROOT, "%-20s %.3f", c.key(), e.value()))
          .append(e.confidenceInterval().map(ci -> String.format(Locale.ROOT, "  95%% CI [%.3f, %.3f]", ci.lower(),
              ci.upper())).orElse("")).append('\n'));
    }
    all.report().prevalenceNote().ifPresent(n -> sb.append("  ").append(n).append('\n'));
    List<CityAgreement> alerts = r.alerts();
    sb.append(alerts.size()).append(" cities above the 5% raw-disagreement alert");
    if (!alerts.isEmpty()) {
      sb.append(": ").append(alerts.stream().map(a -> a.city().id() + String.format(Locale.ROOT, " (%.1f%%)",
          100 * a.rawDisagreement().orElse(0))).collect(Collectors.joining(", ")));
    }
    sb.append(" (a reviewer sends these back: losi agreement, losi reconcile).\n");
    GroupAgreement worst = r.byIndicator().get(0);
    sb.append("Indicator with most disagreement: ").append(worst.key()).append(" ").append(worst.label()).append(" (")
        .append(worst.itemsDisagreeing()).append(" of ").append(worst.itemsCompared()).append(" cities).\n");
    return sb.toString();
  }

  static String resource(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("the demo resource " + RESOURCE_DIR + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
