package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.stats.internal.ReliabilityAccess;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers' entry without checks ({@link ReliabilityAccess#trusted}) gives the same data as the checked
 * public {@link ReliabilityData#of(Scale, List, List, int[])} on the same ids and codes: the second
 * implementation is the public entry, run in the test.
 */
class ReliabilityAccessTest {

  private static final Scale SCALE = Scale.nominal(List.of("a", "b", "c"));
  private static final int[] CODES = {0, 1, ReliabilityData.MISSING, 2, 2, 2, 1, 1, 0};

  @Test
  void trustedDataEqualTheCheckedData() {
    byte[] text = "u1u22 u3".getBytes(StandardCharsets.ISO_8859_1);
    ReliabilityData trusted = ReliabilityAccess.trusted(SCALE, text, new int[] {2, 5, 8}, List.of("r1", "r2", "r3"),
        CODES.clone());
    ReliabilityData checked = ReliabilityData.of(SCALE, List.of("u1", "u22", " u3"), List.of("r1", "r2", "r3"), CODES);
    assertEquals(checked.unitIds(), trusted.unitIds());
    assertEquals(List.of("u1", "u22", " u3"), trusted.unitIds());
    assertEquals(checked.unitIds().hashCode(), trusted.unitIds().hashCode());
    assertEquals(checked.raterIds(), trusted.raterIds());
    assertArrayEquals(checked.codes(), trusted.codes());
    assertEquals(AgreementReport.of(checked, MeasurementLevel.NOMINAL).toString(),
        AgreementReport.of(trusted, MeasurementLevel.NOMINAL).toString());
    assertEquals(List.of("u1", "u22", " u3"), trusted.selectRaters(2, 0).unitIds());
  }

  @Test
  void trustedUnitIdsAreAnImmutableList() {
    ReliabilityData d = ReliabilityAccess.trusted(SCALE, "xy".getBytes(StandardCharsets.ISO_8859_1), new int[] {1, 2},
        List.of("r"), new int[] {0, 1});
    assertThrows(IndexOutOfBoundsException.class, () -> d.unitIds().get(2));
    assertThrows(UnsupportedOperationException.class, () -> d.unitIds().add("z"));
    assertThrows(IllegalStateException.class, () -> ReliabilityAccess.register(null));
  }
}
