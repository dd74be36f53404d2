package dev.losi.examples.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Instrument;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Relation;
import dev.losi.io.Instruments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled partial 2022 to 2024 PE mapping against the LOSI 2024 instrument bundled in losi-io. */
class BundledPeMappingOnLosi2024Test {

  static Instrument losi2024() {
    return Instruments.load("LOSI-2024");
  }

  /**
   * Expected by hand from the bundled JSON: all 18 PE codes are in criterion PE, so no row is moved;
   * the titles equal to the 2022 titles (ignoring case) are "E-voting", "Participatory budgeting" and
   * "Open data metadata": 3 same, 14 renamed; #270b is added; 95 - 18 = 77 indicators are outside.
   */
  @Test
  void mapsOntoTheBundledInstrument() {
    Instrument b = losi2024();
    assertEquals(95, b.size());
    EditionMapping m = BundledMappings.losi2022To2024ParticipationAndEngagement(
        BundledMappings.losi2022ParticipationAndEngagement(), b);
    assertEquals(0, m.countByRelation().get(Relation.MOVED));
    assertEquals(3, m.countByRelation().get(Relation.SAME));
    assertEquals(14, m.countByRelation().get(Relation.RENAMED));
    assertEquals(List.of("#270b"), m.addedCodes());
    assertEquals(77, m.outOfScopeToCodes().size());
    assertEquals(List.of("#236"), m.targetsOf("PE22-11")); // open data provision; the IF duplicate became #235
  }
}
