package dev.losi.cli;

import dev.losi.cli.internal.TerminalText;
import java.io.BufferedOutputStream;
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
        CommandLine.HelpCommand.class})
public final class Main extends LosiRoot {

  /**
   * Runs the command and exits the JVM with its exit code. Standard output and error are written in
   * UTF-8 whatever the platform's default charset (a C or POSIX locale would turn every non-ASCII
   * character into {@code ?}).
   *
   * @param args the arguments after {@code losi}: a subcommand and its options, for example
   *     {@code score --instrument LOSI-2024 --assessments a.csv}; none prints the usage and exits with 2
   */
  public static void main(String[] args) {
    startUpProperties();
    // a 64 KiB buffer under the encoder, whose own is 8 KiB: a large document (28 MB of review JSON) is handed
    // to the pipe or file in an eighth of the system calls; println and every command's end flush it
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
        new FileOutputStream(FileDescriptor.out), OUT_BUFFER), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = commandLine(args, out, err, System.console() != null).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The bytes standard output keeps before handing them on. */
  static final int OUT_BUFFER = 1 << 16;

  /** picocli's switch for Groovy closures in annotations, which it otherwise looks up on the class path. */
  static final String NO_CLOSURES = "picocli.disable.closures";

  /** picocli's list of regular expressions: built-in converters of the types they match are not registered. */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /**
   * The types of picocli's built-in converters that no losi option has (java.sql and java.time), whose
   * registration loads and initialises the classes by reflection on every run; {@code MainTest} checks every
   * option's type against it.
   */
  static final String UNUSED_CONVERTERS = "java\\.sql\\..*,java\\.time\\..*";

  /**
   * Sets picocli's start-up switches, each only when not set already (an explicit setting is kept), as
   * {@link #main} does before its first command line: no Groovy closures (losi declares none in its annotations;
   * without the switch, picocli's first command line looks for {@code groovy.lang.Closure} on the class path,
   * opening every jar of the distribution), and no built-in converters for {@link #UNUSED_CONVERTERS} (their
   * registration loaded about a hundred classes on every run). Measured in docs/performance.md.
   */
  static void startUpProperties() {
    if (System.getProperty(NO_CLOSURES) == null) {
      System.setProperty(NO_CLOSURES, "true");
    }
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
    }
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
    return streams(new CommandLine(new Main()), out, err, outIsTerminal);
  }

  /**
   * The command line for these arguments: when the first one names a subcommand, a root with only that
   * subcommand (so picocli reflects on one command, not on all of them, at start-up); else, for the root's
   * own options, {@code help}, a mistyped or no command, the whole tree of {@link #commandLine(PrintWriter,
   * PrintWriter, boolean)}. Both give the same usage, messages and results for the invoked command
   * ({@code MainTest} compares them for every subcommand).
   */
  static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err, boolean outIsTerminal) {
    Object only = args.length == 0 ? null : subcommand(args[0]);
    if (only == null) {
      return commandLine(out, err, outIsTerminal);
    }
    CommandLine root = new CommandLine(new LosiRoot());
    root.addSubcommand(only);
    return streams(root, out, err, outIsTerminal);
  }

  /**
   * A new instance of the subcommand of this name in {@link Main}'s {@code subcommands}, or null for
   * {@code help} and any other name ({@code MainTest} checks this table against the annotation).
   */
  static Object subcommand(String name) {
    return switch (name) {
      case "demo" -> new DemoCommand();
      case "score" -> new ScoreCommand();
      case "classify" -> new ClassifyCommand();
      case "instrument" -> new InstrumentCommand();
      case "correlate" -> new CorrelateCommand();
      case "map" -> new MapCommand();
      case "compare-editions" -> new CompareEditionsCommand();
      case "agreement" -> new AgreementCommand();
      case "reconcile" -> new ReconcileCommand();
      case "compare" -> new CompareCommand();
      case "plan" -> new PlanCommand();
      case "uncertainty" -> new UncertaintyCommand();
      case "report" -> new ReportCommand();
      case "checklist" -> new ChecklistCommand();
      default -> null;
    };
  }

  private static CommandLine streams(CommandLine cmd, PrintWriter out, PrintWriter err, boolean outIsTerminal) {
    cmd.setOut(outIsTerminal ? TerminalText.writer(out) : out);
    cmd.setErr(TerminalText.writer(err));
    return cmd;
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
