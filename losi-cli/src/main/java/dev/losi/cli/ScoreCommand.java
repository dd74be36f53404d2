package dev.losi.cli;

import dev.losi.cli.internal.CsvTable;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code losi score}: scores assessments against an instrument. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Scores every city and assessor of an assessments file: standard LOSI (points over the instrument's",
        "maximum), level, rating class, rank (overall and within the country), sub-indices per criterion and",
        "channel scope, answer counts, channel-scope downgrades, and the adjusted LOSI beside the standard one",
        "whenever a country adjustment applies. All problems of the inputs are reported together (exit 2)."},
    footer = {
        "",
        "Examples:",
        "  losi score --instrument LOSI-2024 --assessments assessments.csv",
        "  losi score --instrument LOSI-2024 --assessments assessments.csv --adjustments adjustments.csv \\",
        "             --missing absent --format csv --out scores.csv",
        "",
        "Assessments (long CSV), one row per city, assessor and indicator:",
        "  city_id,city_name,country,assessor,indicator,value[,evidence_channel,evidence_url,note]",
        "  value: 1 present, 0 absent, NA not applicable, blank not assessed;",
        "  evidence_channel: MGP, MGP_LINKED_SITE, NATIONAL_PORTAL, MOBILE_APP, SOCIAL_MEDIA, OTHER (| between several).",
        "Adjustments (CSV): id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on",
        "See docs/cli.md for every column."})
final class ScoreCommand extends LosiCommand {

  @Option(names = "--instrument", required = true, paramLabel = "FILE|ID",
      description = "The instrument: the id of a built-in instrument.")
  String instrument;

  @Option(names = "--assessments", required = true, paramLabel = "FILE", description = "The assessments (long CSV).")
  Path assessments;

  @Option(names = "--adjustments", paramLabel = "FILE", description = "Documented country adjustments (CSV).")
  Path adjustments;

  @Option(names = "--missing", paramLabel = "error|absent", defaultValue = "error",
      description = "What to do with indicators not assessed: error (default) refuses incomplete assessments and"
          + " names the missing indicators; absent counts them as 0 (the UN rule) and reports how many.")
  String missing;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table, csv or json (default: ${DEFAULT-VALUE}). csv and json hold every column at full precision.")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Override
  int run() {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON);
    MissingAnswerPolicy policy = switch (missing) {
      case "error" -> MissingAnswerPolicy.REJECT;
      case "absent" -> MissingAnswerPolicy.COUNT_AS_ABSENT;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--missing must be error or absent, got \"" + missing + "\"");
    };
    Instrument ins = Inputs.instrument(instrument);
    List<CountryAdjustment> adj = adjustments == null ? List.of() : Inputs.adjustments(adjustments);
    Scorer scorer = Scorer.of(ins).withMissingAnswers(policy).withAdjustments(adj);
    List<Assessment> list = Inputs.assessments(CsvTable.read(assessments), ins, adj);
    List<CityScore> scores = scorer.scoreAll(list);
    ScoreReport report = new ScoreReport(ins, policy, scores);
    String text = switch (format) {
      case CSV -> report.tabular(false).toCsv();
      case JSON -> report.json();
      default -> tableText(report);
    };
    Output.write(text, out, out());
    return OK;
  }

  private String tableText(ScoreReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("Instrument ").append(report.instrument.id()).append(" (").append(report.instrument.size())
        .append(" indicators, maximum ").append(Output.exact(report.instrument.maximumPoints())).append(" points); ")
        .append(report.scores.size()).append(" assessments\n\n");
    sb.append(report.readable(true).toText());
    if (report.anyAdjusted()) {
      sb.append("\nadjusted: the LOSI with the documented country adjustments applied (--format json lists them);"
          + " the standard LOSI is the comparable one.\n");
    }
    if (report.policy == MissingAnswerPolicy.COUNT_AS_ABSENT) {
      long n = report.scores.stream().mapToLong(s -> s.counts().notAssessedCountedAbsent()).sum();
      sb.append("\n").append(n).append(" unassessed answers were counted as absent (--missing absent).\n");
    }
    sb.append("\nclass: rating class (quartile within the level); rank: competition rank over all rows.\n");
    return sb.toString();
  }
}
