package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one resource bundle: every translation has exactly the English keys, and numbers follow the language. */
class LabelsTest {

  @Test
  void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
    assertEquals(new TreeSet<>(keys("labels.properties")), new TreeSet<>(keys("labels_fr.properties")));
  }

  @Test
  void numbersUseTheLanguagesDecimalSeparatorAndRoundHalfUp() {
    assertEquals("0.7500", Labels.of("en").number(0.75, 4));
    assertEquals("0,7500", Labels.of("fr").number(0.75, 4));
    assertEquals("67%", Labels.of("en").percent(2.0 / 3));
    assertEquals("67 %", Labels.of("fr").percent(2.0 / 3));
    assertEquals("0.13", Labels.of("en").number(0.125, 2), "0.125 is exact in binary: half up");
  }

  @Test
  void unknownLanguagesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.defaults().withLanguage("xx"));
    assertThrows(IllegalArgumentException.class, () -> Labels.of("de"));
  }

  private static java.util.Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }
}
