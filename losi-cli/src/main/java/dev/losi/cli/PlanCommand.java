package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.core.plan.Plan;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.plan.PlanExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  @Mixin AssessmentInput input;

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

  @Mixin Documents output;

  @Override
  int run() throws Exception {
    Planner.PeerGroup group = PlanOptions.peers(spec, peers);
    Level level = PlanOptions.target(spec, target);
    Instrument ins = input.instrument();
    Scorer scorer = Scorer.of(ins).withMissingAnswers(input.missingAnswers()).withAdjustments(input.adjustments());
    Planner planner = PlanOptions.planner(scorer, ins, effort, uptake, group, level);
    List<Assessment> list = consolidated(input.read());
    Planner chosen = planner;
    List<Plan> plans = Problems.from(input.assessments(), () -> chosen.planAll(list));
    if (city != null) {
      plans = plans.stream().filter(p -> p.city().id().equals(city)).toList();
      if (plans.isEmpty()) {
        throw Problems.single(Problem.builder().source(input.assessments().toString()).field("--city").value(city)
            .message("is not a city of this file").build());
      }
    }
    PlanExport export = PlanExport.of(ins, plans);
    String text = switch (output.format()) {
      case JSON -> export.toJson();
      case CSV -> export.toCsv();
      case MD -> export.toMarkdown();
      default -> PlanReport.text(ins, plans);
    };
    output.write(text, out());
    return OK;
  }

  /** The assessments, one per city: those of --assessor if given; several per city refused otherwise. */
  private List<Assessment> consolidated(List<Assessment> all) {
    List<Assessment> list = assessor == null ? all
        : all.stream().filter(a -> a.assessorId().equals(assessor)).toList();
    if (list.isEmpty()) {
      throw Problems.single(Problem.builder().source(input.assessments().toString())
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
        problems.add(Problem.builder().source(input.assessments().toString()).city(id)
            .message("has " + assessors.size() + " assessments (assessors " + String.join(", ", assessors)
                + "); a plan needs one consolidated assessment per city: run losi reconcile first, or choose one"
                + " assessor with --assessor ID").build());
      }
    });
    problems.throwIfAny();
    return list;
  }
}
