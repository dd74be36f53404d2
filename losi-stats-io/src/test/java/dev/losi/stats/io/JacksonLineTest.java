package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.json.PackageVersion;
import org.junit.jupiter.api.Test;

/**
 * losi-stats-io on the jackson-core line of the run. With {@code -Pjackson-oldest} (CI's step 4) the build sets
 * {@code losi.expected.jackson=2.16}, and this module's tests must then really run on that line: the floor that
 * docs/compatibility.md states for its one call, {@code NumberOutput.toString(double, boolean)}, added in 2.14
 * (jackson-core's 2.14 release notes, the Schubfach writer).
 */
class JacksonLineTest {

  @Test
  void theJacksonCoreOfThisRunIsTheExpectedLineAndHasTheCallUsed() {
    Version core = PackageVersion.VERSION;
    assertEquals(2, core.getMajorVersion(), core::toString);
    String expected = System.getProperty("losi.expected.jackson", "");
    if (!expected.isEmpty()) {
      assertEquals(expected, core.getMajorVersion() + "." + core.getMinorVersion(), "jackson-core");
    }
    // the shortest decimals, worked by hand: 0.1 and 1e23 are the doubles nearest to them
    assertEquals("0.1", NumberOutput.toString(0.1, true));
    assertEquals("1.0E23", NumberOutput.toString(1e23, true));
  }
}
