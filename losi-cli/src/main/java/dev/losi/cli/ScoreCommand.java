package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.core.Instrument;
import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Assessments;
import dev.losi.io.CsvFormat;
import dev.losi.io.ResultsExport;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code losi score}: scores assessments against an instrument. */
@Command(
    name = "score",
    header = "Scores assessments: LOSI, level, rating class, rank, sub-indices, adjusted LOSI.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Scores every city and assessor of an assessments file: standard LOSI (points over the instrument's",
        "maximum), level, rating class, rank, sub-indices per criterion and channel scope, answer counts,",
        "channel-scope downgrades, and the adjusted LOSI beside the standard one whenever a country",
        "adjustment applies. All problems of the inputs are reported together (exit 2)."},
    footer = {
        "",
        "Examples:",
        "  losi score --instrument LOSI-2024 --assessments assessments.csv",
        "  losi score --instrument LOSI-2024 --assessments assessments.csv --adjustments adjustments.json \\",
        "             --missing absent --format csv --out scores.csv",
        "  losi score --instrument my-rural-losi.json --assessments sheet.xlsx --layout wide --format xlsx --out results.xlsx",
        "",
        "Assessments: .csv or .xlsx (long: city_id,city_name,country,assessor,indicator,value[,evidence_channel,",
        "evidence_url,note,...]; wide: one column per indicator code) or .json; value 1 present, 0 absent,",
        "NA not applicable, blank not assessed. Adjustments: a JSON document or a CSV/XLSX table",
        "(id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on).",
        "See docs/cli.md and docs/formats.md."})
final class ScoreCommand extends LosiCommand {

  @Mixin AssessmentInput input;

  @Mixin TableCsvJsonOrXlsx output;

  @Override
  int run() throws Exception {
    if (output.format() == OutputFormat.XLSX && output.out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE");
    }
    MissingAnswerPolicy policy = input.missingAnswers();
    Assessments.Reader reader = input.reader();
    Instrument ins = input.instrument();
    Scorer scorer = Scorer.of(ins).withMissingAnswers(policy).withAdjustments(input.adjustments());
    Path assessments = input.assessments();
    List<CityScore> scores;
    try (Progress progress = Progress.start(err(), "score", quiet, assessments)) {
      scores = input.score(reader, scorer, progress);
    }
    if (scores.isEmpty()) {
      throw Problems.single(Problem.builder().source(assessments.toString()).message("holds no assessment").build());
    }
    ResultsExport export = ResultsExport.of(scores).describedBy(ins, policy, input.adjustments());
    switch (output.format()) {
      case CSV -> output.write(w -> export.writeCsv(w, CsvFormat.standard().withLineSeparator("\n")), out());
      case JSON -> output.write(export::writeJson, out());
      case XLSX -> Output.writeFile(output.out, "--out", export::writeXlsx);
      default -> output.write(tableText(new ScoreReport(ins, policy, scores)), out());
    }
    return OK;
  }

  private static String tableText(ScoreReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("Instrument ").append(report.instrument.id()).append(" (").append(report.instrument.size())
        .append(" indicators, maximum ").append(NumberText.of(report.instrument.maximumPoints())).append(" points); ")
        .append(report.scores.size()).append(" assessments\n\n");
    sb.append(report.readable(true).toText());
    sb.append(report.legend());
    if (report.anyAdjusted()) {
      sb.append("adjusted: the LOSI with the documented country adjustments applied (--format json lists them);"
          + " the standard LOSI is the comparable one.\n");
    }
    if (report.policy == MissingAnswerPolicy.COUNT_AS_ABSENT) {
      long n = report.scores.stream().mapToLong(s -> s.counts().notAssessedCountedAbsent()).sum();
      sb.append(n).append(" unassessed answers were counted as absent (--missing absent).\n");
    }
    return sb.toString();
  }
}
