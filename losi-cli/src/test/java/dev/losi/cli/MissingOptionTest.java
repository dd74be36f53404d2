package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --missing} of compare, compare-editions and uncertainty comes from the {@link MissingOption} mixin:
 * each refuses a value other than error or absent as a usage error (exit 2) in the words of the first
 * release ({@code --missing must be error or absent, got "maybe"}, as ScoreCommandTest expects of score).
 */
class MissingOptionTest {

  @Test
  void everyCommandRefusesAnUnknownValueAlike() {
    List<String[]> runs = List.of(
        new String[] {"compare", "--left", "l.csv", "--right", "r.csv", "--missing", "maybe"},
        new String[] {"compare-editions", "--mapping", "LOSI-2022-PE:LOSI-2024", "--before", "b.csv", "--after", "a.csv",
            "--missing", "maybe"},
        new String[] {"uncertainty", "--assessments", "a.csv", "--missing", "maybe"});
    for (String[] run : runs) {
      Cli r = Cli.run(run);
      assertEquals(2, r.exitCode(), r::toString);
      assertTrue(r.err().contains("--missing must be error or absent, got \"maybe\""), r::toString);
    }
  }
}
