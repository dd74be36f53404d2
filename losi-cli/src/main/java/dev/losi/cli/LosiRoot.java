package dev.losi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the {@code losi} command: its name, options, description and footer, without the
 * subcommands, which {@link Main} adds (all of them) or {@link Main#commandLine(String[], java.io.PrintWriter,
 * java.io.PrintWriter, boolean)} adds (only the one invoked, to start faster). Picocli reads the
 * {@code @Command} of a class and of its superclasses, so the two roots have the same usage.
 */
@Command(
    name = "losi",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "The LOSI SDK command line: score Local Online Service Index assessments, measure and reconcile the"
            + " agreement between assessors, compare organisations and editions, relate city LOSI to national OSI,"
            + " and classify any index into the UN Survey's levels and rating classes. Start with: losi demo"},
    footer = {
        "",
        "Examples:",
        "  losi demo",
        "  losi score --instrument LOSI-2024 --assessments assessments.csv --format csv --out scores.csv",
        "  losi agreement --assessments assessments.csv",
        "  losi reconcile --assessments assessments.csv --out consensus.csv --pending to-decide.csv",
        "  losi classify --data egdi_2024_countries.csv --column egdi --id-column country",
        "  losi instrument show LOSI-2024",
        "  losi correlate --scores city-scores.csv --osi egdi_2024_countries.csv",
        "",
        "Exit codes: 0 ok, 1 unexpected failure, 2 bad input or usage.",
        "Documentation: docs/cli.md"})
class LosiRoot implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand, prints the usage and fails with a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (for example: losi demo)");
  }
}
