package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.Estimate;
import dev.losi.stats.io.StatisticsCsv;
import dev.losi.stats.io.StatisticsJson;
import dev.losi.stats.review.CityComparison;
import dev.losi.stats.review.IndicatorDifference;
import dev.losi.stats.review.OrganisationComparison;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi compare}: two organisations' independent results for the same cities. */
@Command(
    name = "compare",
    header = "Compares two organisations' independent results for the same cities.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Compares two organisations' independent LOSI results for the same cities (one consolidated assessment",
        "per city and side, same instrument): per-city standard LOSI on each side and the difference, level",
        "changes, Spearman's rank correlation, item-level agreement, and the indicators that drive the difference.",
        "Cities assessed by one side only are listed, not compared. See docs/agreement.md."},
    footer = {
        "",
        "Examples:",
        "  losi compare --left government.csv --right university.csv",
        "  losi compare --left gov.csv --right uni.csv --left-name government --right-name university --format json"})
final class CompareCommand extends LosiCommand {

  @Mixin ComparedOrganisations sides;

  @Mixin InstrumentOption.Defaulted instrument;

  @Mixin MissingOption missing;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Table: how many drivers to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin AssessmentTableOptions table;

  @Mixin TableCsvOrJson output;

  @Override
  int run() {
    MissingAnswerPolicy policy = missing.policy();
    Instrument ins = instrument.instrument();
    List<Assessment> l = table.read(sides.left, ins);
    List<Assessment> r = table.read(sides.right, ins);
    OrganisationComparison c = OrganisationComparison.compare(ins, sides.leftName, l, sides.rightName, r, policy);
    String text = switch (output.format()) {
      case JSON -> StatisticsJson.comparison(c);
      case CSV -> StatisticsCsv.comparison(c);
      default -> text(c);
    };
    output.write(text, out());
    return OK;
  }

  private String text(OrganisationComparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.rightName()).append(" vs ").append(c.leftName()).append(": ").append(c.cities().size())
        .append(" cities compared; mean difference (").append(c.rightName()).append(" - ").append(c.leftName())
        .append(") ").append(String.format(Locale.ROOT, "%+.4f", c.meanDifference())).append("; ")
        .append(c.levelChanges().size()).append(" level changes\n");
    Estimate rho = c.rankCorrelation();
    sb.append("Rank correlation (Spearman): ").append(rho.isDefined()
        ? Output.display(rho.value()) + rho.confidenceInterval().map(ci -> " 95% CI [" + Output.display(ci.lower())
            + ", " + Output.display(ci.upper()) + "]").orElse("")
        : "undefined: " + rho.undefinedReason().orElse("")).append("\n\n");
    Tabular t = new Tabular(List.of("city", "name", c.leftName(), c.rightName(), "difference", "level " + c.leftName(),
        "level " + c.rightName(), "rank " + c.leftName(), "rank " + c.rightName())).numeric(2, 3, 4, 7, 8);
    for (CityComparison x : c.cities()) {
      t.add(List.of(x.city().id(), x.city().name(), Output.display(x.left().losi()), Output.display(x.right().losi()),
          String.format(Locale.ROOT, "%+.4f", x.difference()), x.left().level().label(), x.right().level().label(),
          Integer.toString(x.leftRank()), Integer.toString(x.rightRank())));
    }
    sb.append(t.toText());
    if (!c.onlyLeft().isEmpty() || !c.onlyRight().isEmpty()) {
      sb.append("\nNot compared: only ").append(c.leftName()).append(": ")
          .append(c.onlyLeft().stream().map(x -> x.id()).collect(Collectors.joining(", "))).append("; only ")
          .append(c.rightName()).append(": ").append(c.onlyRight().stream().map(x -> x.id()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    sb.append("\nItem-level agreement (rating 1 when the indicator counts towards the standard LOSI)\n")
        .append(AgreementCommand.coefficients(c.itemAgreement()));
    sb.append("\nIndicators that drive the difference\n");
    Tabular d = new Tabular(List.of("indicator", "title", "only " + c.leftName(), "only " + c.rightName(),
        "contribution")).numeric(2, 3, 4);
    for (IndicatorDifference x : c.drivers().stream().limit(top).toList()) {
      d.add(List.of(x.indicator().code(), x.indicator().title(), Long.toString(x.leftOnly()), Long.toString(x.rightOnly()),
          String.format(Locale.ROOT, "%+.4f", x.meanContribution())));
    }
    sb.append(d.toText());
    return sb.toString();
  }
}
