package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void versionPrintsTheBuildVersion() {
    Cli r = Cli.run("--version");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("losi 0.1.0-SNAPSHOT"), r::toString);
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli r = Cli.run("--help");
    assertEquals(0, r.exitCode(), r::toString);
    for (String c : new String[] {"demo", "score", "classify", "instrument"}) {
      assertTrue(r.out().contains("  " + c), () -> c + " missing from\n" + r);
    }
    assertTrue(r.out().contains("Exit codes: 0 ok, 1 unexpected failure, 2 bad input or usage"), r::toString);
  }

  @Test
  void noCommandIsAUsageError() {
    Cli r = Cli.run();
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("Missing a command"), r::toString);
    assertFalse(r.hasStackTrace(), r::toString);
  }

  @Test
  void unknownCommandAndOptionAreUsageErrors() {
    Cli a = Cli.run("scroe");
    assertEquals(2, a.exitCode(), a::toString);
    Cli b = Cli.run("classify", "--data", "x.csv", "--column", "c", "--colour", "red");
    assertEquals(2, b.exitCode(), b::toString);
    assertTrue(b.err().contains("--colour"), b::toString);
    Cli c = Cli.run("classify", "--data", "x.csv");
    assertEquals(2, c.exitCode(), c::toString);
    assertTrue(c.err().contains("--column"), c::toString);
    assertFalse(a.hasStackTrace() || b.hasStackTrace() || c.hasStackTrace());
  }

  @Test
  void badFormatIsAUsageError() {
    Cli r = Cli.run("classify", "--data", "x.csv", "--column", "c", "--format", "xml");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("\"xml\" is not a format"), r::toString);
    Cli md = Cli.run("classify", "--data", "x.csv", "--column", "c", "--format", "md");
    assertEquals(2, md.exitCode(), md::toString);
    assertTrue(md.err().contains("--format md is not offered"), md::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "score", "classify", "instrument", "instrument list", "instrument show", "correlate", "map", "compare-editions", "agreement", "reconcile", "compare"})
  void everyCommandHasHelpWithExamples(String command) {
    String[] words = command.split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = "--help";
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("Example"), r::toString);
    assertTrue(r.out().contains("losi " + command), r::toString);
  }

  /**
   * Help texts are picocli format strings: a bare '%' (as in "95% confidence") makes picocli print a
   * warning to System.err and show the raw text. Every command's help must render cleanly.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "demo", "score", "classify", "instrument", "instrument list", "instrument show",
      "agreement", "reconcile", "compare", "correlate", "map", "compare-editions"})
  void everyHelpRendersWithoutPicocliWarnings(String command) {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    Cli r;
    try {
      java.util.List<String> args = new java.util.ArrayList<>(
          command.isEmpty() ? java.util.List.of() : java.util.List.of(command.split(" ")));
      args.add("--help");
      r = Cli.run(args.toArray(new String[0]));
    } finally {
      System.setErr(original);
    }
    assertEquals(0, r.exitCode(), r::toString);
    String warnings = err.toString(java.nio.charset.StandardCharsets.UTF_8) + r.err();
    assertFalse(warnings.contains("picocli WARN"), () -> command + ": " + warnings);
  }
  /**
   * {@code Main.main} leaves out picocli's built-in converters of {@link Main#UNUSED_CONVERTERS}: no option or
   * positional parameter of any command, nested ones included, may then have a type (or an element type of a
   * list or map) that they match unless it names its own converter; picocli would otherwise refuse the command
   * line on every run of {@code bin/losi} while the in-process tests passed. Each type is matched here as
   * picocli matches it ({@code String.matches} of each comma-separated expression).
   */
  @Test
  void noOptionNeedsAConverterThatStartUpLeavesOut() {
    String[] excluded = Main.UNUSED_CONVERTERS.split(",");
    assertTrue("java.time.LocalDate".matches(excluded[1]) && "java.sql.Date".matches(excluded[0])
        && !"java.nio.file.Path".matches(excluded[0]) && !"java.nio.file.Path".matches(excluded[1]));
    java.util.List<String> seen = new java.util.ArrayList<>();
    java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(Main.commandLine(
        new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()), false)));
    while (!todo.isEmpty()) {
      picocli.CommandLine c = todo.pop();
      todo.addAll(c.getSubcommands().values());
      java.util.List<picocli.CommandLine.Model.ArgSpec> args = c.getCommandSpec().args();
      for (picocli.CommandLine.Model.ArgSpec a : args) {
        if (a.converters().length > 0) {
          continue;
        }
        java.util.List<Class<?>> types = new java.util.ArrayList<>(java.util.List.of(a.type()));
        types.addAll(java.util.List.of(a.auxiliaryTypes()));
        for (Class<?> t : types) {
          seen.add(t.getName());
          for (String x : excluded) {
            assertFalse(t.getName().matches(x), () -> c.getCommandName() + " " + a + " has type " + t.getName()
                + ", whose built-in converter Main leaves out (" + Main.CONVERTER_EXCLUDES + ")");
          }
        }
      }
    }
    assertTrue(seen.contains("java.nio.file.Path") && seen.contains("int") && seen.size() > 100, seen::toString);
  }

  /**
   * The start-up dispatch of {@code Main.commandLine(args, ...)} builds a root with only the invoked subcommand.
   * Its table of names must be the {@code subcommands} of {@code Main}'s annotation (the second source here
   * is picocli's whole tree), in full: each name gives an instance of that subcommand's class.
   */
  @Test
  void theStartUpTableNamesEverySubcommandOfTheAnnotation() {
    picocli.CommandLine whole = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()), false);
    java.util.Set<String> names = new java.util.TreeSet<>(whole.getSubcommands().keySet());
    assertTrue(names.remove("help"), names::toString);
    assertEquals(null, Main.subcommand("help"));
    assertEquals(null, Main.subcommand("scroe"));
    for (String name : names) {
      Object only = Main.subcommand(name);
      assertTrue(only != null, name);
      assertEquals(whole.getSubcommands().get(name).getCommandSpec().userObject().getClass(), only.getClass(), name);
      assertTrue(whole.getSubcommands().get(name).getCommandSpec().aliases().length == 0, name + " has aliases");
    }
    assertEquals(14, names.size(), names::toString);
  }

  /**
   * Fast path == slow path: for every subcommand (and nested one), its help, an unknown option, a missing
   * option value give the same exit code, standard output and standard error
   * through the start-up dispatch as through the whole tree.
   */
  @ParameterizedTest
  @ValueSource(strings = {"demo", "score", "classify", "instrument", "instrument list", "instrument show", "correlate",
      "map", "compare-editions", "agreement", "reconcile", "compare", "plan", "uncertainty", "report", "checklist"})
  void theStartUpDispatchAnswersAsTheWholeTree(String command) {
    String[] words = command.split(" ");
    for (String[] tail : new String[][] {{"--help"}, {"--no-such-option"}, {"--quiet", "--format"}, {"-h"}}) {
      String[] args = java.util.Arrays.copyOf(words, words.length + tail.length);
      System.arraycopy(tail, 0, args, words.length, tail.length);
      Cli lazy = Cli.run(args);
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int code = Main.commandLine(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), false)
          .execute(args);
      String what = String.join(" ", args);
      assertEquals(code, lazy.exitCode(), what);
      assertEquals(out.toString(), lazy.out(), what);
      assertEquals(err.toString(), lazy.err(), what);
    }
  }
}
