package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The shared error path of {@link LosiCommand}: exit 2 with every problem for bad input, exit 1 for a bug. */
class ErrorPathTest {

  @Command(name = "bad")
  static final class Bad extends LosiCommand {
    @Override
    int run() {
      throw new LosiValidationException(List.of(
          Problem.builder().source("a.csv").line(3).city("X").assessor("A").indicator("#255").field("value").value("2")
              .message("is not one of 1, 0, NA").build(),
          Problem.of("second problem")), 7);
    }
  }

  @Command(name = "bug")
  static final class Bug extends LosiCommand {
    @Override
    int run() {
      throw new IllegalStateException("an invariant broke");
    }
  }

  private static String[] run(Object command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new String[] {Integer.toString(cl.execute()), out.toString(), err.toString()};
  }

  @Test
  void badInputListsEveryProblemOnePerLineAndExits2() {
    String[] r = run(new Bad());
    assertEquals("2", r[0]);
    assertEquals("", r[1]);
    assertEquals("losi bad: 9 problems in the input; nothing was written:\n"
        + "a.csv:3: city \"X\" assessor \"A\" indicator \"#255\": value \"2\" is not one of 1, 0, NA\n"
        + "second problem\n"
        + "... and 7 more\n", r[2].replace(System.lineSeparator(), "\n"));
  }

  @Test
  void anUnexpectedFailureExits1AndSaysItIsABug() {
    String[] r = run(new Bug());
    assertEquals("1", r[0]);
    assertTrue(r[2].startsWith("losi bug: unexpected failure (this is a bug"), r[2]);
    assertTrue(r[2].contains("an invariant broke"), r[2]);
    assertFalse(r[2].isEmpty());
  }
}
