package dev.losi.examples.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled partial 2022 to 2024 PE mapping against the LOSI 2024 instrument bundled in losi-io
 * ({@code dev/losi/io/instruments/LOSI-2024.json}), read here with a minimal Jackson tree walk (code,
 * title, criterion, channel scope, weight) until losi-io has a public instrument reader.
 */
class BundledPeMappingOnLosi2024Test {

  static Instrument losi2024() throws IOException {
    try (InputStream in = EditionMappingExample.class.getResourceAsStream("/dev/losi/io/instruments/LOSI-2024.json")) {
      assertNotNull(in, "bundled LOSI-2024.json not on the class path");
      JsonNode root = new ObjectMapper().readTree(in);
      Instrument.Builder b = Instrument.builder().id(root.get("id").asText()).editionYear(root.get("editionYear").asInt())
          .title(root.get("title").asText());
      root.get("criteria").forEach(c -> b.addCriteria(Criterion.of(c.get("code").asText(), c.get("name").asText())));
      root.get("indicators").forEach(i -> b.addIndicator(Indicator.builder().code(i.get("code").asText())
          .title(i.get("title").asText()).criterion(i.get("criterion").asText())
          .channelScope(ChannelScope.valueOf(i.get("channelScope").asText()))
          .weight(i.has("weight") ? i.get("weight").asDouble() : 1.0).build()));
      if (root.has("declaredMaximum")) {
        b.declaredMaximum(root.get("declaredMaximum").asDouble());
      }
      return b.build();
    }
  }

  /**
   * Expected by hand from the bundled JSON: all 18 PE codes are in criterion PE, so no row is moved;
   * the titles equal to the 2022 titles (ignoring case) are "E-voting", "Participatory budgeting" and
   * "Open data metadata": 3 same, 14 renamed; #270b is added; 95 - 18 = 77 indicators are outside.
   */
  @Test
  void mapsOntoTheBundledInstrument() throws IOException {
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
