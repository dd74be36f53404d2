package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process with captured standard output and error. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // As Main.main does: picocli's start-up switches, then a root with only the invoked subcommand (MainTest
    // checks it against the whole tree), so every CLI test runs without the built-in converters Main leaves out.
    Main.startUpProperties();
    CommandLine cmd = Main.commandLine(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    int code = cmd.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * Asserts that the run refused its input or usage: exit code 2, every fragment on standard error, and no
   * stack trace.
   *
   * @return this run, for further assertions
   */
  Cli assertRefused(String... fragments) {
    assertEquals(2, exitCode, this::toString);
    for (String f : fragments) {
      assertTrue(err.contains(f), () -> "standard error lacks: " + f + "\n" + this);
    }
    assertFalse(hasStackTrace(), this::toString);
    return this;
  }

  /**
   * Asserts that the run succeeded: exit code 0 and every fragment on standard output.
   *
   * @return this run, for further assertions
   */
  Cli assertOk(String... fragments) {
    assertEquals(0, exitCode, this::toString);
    for (String f : fragments) {
      assertTrue(out.contains(f), () -> "standard output lacks: " + f + "\n" + this);
    }
    return this;
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
