package dev.losi.cli;

import dev.losi.cli.internal.TerminalText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code losi} command: scoring, assessor agreement and reconciliation, comparison of organisations and
 * editions, the OSI-LOSI study, classification of any index into levels and rating
 * classes, instrument listing, and a demo on a bundled synthetic sample.
 *
 * <p>Exit codes: 0 success; 1 unexpected failure (a bug: please report it); 2 bad input or usage (every
 * problem is listed on standard error, one per line, and no output file is written).
 *
 * <p>In-process use (tests, embedding): {@code new CommandLine(new Main()).execute(args)}.
 *
 * @since 0.1.0
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
    subcommands = {
        DemoCommand.class,
        ScoreCommand.class,
        ClassifyCommand.class,
        InstrumentCommand.class,
        CorrelateCommand.class,
        MapCommand.class,
        CompareEditionsCommand.class,
        AgreementCommand.class,
        ReconcileCommand.class,
        CompareCommand.class,
        PlanCommand.class,
        UncertaintyCommand.class,
        ReportCommand.class,
        ChecklistCommand.class,
        CommandLine.HelpCommand.class},
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
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command and exits the JVM with its exit code. Standard output and error are written in
   * UTF-8 whatever the platform's default charset (a C or POSIX locale would turn every non-ASCII
   * character into {@code ?}).
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = commandLine(out, err, System.console() != null).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The {@code losi} command line writing to these streams. Control characters in everything written to
   * standard error are neutralised (see {@link TerminalText}), and in standard output too when it is a
   * terminal, so that names and values holding escape sequences cannot act on the terminal.
   *
   * @param out standard output
   * @param err standard error
   * @param outIsTerminal whether standard output is a terminal
   * @return the command line, ready to execute
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean outIsTerminal) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(outIsTerminal ? TerminalText.writer(out) : out);
    cmd.setErr(TerminalText.writer(err));
    return cmd;
  }

  /** Without a subcommand, prints the usage and fails with a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command (for example: losi demo)");
  }

  /** Reads the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
          "losi " + p.getProperty("version", "unknown"),
          "LOSI SDK, Apache License 2.0; Java " + System.getProperty("java.version")};
    }
  }
}
