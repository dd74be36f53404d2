package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.core.plan.Plan;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Assessments;
import dev.losi.io.plan.PlanTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi plan}: the improvement plan of each city, to its next level or a chosen one. */
@Command(
    name = "plan",
    header = "Improvement plans: the fewest, cheapest changes that lift each city to the next level.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "For each city of a file of consolidated assessments (one assessment per city): where it stands (points,",
        "maximum, LOSI, level, rating class), the points needed for the target level (the next level up unless",
        "--target), and the smallest set of changes that reaches it, cheapest first by the effort classes of",
        "--effort, in phases (quick fixes, moderate, hard, unclassified) with the projected LOSI after each.",
        "The plan works on the adjusted LOSI when a country adjustment applies, else on the standard LOSI.",
        "Candidates: absent (or, with --missing absent, unassessed) indicators, channel downgrades (fix: link",
        "the feature from the municipal portal; easy unless --effort says otherwise) and not-applicable answers",
        "no adjustment backs. The cost model and order are in docs/plan.md."},
    footer = {
        "",
        "Examples:",
        "  losi plan --instrument LOSI-2024 --assessments consensus.csv --effort efforts.csv",
        "  losi plan --instrument LOSI-2024 --assessments consensus.csv --city TUN-07 --target high --format md",
        "  losi plan --instrument LOSI-2024 --assessments consensus.csv --adjustments adj.json --format json --out plans.json",
        "",
        "--effort: CSV indicator,effort[,note], effort easy|moderate|hard|unclassified (no classes are bundled).",
        "--uptake: CSV indicator,uptake, a share from 0 to 1, used instead of the uptake among the file's cities.",
        "Several assessors per city: consolidate first with losi reconcile, or choose one with --assessor ID."})
final class PlanCommand extends LosiCommand {

  @Option(names = "--instrument", required = true, paramLabel = "FILE|ID",
      description = "A built-in instrument id (see losi instrument list) or an instrument file (.json, .csv, .xlsx).")
  String instrument;

  @Option(names = "--assessments", required = true, paramLabel = "FILE",
      description = "Consolidated assessments, one per city: .csv or .xlsx (long or wide layout) or .json.")
  Path assessments;

  @Mixin AssessmentTableOptions table;

  @Option(names = "--adjustments", paramLabel = "FILE", description = "Documented country adjustments: .json, or a .csv or .xlsx adjustments table.")
  Path adjustments;

  @Option(names = "--missing", paramLabel = "error|absent", defaultValue = "error",
      description = "Indicators not assessed: error (default) refuses incomplete assessments; absent counts them"
          + " as 0 and makes them candidates (assess them, provide them if absent).")
  String missing;

  @Option(names = "--effort", paramLabel = "FILE", description = "Effort classes: CSV indicator,effort[,note].")
  Path effort;

  @Option(names = "--uptake", paramLabel = "FILE", description = "Peer uptake: CSV indicator,uptake (share 0 to 1).")
  Path uptake;

  @Option(names = "--peers", paramLabel = "all|country", defaultValue = "all",
      description = "Peer uptake among all other cities of the file (default) or those of the same country.")
  String peers;

  @Option(names = "--target", paramLabel = "LEVEL",
      description = "The target level for every city: very-high, high, middle or low (default: each city's next level up).")
  String target;

  @Option(names = "--city", paramLabel = "ID", description = "Print only this city's plan (uptake still uses every city).")
  String city;

  @Option(names = "--assessor", paramLabel = "ID", description = "Plan from this assessor's assessments only.")
  String assessor;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table, json, csv or md (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Override
  int run() throws Exception {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.MD);
    Planner.PeerGroup group = switch (peers) {
      case "all" -> Planner.PeerGroup.ALL;
      case "country" -> Planner.PeerGroup.COUNTRY;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--peers must be all or country, got \"" + peers + "\"");
    };
    Level level = null;
    if (target != null) {
      try {
        level = Level.parse(target.replace('-', ' '));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--target must be very-high, high, middle or low, got \"" + target + "\"");
      }
    }
    Instrument ins = Inputs.instrument(instrument);
    List<CountryAdjustment> adj = adjustments == null ? List.of() : Inputs.adjustments(adjustments);
    Scorer scorer = Scorer.of(ins).withMissingAnswers(missingAnswers(missing)).withAdjustments(adj);
    Planner planner = Planner.of(scorer).withPeerGroup(group);
    if (effort != null) {
      planner = planner.withEfforts(Inputs.reading(effort, () -> PlanTables.readEfforts(effort, ins)));
    }
    if (uptake != null) {
      planner = planner.withUptake(Inputs.reading(uptake, () -> PlanTables.readUptake(uptake, ins)));
    }
    if (level != null) {
      planner = planner.withTarget(level);
    }
    List<Assessment> list = consolidated(Inputs.assessments(assessments,
        table.configure(Assessments.reader(ins).withAdjustments(adj))));
    Planner chosen = planner;
    List<Plan> plans = Problems.from(assessments, () -> chosen.planAll(list));
    if (city != null) {
      plans = plans.stream().filter(p -> p.city().id().equals(city)).toList();
      if (plans.isEmpty()) {
        throw Problems.single(Problem.builder().source(assessments.toString()).field("--city").value(city)
            .message("is not a city of this file").build());
      }
    }
    PlanReport report = new PlanReport(ins, plans);
    String text = switch (format) {
      case JSON -> Output.toJson(report.json());
      case CSV -> report.table().toCsv();
      case MD -> report.markdown();
      default -> report.text();
    };
    Output.write(text, out, out());
    return OK;
  }

  /** The assessments, one per city: those of --assessor if given; several per city refused otherwise. */
  private List<Assessment> consolidated(List<Assessment> all) {
    List<Assessment> list = assessor == null ? all
        : all.stream().filter(a -> a.assessorId().equals(assessor)).toList();
    if (list.isEmpty()) {
      throw Problems.single(Problem.builder().source(assessments.toString())
          .message(assessor == null ? "holds no assessment" : "holds no assessment by assessor \"" + assessor + "\"")
          .build());
    }
    Map<String, List<String>> byCity = new TreeMap<>();
    for (Assessment a : list) {
      byCity.computeIfAbsent(a.city().id(), k -> new ArrayList<>()).add(a.assessorId());
    }
    ProblemCollector problems = new ProblemCollector();
    byCity.forEach((id, assessors) -> {
      if (assessors.size() > 1) {
        problems.add(Problem.builder().source(assessments.toString()).city(id)
            .message("has " + assessors.size() + " assessments (assessors " + String.join(", ", assessors)
                + "); a plan needs one consolidated assessment per city: run losi reconcile first, or choose one"
                + " assessor with --assessor ID").build());
      }
    });
    problems.throwIfAny();
    return list;
  }
}
