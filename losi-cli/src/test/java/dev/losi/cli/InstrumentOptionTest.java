package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --instrument} is declared once, by the {@link InstrumentOption} mixin, in every command that takes
 * it, with the declarations of the first release: required {@code FILE|ID} for the commands that score
 * and {@code losi checklist}; {@code ID|FILE} defaulting to LOSI-2024 for agreement, compare, reconcile and
 * uncertainty. An unknown id is reported alike by each, in the words of the golden
 * {@code instrument-show-unknown.out} (recorded before the mixin existed).
 */
class InstrumentOptionTest {

  @TempDir Path dir;

  private static final String UNKNOWN = "--instrument \"LOSI-2099\" is neither a built-in instrument [LOSI-2024] nor an"
      + " existing file (list them with: losi instrument list)";

  @Test
  void everyInstrumentOptionComesFromTheMixinWithItsFirstReleaseDeclaration() {
    CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
    Map<String, String> declared = new TreeMap<>();
    for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
      OptionSpec o = e.getValue().getCommandSpec().findOption("--instrument");
      if (o == null) {
        continue;
      }
      assertTrue(fromMixin(e.getValue().getCommandSpec(), o), e.getKey() + " declares its own --instrument");
      declared.put(e.getKey(), o.paramLabel() + " " + (o.required() ? "required" : "default " + o.defaultValue()));
    }
    Map<String, String> expected = new TreeMap<>();
    for (String c : List.of("score", "plan", "report", "checklist")) {
      expected.put(c, "FILE|ID required");
    }
    for (String c : List.of("agreement", "compare", "reconcile", "uncertainty")) {
      expected.put(c, "ID|FILE default LOSI-2024");
    }
    assertEquals(expected, declared);
  }

  private static boolean fromMixin(CommandSpec spec, OptionSpec option) {
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof InstrumentOption && mixin.options().contains(option)
          || fromMixin(mixin, option)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void anUnknownIdIsNamedAlikeByEveryCommand() throws Exception {
    Path a = dir.resolve("a.csv");
    Files.writeString(a, SharedOptionsTest.CSV);
    String f = a.toString();
    List<String[]> runs = new ArrayList<>();
    runs.add(new String[] {"score", "--assessments", f});
    runs.add(new String[] {"agreement", "--assessments", f});
    runs.add(new String[] {"compare", "--left", f, "--right", f});
    runs.add(new String[] {"reconcile", "--assessments", f, "--out", dir.resolve("c.csv").toString()});
    runs.add(new String[] {"uncertainty", "--assessments", f});
    runs.add(new String[] {"checklist", "--format", "md"});
    for (String[] run : runs) {
      List<String> args = new ArrayList<>(List.of(run));
      args.addAll(List.of("--instrument", "LOSI-2099"));
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(2, r.exitCode(), r::toString);
      assertTrue(r.err().contains("\n" + UNKNOWN + "\n"), r::toString);
    }
  }
}
