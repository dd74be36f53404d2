package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import dev.losi.io.CsvFormat;
import java.nio.charset.Charset;
import dev.losi.io.ResultsExport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

  @Option(names = "--instrument", required = true, paramLabel = "FILE|ID",
      description = "A built-in instrument id (see losi instrument list) or an instrument file (.json, .csv, .xlsx).")
  String instrument;

  @Option(names = "--assessments", required = true, paramLabel = "FILE",
      description = "The assessments: .csv or .xlsx (long or wide layout) or .json.")
  Path assessments;

  @Option(names = "--layout", paramLabel = "auto|long|wide", defaultValue = "auto",
      description = "Layout of a CSV or XLSX assessments table (default: ${DEFAULT-VALUE}: CSV long when the header"
          + " has an indicator column, else wide; XLSX likewise).")
  String layout;

  @Option(names = "--sheet", paramLabel = "NAME", defaultValue = "assessments",
      description = "The sheet of an XLSX assessments workbook (default: ${DEFAULT-VALUE}).")
  String sheet;

  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
      description = "The encoding of a CSV assessments file: UTF-8 (default), windows-1252 or ISO-8859-1.")
  String encoding;

  @Option(names = "--adjustments", paramLabel = "FILE", description = "Documented country adjustments: .json, or a .csv or .xlsx adjustments table.")
  Path adjustments;

  @Option(names = "--missing", paramLabel = "error|absent", defaultValue = "error",
      description = "Indicators not assessed: error (default) refuses incomplete assessments, naming the missing"
          + " indicators; absent counts them as 0 (the UN rule) and reports how many.")
  String missing;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table, csv, json or xlsx (default: ${DEFAULT-VALUE}); csv, json and xlsx hold every column at"
          + " full precision; xlsx needs --out.")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--quiet", description = "No progress on standard error (shown only on a terminal, for runs over 2 s).")
  boolean quiet;

  @Override
  int run() throws Exception {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON, OutputFormat.XLSX);
    if (format == OutputFormat.XLSX && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE");
    }
    MissingAnswerPolicy policy = missingAnswers(missing);
    Inputs.Layout lay;
    try {
      lay = Inputs.Layout.valueOf(layout.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--layout must be auto, long or wide, got \"" + layout + "\"");
    }
    Instrument ins = Inputs.instrument(instrument);
    List<CountryAdjustment> adj = adjustments == null ? List.of() : Inputs.adjustments(adjustments);
    Scorer scorer = Scorer.of(ins).withMissingAnswers(policy).withAdjustments(adj);
    CsvFormat csv = csvFormat();
    Assessments.Reader reader = Assessments.reader(ins).withLayout(AssessmentLayout.valueOf(lay.name()))
        .withAdjustments(adj).withSheet(sheet).withCsvFormat(csv);
    List<CityScore> scores;
    try (Progress progress = Progress.start(err(), "score", quiet, Inputs.size(assessments))) {
      scores = Problems.from(assessments,
          () -> Inputs.reading(assessments, () -> Inputs.score(assessments, reader, scorer, progress)));
    }
    if (scores.isEmpty()) {
      throw Problems.single(Problem.builder().source(assessments.toString()).message("holds no assessment").build());
    }
    ResultsExport export = ResultsExport.of(scores).describedBy(ins, policy, adj);
    switch (format) {
      case CSV -> Output.write(export.toCsv(CsvFormat.standard().withLineSeparator("\n")), out, out());
      case JSON -> Output.write(export.toJson(), out, out());
      case XLSX -> {
        Output.writeFile(out, "--out", export::writeXlsx);
      }
      default -> Output.write(tableText(new ScoreReport(ins, policy, scores)), out, out());
    }
    return OK;
  }

  private CsvFormat csvFormat() {
    for (String name : List.of("UTF-8", "windows-1252", "ISO-8859-1")) {
      if (name.equalsIgnoreCase(encoding)) {
        return CsvFormat.standard().withEncoding(Charset.forName(name));
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--encoding must be UTF-8, windows-1252 or ISO-8859-1, got \"" + encoding + "\"");
  }

  private static String tableText(ScoreReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("Instrument ").append(report.instrument.id()).append(" (").append(report.instrument.size())
        .append(" indicators, maximum ").append(Output.exact(report.instrument.maximumPoints())).append(" points); ")
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
