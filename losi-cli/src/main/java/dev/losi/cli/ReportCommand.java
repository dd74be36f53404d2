package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.level.Level;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Assessments;
import dev.losi.report.Report;
import dev.losi.report.ReportOptions;
import dev.losi.report.Reports;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code losi report scorecard|study|summary}: self-contained HTML reports (losi-report). */
@Command(
    name = "report",
    header = "Writes HTML reports: city scorecards, the study report, the one-page policy summary.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Writes one self-contained HTML file per report (CSS and SVG charts inline, no script, opens offline,",
        "prints on A4, reads on a phone): scorecard (one city with --city, else one file per city into the",
        "--out folder), study (the pilot or study report) or summary (one A4 page of key figures and policy",
        "messages computed from the data). A report needs one assessment per city: several assessors are",
        "reconciled with --decisions, or one assessor's view is chosen with --assessor; otherwise the report",
        "refuses and points to losi reconcile. --data-dir writes each chart's data as CSV. A scorecard shows the",
        "city's improvement plan (as losi plan makes it, with --effort, --uptake, --peers and --target) and its 90%%",
        "rank interval from the disagreement of all the assessors in --assessments (--draws, --seed); with any of",
        "those four plan options, the study report adds the plans across cities (per phase: the cities it would move",
        "up a level) and the summary a policy message from them. A study report with --before and --mapping shows",
        "the level transition matrices between the two editions (as losi compare-editions)."},
    footer = {
        "",
        "Examples:",
        "  losi report study --instrument LOSI-2024 --assessments consensus.csv --out study.html --data-dir charts",
        "  losi report summary --instrument LOSI-2024 --assessments assessments.csv --assessor A --lang fr --out summary.html",
        "  losi report scorecard --instrument LOSI-2024 --assessments consensus.csv --city BR-SAO --out sao-paulo.html",
        "  losi report scorecard --instrument LOSI-2024 --assessments consensus.csv --out scorecards/",
        "  losi report study --instrument LOSI-2024 --assessments a.csv --decisions decided.csv --osi egdi.csv --out s.html",
        "  losi report scorecard --instrument LOSI-2024 --assessments a.csv --assessor A --effort efforts.csv --out cards/",
        "  losi report summary --instrument LOSI-2024 --assessments consensus.csv --effort efforts.csv --target high --out s.html",
        "  losi report study --instrument LOSI-2024 --assessments a.csv --before pe-2022.csv --mapping LOSI-2022-PE:LOSI-2024 --out s.html",
        "",
        "See docs/reports.md."})
final class ReportCommand extends LosiCommand {

  @Parameters(index = "0", paramLabel = "scorecard|study|summary", description = "The report to write.")
  String kind;

  @Mixin AssessmentInput input;

  @Mixin ReportViewOptions viewOptions;

  @Option(names = "--osi", paramLabel = "FILE",
      description = "Country OSI (CSV with columns country and osi; - for standard input): adds the OSI-LOSI chart to"
          + " the study report.")
  Path osi;

  @Option(names = "--lang", paramLabel = "en|fr|es", defaultValue = "en", description = "Language of the labels (default: ${DEFAULT-VALUE}).")
  String lang;

  @Mixin ReportPlanOptions planOptions;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "1000",
      description = "scorecard: random draws of the rank interval (default: ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "scorecard: seed of the rank interval (default: ${DEFAULT-VALUE}).")
  long seed;

  @ArgGroup(exclusive = false, heading = "%nstudy: level transitions from an earlier edition%n")
  Editions editions;

  /** {@code --before} with the mapping options of losi compare-editions. */
  static final class Editions {
    @Option(names = "--before", required = true, paramLabel = "FILE",
        description = "study: assessments of the earlier edition (one per city); adds the level transition matrices.")
    Path before;

    @ArgGroup(exclusive = false, multiplicity = "1")
    MappingOptions mapping;
  }

  @Option(names = "--city", paramLabel = "ID", description = "scorecard: the city; without it, one scorecard per city.")
  String city;

  @Option(names = "--out", required = true, paramLabel = "FILE.html|DIR",
      description = "The report file; for scorecard without --city, a folder (created when missing).")
  Path out;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Also write each chart's data as CSV into this folder.")
  Path dataDir;

  @Override
  int run() throws IOException {
    if (!List.of("scorecard", "study", "summary").contains(kind)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the report must be scorecard, study or summary, got \"" + kind + "\"");
    }
    if (!ReportOptions.LANGUAGES.contains(lang)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--lang must be one of " + String.join(", ", ReportOptions.LANGUAGES) + ", got \"" + lang + "\"");
    }
    if (city != null && !kind.equals("scorecard")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--city is for losi report scorecard");
    }
    if (!kind.equals("scorecard")) {
      for (String o : List.of("--draws", "--seed")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
          throw new CommandLine.ParameterException(spec.commandLine(), o + " is for losi report scorecard");
        }
      }
    }
    if (editions != null && !kind.equals("study")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--before and --mapping are for losi report study");
    }
    if (draws < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--draws must be at least 2, got " + draws);
    }
    viewOptions.check();
    Planner.PeerGroup group = planOptions.peerGroup(spec);
    Level level = planOptions.level(spec);
    Instrument ins = input.instrument();
    Scorer scorer = Scorer.of(ins).withMissingAnswers(input.missingAnswers()).withAdjustments(input.adjustments());
    List<Assessment> all = input.read();
    List<Assessment> one = viewOptions.assessments(ins, all);
    String view = viewOptions.label();
    Reports reports = Reports.of(scorer, one).withOptions(ReportOptions.defaults().withLanguage(lang)
        .withToolVersion(new Main.Version().getVersion()[0]).withView(view));
    if (all.stream().map(a -> a.city().id()).distinct().count() < all.size()) {
      reports = reports.withAgreement(AssessmentReview.of(ins, all));
    }
    if (osi != null) {
      reports = reports.withOsi(CorrelateCommand.countryOsi(osi, "osi", input.allowUserAssignedCountries));
    }
    Planner planner = planOptions.planner(scorer, ins, group, level);
    if (kind.equals("scorecard") || planOptions.given()) {
      reports = reports.withPlans(planner.planAll(one));
    }
    if (kind.equals("scorecard")) {
      reports = reports.withRankIntervals(RankUncertainty.defaults()
          .withSources(EnumSet.of(Source.DISAGREEMENT)).withDraws(draws).withSeed(seed).withSensitivity(false)
          .withMissingAnswers(scorer.missingAnswerPolicy()).analyse(ins, all, List.of()));
    }
    if (editions != null) {
      EditionMapping m = editions.mapping.read(editions.mapping.instruments());
      List<Assessment> earlier = AssessmentTableOptions.read(editions.before, Assessments.reader(m.from()));
      try {
        reports = reports.withEditions(LongitudinalComparison.compare(m, earlier, one, scorer.missingAnswerPolicy()));
      } catch (IllegalArgumentException e) {
        throw Problems.single(Problem.builder().field("--mapping").value(editions.mapping.mapping).message(e.getMessage()).build());
      }
    }
    List<Report> written = switch (kind) {
      case "study" -> List.of(reports.study());
      case "summary" -> List.of(reports.summary());
      default -> city != null ? List.of(reports.scorecard(city)) : reports.scorecards();
    };
    Map<Path, String> files = new LinkedHashMap<>();
    boolean folder = kind.equals("scorecard") && city == null;
    for (Report r : written) {
      files.put(folder ? out.resolve(r.name() + ".html") : out, r.html());
      if (dataDir != null) {
        r.chartData().forEach((name, csv) -> files.put(dataDir.resolve(name), csv));
      }
    }
    write(files, folder);
    return OK;
  }

  /** Writes every file (all computed before), creating --out (scorecard folder) and --data-dir when missing. */
  private void write(Map<Path, String> files, boolean folder) {
    for (Path dir : folder ? List.of(out) : List.<Path>of()) {
      Problems.reading(dir, () -> Files.createDirectories(dir));
    }
    if (dataDir != null) {
      Problems.reading(dataDir, () -> Files.createDirectories(dataDir));
    }
    files.forEach((p, text) -> Output.write(text, p, out()));
    StringBuilder sb = new StringBuilder();
    files.keySet().forEach(p -> sb.append("wrote ").append(p).append('\n'));
    out().print(sb);
    out().flush();
  }
}
