package dev.losi.cli;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.checklist.Checklist;
import dev.losi.io.checklist.ChecklistHeader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi checklist}: a fillable checklist from any instrument. */
@Command(
    name = "checklist",
    header = "A fillable checklist from any instrument: XLSX with dropdowns, printable HTML, Markdown or JSON.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Writes a checklist for city officials and assessors: a header block (instrument, city, country, assessor,",
        "date), then one row per indicator with its code, criterion, title, description and channel-scope rule in",
        "plain words, and columns for the answer (Present, Absent, Not applicable), the evidence channel, URL and",
        "note. With --adjustments and --country, excluded indicators are marked not applicable (with the",
        "adjustment and its rationale) and local indicators get their own section. A filled XLSX checklist is",
        "read back by the library (dev.losi.io.checklist.Checklists.read); see docs/cli.md."},
    footer = {
        "",
        "Examples:",
        "  losi checklist --instrument LOSI-2024 --format xlsx --out checklist.xlsx",
        "  losi checklist --instrument LOSI-2024 --adjustments adj.json --country TUN --city-id TUN-07 \\",
        "                 --city-name Sfax --assessor A --date 2025-03-01 --format xlsx --out sfax.xlsx",
        "  losi checklist --instrument LOSI-2024 --format html --out checklist.html"})
final class ChecklistCommand extends LosiCommand {

  @Mixin InstrumentOption.Required instrument;

  @Mixin ChecklistOutput output;

  @Option(names = "--adjustments", paramLabel = "FILE", description = "Documented country adjustments (needs --country).")
  Path adjustments;

  @Option(names = "--allow-user-assigned-countries", description = AssessmentTableOptions.USER_ASSIGNED_HELP
      + " The country column of --adjustments, and --country.")
  boolean allowUserAssignedCountries;

  @Mixin ChecklistHeaderOptions headerOptions;

  @Override
  int run() throws Exception {
    output.format();
    if (adjustments != null && headerOptions.country.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--adjustments needs --country ISO3: a checklist is for the cities of one country");
    }
    ChecklistHeader header = headerOptions.header();
    Instrument ins = instrument.instrument();
    // a bad --country is reported together with the problems of --adjustments, all at once
    List<Problem> country = headerOptions.countryProblem(allowUserAssignedCountries).stream().toList();
    List<CountryAdjustment> adj;
    try {
      adj = AssessmentInput.readAdjustments(adjustments, allowUserAssignedCountries);
    } catch (LosiValidationException e) {
      throw country.isEmpty() ? e : new LosiValidationException(
          Stream.concat(country.stream(), e.problems().stream()).toList(), e.omitted());
    }
    if (!country.isEmpty()) {
      throw new LosiValidationException(country);
    }
    Checklist checklist = Checklist.of(ins, adj, header);
    output.write(checklist, out());
    return OK;
  }
}
