package dev.losi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process with captured standard output and error. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // As Main.main does: a root with only the invoked subcommand (MainTest checks it against the whole tree).
    CommandLine cmd = Main.commandLine(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    int code = cmd.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** True when standard error shows a Java stack trace. */
  boolean hasStackTrace() {
    return err.contains("\tat ") || err.contains("Exception in thread") || err.matches("(?s).*\\n\\s+at [a-z].*");
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
