package dev.losi.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line, computed by hand, and the silence off a terminal and with --quiet. */
class ProgressTest {

  /** 17.65 MB of 35.3 MB is 50%; 17.65 MB in 3.2 s is 5.515625 MB/s, shown 5.5. */
  @Test
  void lineShowsShareRateAndTime() {
    assertEquals("losi score: 50% of 35.3 MB read, 5.5 MB/s, 3.2 s ",
        Progress.line("score", 17_650_000, 35_300_000, 3_200_000_000L));
    assertEquals("losi score: 35.3 MB read, computing, 3.2 s ",
        Progress.line("score", 35_300_000, 35_300_000, 3_200_000_000L));
    assertEquals("losi agreement: 17.6 MB read, 5.5 MB/s, 3.2 s ",
        Progress.line("agreement", 17_600_000, -1, 3_200_000_000L));
  }

  /** Tests run without a console, and --quiet is quiet anyway: nothing is shown, the stream is not wrapped. */
  @Test
  void offATerminalOrQuietNothingIsShown() {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    InputStream in = new ByteArrayInputStream(new byte[10]);
    for (boolean quiet : new boolean[] {true, false}) {
      try (Progress p = Progress.start(err, "score", quiet, 10)) {
        assertFalse(quiet && p.active());
        if (System.console() == null) {
          assertFalse(p.active());
          assertSame(in, p.counting(in));
        }
      }
    }
    assertEquals("", text.toString());
  }
}
