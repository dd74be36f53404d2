package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/**
 * The supported Jackson range [2.16, 3.0). Source for the floor: the Jackson 2.16 release notes add
 * {@code StreamReadConstraints.maxDocumentLength} (jackson-core issue 1019), which losi-io's JsonSupport calls;
 * 2.15 lacks it (the NoSuchMethodError reported in issue 14).
 */
class JacksonVersionTest {

  private static Version v(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void acceptsTheOldestSupportedLineAndNewerTwoX() {
    assertNull(JacksonVersion.problem(v(2, 16, 0), v(2, 16, 0)));
    assertNull(JacksonVersion.problem(v(2, 21, 0), v(2, 21, 0)));
    assertNull(JacksonVersion.problem(v(2, 99, 9), v(2, 18, 1)));
  }

  @Test
  void rejectsTwoFifteenNamingBothVersionsAndTheRange() {
    String message = JacksonVersion.problem(v(2, 15, 4), v(2, 16, 1));
    assertTrue(message.contains("jackson-core 2.15.4"), message);
    assertTrue(message.contains("jackson-databind 2.16.1"), message);
    assertTrue(message.contains("[2.16, 3.0)"), message);
  }

  @Test
  void rejectsAnOldDatabindAndAnyOtherMajor() {
    assertTrue(JacksonVersion.problem(v(2, 17, 0), v(2, 12, 7)).contains("jackson-databind 2.12.7"));
    assertTrue(JacksonVersion.problem(v(1, 99, 0), v(2, 17, 0)).contains("jackson-core 1.99.0"));
    assertTrue(JacksonVersion.problem(v(3, 0, 0), v(3, 0, 0)).contains("jackson-core 3.0.0"));
  }

  /** With -Pjackson-oldest the build sets losi.expected.jackson=2.16: the run must really load that line. */
  @Test
  void theJacksonOfThisBuildIsSupported() {
    assertDoesNotThrow(JacksonVersion::requireSupported);
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    assertEquals(2, core.getMajorVersion());
    String expected = System.getProperty("losi.expected.jackson", "");
    if (!expected.isEmpty()) {
      assertEquals(expected, core.getMajorVersion() + "." + core.getMinorVersion(), "jackson-core");
      assertEquals(expected, databind.getMajorVersion() + "." + databind.getMinorVersion(), "jackson-databind");
    }
  }
}
