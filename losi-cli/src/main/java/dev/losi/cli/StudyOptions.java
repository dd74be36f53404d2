package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.stats.correlation.Bootstrap;
import dev.losi.stats.io.StudyCsv;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import dev.losi.stats.study.JoinBy;
import dev.losi.stats.study.StudyDesign;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the OSI-LOSI study of {@code losi correlate}: its inputs {@code --scores FILE} and
 * {@code --osi FILE} (with {@code --osi-column}, {@code --use} and {@code --allow-user-assigned-countries}) and
 * its design {@code --join}, {@code --unit}, {@code --summary} and {@code --top}. A picocli mixin; each option
 * is followed by the method that reads it, and every value is checked in the command's words (a usage error,
 * exit 2).
 */
final class StudyOptions {

  /** Cluster-bootstrap replicates of the study at the city unit when --bootstrap is not given. */
  static final int DEFAULT_CLUSTER_REPLICATES = 1000;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--scores", paramLabel = "FILE", description = "City LOSI results, CSV (the OSI-LOSI study; - for standard input).")
  Path scores;

  /** The city LOSI values of {@code --scores} (the column {@link #prefix()} names), or of standard input. */
  List<CityScoreRow> cities() {
    String prefix = prefix();
    return Problems.reading(scores, () -> StudyCsv.cityScores(scores, prefix, allowUserAssignedCountries),
        (in, source) -> StudyCsv.cityScores(in, source, prefix, allowUserAssignedCountries));
  }

  @Option(names = "--osi", paramLabel = "FILE", description = "Country OSI values, CSV (the OSI-LOSI study; - for standard input).")
  Path osi;

  @Option(names = "--osi-column", paramLabel = "NAME", defaultValue = "osi",
      description = "The OSI column of --osi (default: ${DEFAULT-VALUE}).")
  String osiColumn;

  /** The country OSI values of {@code --osi}, column {@code --osi-column}. */
  List<CountryOsiRow> countries() {
    return CorrelateCommand.countryOsi(osi, osiColumn, allowUserAssignedCountries);
  }

  @Option(names = "--join", paramLabel = "auto|iso3|name", defaultValue = "auto",
      description = "How countries are matched (default: ${DEFAULT-VALUE}: a UN name or an ISO3 code).")
  String join;

  /** How {@code --join} matches countries (any case). */
  JoinBy joinBy() {
    try {
      return JoinBy.valueOf(join.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--join must be auto, iso3 or name, got \"" + join + "\"");
    }
  }

  @Option(names = "--unit", paramLabel = "auto|country|city", defaultValue = "auto",
      description = "Unit of analysis of the study (default: ${DEFAULT-VALUE}: country when cities share a country,"
          + " else city). city on clustered data adds a cluster bootstrap over countries.")
  String unit;

  /** The design with the unit of {@code --unit}; {@code auto} leaves the design's own choice. */
  private StudyDesign withUnit(StudyDesign d) {
    return switch (unit) {
      case "auto" -> d;
      case "country" -> d.withUnit(StudyDesign.Unit.COUNTRY);
      case "city" -> d.withUnit(StudyDesign.Unit.CITY);
      default -> throw usage("--unit must be auto, country or city, got \"" + unit + "\"");
    };
  }

  @Option(names = "--summary", paramLabel = "mean|median", defaultValue = "mean",
      description = "How a country's city LOSI values are summarised at the country unit (default: ${DEFAULT-VALUE}).")
  String summary;

  /** The design with the country summary of {@code --summary}. */
  private StudyDesign withSummary(StudyDesign d) {
    return switch (summary) {
      case "mean" -> d;
      case "median" -> d.withSummary(StudyDesign.Summary.MEDIAN);
      default -> throw usage("--summary must be mean or median, got \"" + summary + "\"");
    };
  }

  @Option(names = "--use", paramLabel = "standard|adjusted", defaultValue = "standard",
      description = "Which LOSI of --scores: the losi column, or adjusted_losi (default: ${DEFAULT-VALUE}).")
  String use;

  /** The prefix of the LOSI column that {@code --use} names: none for standard, {@code adjusted_} for adjusted. */
  private String prefix() {
    return OptionWords.choose(mixee, "--use", use, java.util.Map.entry("standard", ""),
        java.util.Map.entry("adjusted", "adjusted_"));
  }

  @Option(names = "--allow-user-assigned-countries", description = AssessmentTableOptions.USER_ASSIGNED_HELP
      + " The country columns of --scores and --osi.")
  boolean allowUserAssignedCountries;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "How many leaders and laggards to list (default: ${DEFAULT-VALUE}).")
  int top;

  /** {@code --top}, at least 1. */
  int top() {
    if (top < 1) {
      throw usage("--top must be at least 1, got " + top);
    }
    return top;
  }

  /**
   * The study design of {@code --unit} and {@code --summary} (checking {@code --use} too), with {@code bootstrap}
   * replicates of the cluster bootstrap ({@value #DEFAULT_CLUSTER_REPLICATES} when null) and {@code seed}.
   */
  StudyDesign design(Integer bootstrap, long seed) {
    StudyDesign d = withSummary(withUnit(StudyDesign.defaults()
        .withBootstrap(bootstrap == null ? DEFAULT_CLUSTER_REPLICATES : bootstrap, seed)));
    prefix();
    return bootstrap == null ? d : d.withUnitBootstrap(Bootstrap.of(bootstrap, seed));
  }

  /** True when none of the study's design options is given a value other than its default. */
  boolean designAtDefaults() {
    return top == 10 && osiColumn.equals("osi") && join.equals("auto") && unit.equals("auto")
        && summary.equals("mean") && use.equals("standard");
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(mixee.commandLine(), message);
  }
}
