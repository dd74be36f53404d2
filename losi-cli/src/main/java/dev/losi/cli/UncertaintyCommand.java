package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.stats.io.ReviewerProbabilities;
import dev.losi.stats.io.UncertaintyTables;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import dev.losi.stats.uncertainty.WeightScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi uncertainty}: rank and level uncertainty of every city, with sensitivity per source. */
@Command(
    name = "uncertainty",
    header = "Rank and level uncertainty of every city, with the contribution of each source.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Varies the choices behind the published index and reports, per city, the point score and rank, the median",
        "rank and 90%% rank interval, the probability of each level and of the top k, and the first-order (Saltelli",
        "2010) and total (Jansen 1999) sensitivity of its rank to each source. Sources (--vary): disagreement (each",
        "disputed answer drawn from one of the city's assessors), denominator (--denominators), reconstructed (the",
        "instrument's low-confidence channel-scope and criterion calls flipped), weights (criterion weights from a",
        "Dirichlet, or criteria weighted equally) and adjustments (applied or not). Deterministic for a seed and any",
        "thread count. --exact enumerates every combination instead (small cases only). See docs/uncertainty.md."},
    footer = {
        "",
        "Examples:",
        "  losi uncertainty --assessments assessments.csv --draws 10000 --seed 42",
        "  losi uncertainty --assessments a.csv --vary disagreement,denominator --denominators 95,96 --format json",
        "  losi uncertainty --assessments a.csv --vary disagreement,denominator --denominators 95,96 --exact",
        "  losi uncertainty --assessments a.csv --reviewer-probabilities reviewer.csv --format xlsx --out u.xlsx"})
final class UncertaintyCommand extends LosiCommand {

  @Mixin InstrumentOption.Defaulted instrument;

  @Option(names = "--assessments", required = true, paramLabel = "FILE",
      description = "Every assessor's assessments (CSV long or wide, XLSX or JSON), one per city and assessor.")
  Path assessments;

  @Option(names = "--adjustments", paramLabel = "FILE", description = "Country adjustments (JSON, CSV or XLSX).")
  Path adjustments;

  @Option(names = "--draws", paramLabel = "N", defaultValue = "1000", description = "Monte Carlo draws (default: ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--exact", description = "Enumerate every combination exactly (refused when there are too many).")
  boolean exact;

  @Option(names = "--vary", paramLabel = "SOURCES", defaultValue = "disagreement", split = ",",
      description = "Sources to vary: disagreement, denominator, reconstructed, weights, adjustments, or none"
          + " (default: ${DEFAULT-VALUE}).")
  List<String> vary;

  @Option(names = "--denominators", paramLabel = "D,D", split = ",",
      description = "Denominator scenarios for --vary denominator, e.g. 95,96.")
  List<Double> denominators = new ArrayList<>();

  @Option(names = "--weights", paramLabel = "dirichlet|equal", defaultValue = "dirichlet",
      description = "How --vary weights varies criterion weights (default: ${DEFAULT-VALUE}).")
  String weights;

  @Option(names = "--concentration", paramLabel = "K", defaultValue = "50",
      description = "Dirichlet concentration: larger stays closer to the instrument's weights (default: ${DEFAULT-VALUE}).")
  double concentration;

  @Option(names = "--flip-probability", paramLabel = "P", defaultValue = "0.5",
      description = "Probability of flipping each low-confidence reconstructed call (default: ${DEFAULT-VALUE}).")
  double flipProbability;

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "k for P(top k) (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin MissingOption missing;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor); results do not depend on it.")
  Integer threads;

  @Mixin AssessmentTableOptions table;

  @Option(names = "--reviewer-probabilities", paramLabel = "FILE",
      description = "CSV city,indicator,probability: the reviewer's P(PRESENT) for disputed answers, used by --vary"
          + " disagreement instead of drawing an assessor uniformly.")
  Path reviewerProbabilities;

  @Mixin TableCsvJsonOrXlsx output;

  @Override
  int run() {
    if (output.format() == OutputFormat.XLSX && output.toStandardOutput()) {
      throw usage("--format xlsx needs --out FILE");
    }
    RankUncertainty options = options();
    if (reviewerProbabilities != null) {
      options = options.withReviewerProbabilities(ReviewerProbabilities.read(reviewerProbabilities));
    }
    if (!output.toStandardOutput()) {
      Output.checkDirectory(output.out);
    }
    Instrument ins = instrument.instrument();
    List<Assessment> as = table.read(assessments, ins);
    List<CountryAdjustment> adj = AssessmentInput.readAdjustments(adjustments, table.allowUserAssignedCountries);
    RankUncertainty.Result r;
    try {
      r = options.analyse(ins, as, adj);
    } catch (LosiValidationException e) {
      throw inCliWords(e);
    }
    RankUncertainty.Result result = r;
    switch (output.format()) {
      case XLSX -> Output.writeFile(output.out, "--out", s -> UncertaintyTables.writeXlsx(result, s));
      case JSON -> output.write(UncertaintyTables.json(r), out());
      case CSV -> output.write(UncertaintyTables.csv(r), out());
      default -> output.write(UncertaintyOutput.table(r), out());
    }
    return OK;
  }

  private RankUncertainty options() {
    if (draws < 2) {
      throw usage("--draws must be at least 2, got " + draws);
    }
    if (top < 1) {
      throw usage("--top must be at least 1, got " + top);
    }
    if (threads != null && threads < 1) {
      throw usage("--threads must be at least 1, got " + threads);
    }
    if (!(flipProbability >= 0 && flipProbability <= 1)) {
      throw usage("--flip-probability must be in [0, 1], got " + NumberText.shortest(flipProbability));
    }
    if (!(concentration > 0) || Double.isInfinite(concentration)) {
      throw usage("--concentration must be a finite number > 0, got " + NumberText.shortest(concentration));
    }
    WeightScheme scheme = OptionWords.choose(spec, "--weights", weights, Map.entry("dirichlet", WeightScheme.DIRICHLET),
        Map.entry("equal", WeightScheme.EQUAL_CRITERIA));
    EnumSet<Source> sources = EnumSet.noneOf(Source.class);
    for (String v : vary) {
      String name = v.strip().toLowerCase(Locale.ROOT);
      if (name.equals("none")) {
        continue;
      }
      try {
        sources.add(Source.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw usage("--vary: \"" + v + "\" is not a source; use disagreement, denominator, reconstructed, weights,"
            + " adjustments or none");
      }
    }
    if (sources.contains(Source.DENOMINATOR) && denominators.size() < 2) {
      throw usage("--vary denominator needs --denominators with at least two values, e.g. --denominators 95,96");
    }
    if (!sources.contains(Source.DENOMINATOR) && !denominators.isEmpty()) {
      throw usage("--denominators is given but the denominator is not varied; add denominator to --vary");
    }
    if (reviewerProbabilities != null && !sources.contains(Source.DISAGREEMENT)) {
      throw usage("--reviewer-probabilities is given but disagreement is not varied; add disagreement to --vary");
    }
    if (sources.contains(Source.ADJUSTMENTS) && adjustments == null) {
      throw usage("--vary adjustments needs --adjustments FILE (the adjustments to apply or not)");
    }
    if (exact && sources.contains(Source.WEIGHTS) && scheme == WeightScheme.DIRICHLET) {
      throw usage("--exact cannot enumerate Dirichlet weights, which are continuous; use --weights equal or drop --exact");
    }
    RankUncertainty o = RankUncertainty.defaults().withDraws(draws).withSeed(seed).withExact(exact)
        .withSources(sources).withDenominators(denominators).withWeights(scheme, concentration)
        .withFlipProbability(flipProbability).withTopK(top).withMissingAnswers(missing.policy());
    return threads == null ? o : o.withThreads(threads);
  }

  /** Names the options in the problems the library reports about them. */
  private static LosiValidationException inCliWords(LosiValidationException e) {
    List<Problem> problems = new ArrayList<>();
    for (Problem p : e.problems()) {
      if (p.field().equals(Optional.of("exact"))) {
        p = Problem.builder().from(p).field("--exact").message(p.message() + " (drop --exact and give --draws N)").build();
      }
      problems.add(p);
    }
    return new LosiValidationException(problems, e.omitted());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
