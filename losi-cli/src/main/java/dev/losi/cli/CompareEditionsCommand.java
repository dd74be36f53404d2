package dev.losi.cli;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.io.mapping.MappingCsv;
import dev.losi.io.mapping.MappingJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi compare-editions}: how cities moved between two editions. */
@Command(
    name = "compare-editions",
    header = "How cities moved between two editions, on the common core.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Longitudinal report between two editions: per city, the score on the common core (indicators both",
        "editions measure one-to-one) before and after, the change, the core indicators gained and lost, the",
        "official scores and levels of each edition (not comparable with each other, as the report says), the",
        "official and core level transition matrices, and what was not comparable. One assessment per city and",
        "edition (reconcile assessors first). See docs/edition-mapping.md."},
    footer = {
        "",
        "Examples:",
        "  losi compare-editions --mapping 2022-to-2024.json --instrument-file losi-2022-pe.json \\",
        "                        --before pe-2022.csv --after pe-2024.csv",
        "  losi compare-editions --mapping LOSI-2022-PE:LOSI-2024 --before b.csv --after a.csv --format json --out report.json"})
final class CompareEditionsCommand extends LosiCommand {

  @Mixin MappingOptions mappingOptions;

  @Option(names = "--before", required = true, paramLabel = "FILE", description = "Assessments of the earlier edition.")
  Path before;

  @Option(names = "--after", required = true, paramLabel = "FILE", description = "Assessments of the later edition.")
  Path after;

  @Mixin MissingOption missing;

  @Mixin AssessmentTableOptions table;

  @Mixin TableCsvOrJson output;

  @Override
  int run() {
    MissingAnswerPolicy policy = missing.policy();
    Map<String, Instrument> instruments = mappingOptions.instruments();
    EditionMapping m = mappingOptions.read(instruments);
    List<Assessment> b = table.read(before, m.from());
    List<Assessment> a = table.read(after, m.to());
    LongitudinalReport report;
    try {
      report = LongitudinalComparison.compare(m, b, a, policy);
    } catch (dev.losi.core.LosiValidationException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw dev.losi.cli.internal.Problems.single(dev.losi.core.Problem.builder().field("--mapping").value(mappingOptions.mapping)
          .message(e.getMessage()).build());
    }
    String text = switch (output.format()) {
      case JSON -> MappingJson.standard().write(report);
      case CSV -> MappingCsv.toCsv(report);
      default -> report.toText().replace(System.lineSeparator(), "\n");
    };
    output.write(text.endsWith("\n") ? text : text + "\n", out());
    return OK;
  }
}
