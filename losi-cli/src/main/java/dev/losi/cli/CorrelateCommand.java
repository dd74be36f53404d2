package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.correlation.Bootstrap;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.io.PairedData;
import dev.losi.stats.io.StatisticsCsv;
import dev.losi.stats.io.StatisticsJson;
import dev.losi.stats.io.StudyCsv;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import dev.losi.stats.study.JoinBy;
import dev.losi.stats.study.OsiLosiStudy;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.study.StudyDesign;
import dev.losi.stats.study.UnmatchedRow;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi correlate}: correlations of two columns, or the OSI-LOSI study. */
@Command(
    name = "correlate",
    header = "Pearson, Spearman and Kendall with inference, or the OSI-LOSI study.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Two uses:",
        "1. --data FILE --x COLUMN --y COLUMN: Pearson's r, Spearman's rho and Kendall's tau-b of two columns of a",
        "   CSV, each with a two-sided p-value and a 95%% confidence interval (analytic, or bootstrap with",
        "   --bootstrap N --seed S). See docs/correlation.md for the formulas.",
        "2. --scores FILE --osi FILE: the OSI-LOSI study. Joins city LOSI (columns city or city_name, country,",
        "   losi, optional criterion_<code>; the CSV of losi score fits) with country OSI (columns country, osi,",
        "   as in the UN EGDI data) by ISO 3166-1 alpha-3 code or UN country name; then correlations, the",
        "   least-squares line of LOSI on OSI, leaders and laggards (largest residuals), the LOSI-by-OSI level",
        "   convergence table, and every row that could not be joined. The correlation respects the design: when",
        "   cities share a country the unit is the country (mean or --summary median city LOSI per country, n =",
        "   countries); --unit city keeps cities and adds a seeded cluster bootstrap over countries; a one-country",
        "   pilot or fewer than 5 distinct OSI values is refused (exit 2). See docs/correlation.md."},
    footer = {
        "",
        "Examples:",
        "  losi correlate --data egdi_2024_countries.csv --x osi --y hci",
        "  losi correlate --data pairs.csv --x a --y b --method spearman,kendall --bootstrap 2000 --seed 7 --format json",
        "  losi correlate --scores city-scores.csv --osi egdi_2024_countries.csv --top 5"})
final class CorrelateCommand extends LosiCommand {

  @Option(names = "--data", paramLabel = "FILE", description = "A CSV with the two columns to correlate (- for standard input).")
  Path data;

  @Option(names = "--x", paramLabel = "COLUMN", description = "The first column (with --data).")
  String x;

  @Option(names = "--y", paramLabel = "COLUMN", description = "The second column (with --data).")
  String y;

  @Option(names = "--method", paramLabel = "LIST", split = ",", defaultValue = "pearson,spearman,kendall",
      description = "Coefficients to report, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> methods;

  @Mixin CorrelationBootstrapOptions resampling;

  @Mixin StudyOptions study;

  @Mixin TableCsvOrJson output;

  @Override
  int run() {
    boolean pairs = data != null || x != null || y != null;
    boolean studied = study.scores != null || study.osi != null;
    if (pairs == studied) {
      throw usage("use either --data FILE --x COLUMN --y COLUMN, or --scores FILE --osi FILE");
    }
    Set<CorrelationMethod> chosen = new LinkedHashSet<>();
    for (String m : methods) {
      try {
        chosen.add(CorrelationMethod.parse(m.strip()));
      } catch (IllegalArgumentException e) {
        throw usage("--method \"" + m + "\" is not one of pearson, spearman, kendall");
      }
    }
    resampling.check();
    String text = pairs ? pairs(chosen) : study(chosen);
    output.write(text, out());
    return OK;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  // --- two columns -------------------------------------------------------------------------

  private String pairs(Set<CorrelationMethod> chosen) {
    if (data == null || x == null || y == null) {
      throw usage("--data, --x and --y go together");
    }
    if (!study.designAtDefaults()) {
      throw usage("--top, --osi-column, --join, --unit, --summary and --use belong to the OSI-LOSI study"
          + " (--scores, --osi)");
    }
    PairedData d = Problems.reading(data, () -> PairedData.read(data, x, y), (in, source) -> PairedData.read(source, in, x, y));
    Bootstrap boot = resampling.bootstrap().orElse(null);
    CorrelationSummary s = boot == null ? Correlation.all(d.x(), d.y()) : boot.all(d.x(), d.y());
    if (output.json()) {
      return boot == null ? StatisticsJson.correlation(d, s, chosen) : StatisticsJson.correlation(d, s, chosen, boot);
    }
    if (output.format() == OutputFormat.CSV) {
      return StatisticsCsv.correlation(s, chosen);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(y).append(" with ").append(x).append(" in ").append(data).append(": n = ").append(s.n())
        .append(boot == null ? "; analytic 95% intervals" : "; bootstrap BCa 95% intervals (" + resampling.resamples
            + " resamples, seed " + resampling.seed + ")").append("\n\n");
    sb.append(table(s, chosen));
    return sb.toString();
  }

  private static String table(CorrelationSummary s, Set<CorrelationMethod> chosen) {
    String full = s.toTable();
    List<String> lines = full.lines().toList();
    StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
    for (String l : lines.subList(1, lines.size())) {
      String key = l.split("\\s+")[0];
      if (chosen.stream().anyMatch(m -> m.key().equals(key))) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  // --- OSI-LOSI study ----------------------------------------------------------------------

  private String study(Set<CorrelationMethod> chosen) {
    if (study.scores == null || study.osi == null) {
      throw usage("--scores and --osi go together");
    }
    StudyDesign design = study.design(resampling.resamples, resampling.seed);
    JoinBy joinBy = study.joinBy();
    int top = study.top();
    ProblemCollector problems = new ProblemCollector();
    List<CityScoreRow> cities = List.of();
    List<CountryOsiRow> countries = List.of();
    try {
      cities = study.cities();
    } catch (LosiValidationException e) {
      problems.addAll(e);
    }
    try {
      countries = study.countries();
    } catch (LosiValidationException e) {
      problems.addAll(e);
    }
    problems.throwIfAny();
    OsiLosiStudyResult r = OsiLosiStudy.of(cities, countries).withJoinBy(joinBy).withTop(top).run();
    if (r.matched().isEmpty()) {
      throw Problems.single(Problem.builder().source(study.scores.toString())
          .message("no city could be joined to a country of " + study.osi + "; unmatched: "
              + r.unmatched().stream().limit(5).map(UnmatchedRow::toString).toList()).build());
    }
    StudyDesign.Result d = design.analyse(r.matched());
    if (output.json()) {
      return StatisticsJson.study(r, d, chosen);
    }
    if (output.format() == OutputFormat.CSV) {
      return StatisticsCsv.study(r);
    }
    String text = r.toText().replace(System.lineSeparator(), "\n");
    int firstBreak = text.indexOf("\n\n") + 2;
    return text.substring(0, firstBreak) + d.toText() + "intervals: " + d.intervals() + "\n\n"
        + text.substring(firstBreak).replaceFirst("^LOSI vs OSI\n", "LOSI vs OSI over the " + d.cities() + " cities"
            + (d.clustered() ? " as if independent (for reference)" : "") + "\n");
  }

  /** Country OSI values from {@code file}, or from standard input when it is {@code -}. */
  static List<CountryOsiRow> countryOsi(Path file, String column, boolean allowUserAssignedCountries) {
    return Problems.reading(file, () -> StudyCsv.countryOsi(file, column, allowUserAssignedCountries),
        (in, source) -> StudyCsv.countryOsi(in, source, column, allowUserAssignedCountries));
  }
}
