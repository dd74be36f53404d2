package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.mapping.AssessmentTranslator;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Translation;
import dev.losi.core.mapping.TranslationRules;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi map}: translates assessments from one edition to another. */
@Command(
    name = "map",
    header = "Translates assessments from one edition to another.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Translates assessments of edition A into edition B with an edition mapping: SAME, RENAMED and MOVED",
        "indicators are copied, MERGED ones follow --merge, SPLIT ones follow --split; ADDED indicators of B are",
        "left not assessed and REMOVED answers of A are dropped. The translated assessments go to --out (.csv long",
        "layout, .json or .xlsx); a summary per assessment, and with --details every indicator not translated",
        "or dropped with the reason, goes to standard output. See docs/edition-mapping.md."},
    footer = {
        "",
        "Examples:",
        "  losi map --mapping 2022-to-2024.json --assessments pe-2022.csv --instrument-file losi-2022-pe.json --out pe-2024.csv",
        "  losi map --mapping LOSI-2022-PE:LOSI-2024 --assessments pe-2022.csv --out pe-2024.json --details",
        "  losi map --mapping links.csv --from-instrument old.json --to-instrument LOSI-2024 --assessments a.csv --out b.csv",
        "",
        "The bundled LOSI-2022-PE:LOSI-2024 mapping covers the participation-and-engagement criterion only."})
final class MapCommand extends LosiCommand {

  @Mixin MappingOptions mappingOptions;

  @Mixin AssessmentTableOptions table;

  @Option(names = "--assessments", required = true, paramLabel = "FILE",
      description = "Assessments of the mapping's first edition (.csv, .xlsx or .json).")
  Path assessments;

  @Mixin TranslationRuleOptions translation;

  @Option(names = "--details", description = "List every indicator not translated or dropped, with the reason.")
  boolean details;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where the translated assessments go: .csv (long layout), .json or .xlsx.")
  Path out;

  @Mixin BomOption bom;

  @Override
  int run() throws Exception {
    TranslationRules rules = translation.rules();
    String outName = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!outName.endsWith(".csv") && !outName.endsWith(".json") && !outName.endsWith(".xlsx")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .csv, .json or .xlsx");
    }
    bom.check(spec, outName.endsWith(".csv"), "--out " + out + " is not a .csv file");
    Map<String, Instrument> instruments = mappingOptions.instruments();
    EditionMapping m = mappingOptions.read(instruments);
    String toInstrument = mappingOptions.toInstrument;
    if (toInstrument != null) {
      Instrument to = instruments.containsKey(toInstrument) ? instruments.get(toInstrument) : InstrumentOption.resolve(toInstrument, "--to-instrument");
      if (!to.id().equals(m.to().id())) {
        throw Problems.single(Problem.builder().field("--to-instrument").value(toInstrument)
            .message("is " + to.id() + ", but the mapping goes to " + m.to().id()).build());
      }
    }
    List<Assessment> list = table.read(assessments, m.from());
    List<Translation> translations = AssessmentTranslator.translateAll(m, list, rules);
    List<Assessment> translated = translations.stream().map(Translation::assessment).toList();
    AssessmentFiles.write(translated, out, "--out", bom.bom);
    out().print(summary(m, rules, translations));
    out().flush();
    return OK;
  }

  private String summary(EditionMapping m, TranslationRules rules, List<Translation> translations) {
    StringBuilder sb = new StringBuilder();
    sb.append("Translated ").append(translations.size()).append(" assessments from ").append(m.from().id())
        .append(" to ").append(m.to().id()).append(" (rules: ").append(rules).append(") into ").append(out).append('\n');
    sb.append(m.coverageStatement()).append("\n\n");
    Tabular t = new Tabular(List.of("city", "assessor", "translated", "not translated", "dropped")).numeric(2, 3, 4);
    for (Translation tr : translations) {
      t.add(List.of(tr.source().city().id(), tr.source().assessorId(), Integer.toString(tr.translated().size()),
          Integer.toString(tr.notTranslated().size()), Integer.toString(tr.dropped().size())));
    }
    sb.append(t.toText());
    Set<String> reasons = new LinkedHashSet<>();
    for (Translation tr : translations) {
      tr.notTranslated().forEach(n -> reasons.add("  " + m.to().id() + " " + n.toCode() + ": " + n.reason()));
      tr.dropped().forEach(d -> reasons.add("  " + m.from().id() + " " + d.fromCode() + ": " + d.reason()));
    }
    if (details) {
      sb.append("\nNot translated or dropped (distinct reasons):\n");
      reasons.forEach(r -> sb.append(r).append('\n'));
    } else if (!reasons.isEmpty()) {
      sb.append("\n").append(reasons.size()).append(" distinct indicators were not translated or dropped; --details lists them.\n");
    }
    sb.append("Translated indicators with no answer are left not assessed: score them with losi score --missing absent"
        + " only if that is what you mean.\n");
    return sb.toString();
  }
}
