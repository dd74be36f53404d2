package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link ReportOptions} as a record: the documented defaults, value equality and the checks of every way in. */
class ReportOptionsTest {

  @Test
  void defaultsAsDocumented() {
    ReportOptions o = ReportOptions.defaults();
    assertEquals("en", o.language());
    assertEquals("unknown", o.toolVersion());
    assertEquals("", o.view());
  }

  @Test
  void withersChangeOneComponentAndCompareByValue() {
    ReportOptions o = ReportOptions.defaults().withLanguage("fr").withToolVersion("losi 0.1.0").withView("assessor A");
    assertEquals(new ReportOptions("fr", "losi 0.1.0", "assessor A"), o);
    assertNotEquals(ReportOptions.defaults(), o);
  }

  @Test
  void refusesUnknownLanguageAndNulls() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportOptions.defaults().withLanguage("de"));
    assertEquals("the reports have no \"de\" translation; available: en, fr, es", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ReportOptions("de", "x", ""));
    assertEquals("language", assertThrows(NullPointerException.class,
        () -> ReportOptions.defaults().withLanguage(null)).getMessage());
    assertEquals("view", assertThrows(NullPointerException.class,
        () -> ReportOptions.defaults().withView(null)).getMessage());
  }
}
