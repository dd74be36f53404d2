package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one resource bundle: every translation has exactly the English keys, and numbers follow the language. */
class LabelsTest {

  @Test
  void everyTranslationHasEveryEnglishKeyAndNoOther() throws IOException {
    assertEquals(List.of("en", "fr", "es"), ReportOptions.LANGUAGES);
    for (String lang : ReportOptions.LANGUAGES.subList(1, ReportOptions.LANGUAGES.size())) {
      assertEquals(new TreeSet<>(keys("labels.properties")), new TreeSet<>(keys("labels_" + lang + ".properties")), lang);
    }
  }

  @Test
  void spanishLabelsAreSpanishAndNotTheEnglishFallback() {
    Labels es = Labels.of("es");
    assertEquals("0,7500", es.number(0.75, 4));
    assertEquals("67 %", es.percent(2.0 / 3));
    assertEquals("muy alto", es.level(dev.losi.core.level.Level.VERY_HIGH));
    assertEquals("Plan de mejora", es.get("section.plan"));
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
