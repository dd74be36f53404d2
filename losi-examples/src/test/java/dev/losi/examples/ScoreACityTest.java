package dev.losi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreACityTest {

  /**
   * Hand computation: #255 and #204 count (2 of 4 = 0.5, high); #257 is downgraded; excluding #257
   * leaves 2 of 3 = 0.666..., high.
   */
  @Test
  void printsStandardAndAdjustedScores() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScoreACity.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(String.join(System.lineSeparator(),
        "São Paulo: LOSI 2/4 = 0.5 (high)",
        "  not counted: #257 found only on [NATIONAL_PORTAL]",
        "  adjusted LOSI 2/3 = 0.6666666666666666 (high), excluding [#257]", ""),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
