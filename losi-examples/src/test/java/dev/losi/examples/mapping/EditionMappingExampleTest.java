package dev.losi.examples.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the example and checks its transition matrices against a hand computation.
 *
 * <p>Levels by exact fraction (lower bounds inclusive): of 17 points, very high needs 4n >= 51 (n >= 13),
 * high 2n >= 17 (n >= 9), middle 4n >= 17 (n >= 5); of 18 points: very high n >= 14, high n >= 9,
 * middle n >= 5. Met in 2022: 2 4 5 7 8 9 10 12 13 14 15 17 -> L L M M M H H H V V V V. Met in 2024:
 * 5 4 9 7 13 9 12 15 13 16 18 17 -> M L H M H H H V H V V V. Rows (2022) very high: 3 stay, 1 to
 * high; high: 1 up, 2 stay; middle: 2 to high, 1 stays; low: 1 to middle, 1 stays.
 *
 * <p>Core (17 common indicators): after = min(met 2024, 17) -> 5 4 9 7 13 9 12 15 13 16 17 17 ->
 * M L H M V H H V V V V V.
 */
class EditionMappingExampleTest {

  private static List<String> block(String text, String title) {
    List<String> lines = text.lines().toList();
    int start = lines.indexOf(title);
    assertTrue(start >= 0, "no block " + title + " in\n" + text);
    return lines.subList(start + 2, start + 7).stream().map(l -> l.replaceAll("\\s+", " ").strip()).toList();
  }

  @Test
  void printsTheHandComputedMatrices() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      EditionMappingExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("SYNTHETIC PANEL"), out);
    assertTrue(out.contains("covers only criteria [PE]"), out);
    assertTrue(out.contains("NOT comparable across editions"), out);
    assertEquals(List.of("very high 3 1 0 0 4", "high 1 2 0 0 3", "middle 0 2 1 0 3", "low 0 0 1 1 2", "total 4 5 2 1 12"),
        block(out, "Official level transitions (cities: 12)"));
    assertEquals(List.of("very high 4 0 0 0 4", "high 1 2 0 0 3", "middle 1 1 1 0 3", "low 0 0 1 1 2", "total 6 3 2 1 12"),
        block(out, "Core-score level transitions"));
    // city 1: 2 -> 5 of the 17 common features
    assertTrue(out.lines().anyMatch(l -> l.replaceAll("\\s+", " ").equals("SYN-01 2/17 5/17 +3 3 0 0.1176 0.2778 low -> middle")), out);
    assertTrue(out.contains("LOSI-2024-PE #270b: added: no source in the earlier edition"), out);
  }
}
