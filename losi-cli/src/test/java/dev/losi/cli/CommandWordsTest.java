package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command named in the error lines ({@code losi <command>: N problems ...}, the out-of-memory advice) is
 * the one the usage shows. Independent source: picocli's own synopsis of each command ({@code Usage: losi
 * instrument show ...}), for every command of the tree. Before the sixth integration a subcommand of a
 * subcommand was named by its last word ({@code losi show:}), which this test rejects.
 */
class CommandWordsTest {

  @Test
  void everyCommandIsNamedAsItsUsageNamesIt() {
    StringWriter sink = new StringWriter();
    CommandLine root = Main.commandLine(new PrintWriter(sink), new PrintWriter(sink), false);
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    int nested = 0;
    for (CommandLine c : all) {
      if (!(c.getCommand() instanceof LosiCommand)) {
        continue;
      }
      String synopsis = c.getUsageMessage(CommandLine.Help.Ansi.OFF).lines()
          .filter(l -> l.startsWith("Usage: ")).findFirst().orElseThrow();
      String words = LosiCommand.words(c.getCommandSpec());
      assertTrue(synopsis.startsWith("Usage: losi " + words + " "), synopsis + " / " + words);
      nested += words.contains(" ") ? 1 : 0;
    }
    assertEquals(2, nested, "instrument list and instrument show");
  }

  @Test
  void theOutOfMemoryAdviceNamesTheWholeCommand() {
    StringWriter sink = new StringWriter();
    CommandLine root = Main.commandLine(new String[] {"instrument", "show", "X"}, new PrintWriter(sink),
        new PrintWriter(sink), false);
    CommandLine show = root.getSubcommands().get("instrument").getSubcommands().get("show");
    String m = OutOfMemory.message(show.getCommandSpec());
    assertTrue(m.startsWith("losi instrument show: out of memory"), m);
    assertTrue(m.contains("-jar losi.jar instrument show ...") && m.endsWith(" losi instrument show ...)"), m);
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    for (CommandLine s : c.getSubcommands().values()) {
      collect(s, into);
    }
  }
}
