package dev.losi.cli;

import dev.losi.cli.internal.Tabular;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.NumberText;
import dev.losi.core.ProvenanceStatus;
import dev.losi.io.CsvFormat;
import dev.losi.io.InstrumentTables;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code losi instrument list|show}: the bundled instruments and their indicators. */
@Command(
    name = "instrument",
    header = "The built-in instruments and the indicators of any instrument.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = "The instruments (LOSI editions) built into losi, and the indicators of any instrument.",
    subcommands = {InstrumentCommand.ListCommand.class, InstrumentCommand.ShowCommand.class},
    footer = {
        "",
        "Examples:",
        "  losi instrument list",
        "  losi instrument show LOSI-2024",
        "  losi instrument show LOSI-2024 --format md --out losi-2024.md",
        "  losi instrument show my-rural-losi.csv --format json --out my-rural-losi.json"})
final class InstrumentCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: list or show");
  }

  static String scopes(Instrument ins) {
    Map<ChannelScope, Integer> c = ins.countByChannelScope();
    return c.get(ChannelScope.CHANNEL_INDEPENDENT) + " channel-independent, " + c.get(ChannelScope.MGP_SPECIFIC)
        + " MGP-specific";
  }

  static String criteria(Instrument ins) {
    return ins.countByCriterion().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** {@code losi instrument list}. */
  @Command(
      name = "list",
    header = "Lists the built-in instruments.",
    usageHelpWidth = 120,
      mixinStandardHelpOptions = true,
      description = "Lists the built-in instruments: id, edition, indicators per criterion and channel scope.",
      footer = {"", "Examples:", "  losi instrument list", "  losi instrument list --format json"})
  static final class ListCommand extends LosiCommand {

    @Mixin TableCsvOrJson output;

    @Override
    int run() {
      List<Instrument> all = Instruments.builtIn();
      String text;
      if (output.json()) {
        text = Instruments.summaryJson(all);
      } else {
        Tabular t = new Tabular(List.of("id", "edition", "indicators", "criteria", "channel scopes", "title"))
            .numeric(1, 2);
        for (Instrument i : all) {
          t.add(List.of(i.id(), Integer.toString(i.editionYear()), Integer.toString(i.size()), criteria(i), scopes(i),
              i.title()));
        }
        text = output.format() == OutputFormat.CSV ? t.toCsv()
            : t.toText() + "\nShow the indicators of one: losi instrument show ID\n";
      }
      output.write(text, out());
      return OK;
    }
  }

  /** {@code losi instrument show}. */
  @Command(
      name = "show",
    header = "Shows an instrument's criteria and indicators.",
    usageHelpWidth = 120,
      mixinStandardHelpOptions = true,
      description = {
          "Shows an instrument: criteria, and each indicator's code, criterion, channel scope, weight and title,",
          "with which fields are published and which reconstructed (LOSI-2024: see docs/instruments.md).",
          "--format json and csv write the instrument in losi-io's formats, readable back with --instrument FILE."},
      footer = {"", "Examples:", "  losi instrument show LOSI-2024", "  losi instrument show LOSI-2024 --format md",
          "  losi instrument show LOSI-2024 --format csv --out my-edition.csv   (a starting point for your own)"})
  static final class ShowCommand extends LosiCommand {

    @Parameters(index = "0", paramLabel = "ID|FILE", description = "A built-in instrument id or an instrument file.")
    String instrument;

    @Mixin Documents output;

    @Override
    int run() {
      // a bad argument is named as the usage shows the positional, not as an --instrument option
      Instrument ins = InstrumentOption.resolve(instrument, "ID|FILE");
      String text = switch (output.format()) {
        case JSON -> LosiJson.standard().writeInstrument(ins);
        case CSV -> InstrumentTables.toCsv(ins, CsvFormat.standard().withLineSeparator("\n"));
        case MD -> InstrumentTables.toMarkdown(ins);
        default -> table(ins);
      };
      output.write(text, out());
      return OK;
    }

    private static Tabular indicators(Instrument ins) {
      Tabular t = new Tabular(List.of("#", "code", "criterion", "channel scope", "weight", "title", "reconstructed"))
          .numeric(0, 4);
      int n = 1;
      for (Indicator i : ins.indicators()) {
        t.add(List.of(Integer.toString(n++), i.code(), i.criterion(),
            i.channelScope() == ChannelScope.MGP_SPECIFIC ? "MGP-specific" : "channel-independent",
            NumberText.of(i.weight()), i.title(), reconstructed(i)));
      }
      return t;
    }

    private static String reconstructed(Indicator i) {
      List<String> f = new ArrayList<>();
      for (FieldProvenance p : i.provenance()) {
        if (p.status() == ProvenanceStatus.RECONSTRUCTED) {
          f.add(p.field());
        }
      }
      return String.join(", ", f);
    }

    private static String table(Instrument ins) {
      StringBuilder sb = new StringBuilder();
      sb.append(ins.id()).append(": ").append(ins.title()).append(" (edition ").append(ins.editionYear()).append(")\n");
      sb.append(ins.size()).append(" indicators; maximum ").append(NumberText.of(ins.maximumPoints()))
          .append(" points; ").append(scopes(ins)).append('\n');
      for (Criterion c : ins.criteria()) {
        sb.append("  ").append(c.code()).append("  ").append(c.name()).append(": ")
            .append(ins.countByCriterion().get(c.code())).append(" indicators\n");
      }
      sb.append('\n').append(indicators(ins).toText());
      if (!ins.provenance().isBlank()) {
        sb.append("\nProvenance: ").append(ins.provenance()).append('\n');
      }
      return sb.toString();
    }
  }
}
