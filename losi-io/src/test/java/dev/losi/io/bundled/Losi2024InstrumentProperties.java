package dev.losi.io.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the bundled LOSI 2024 instrument over arbitrary answer vectors: the five criteria and
 * the two channel scopes each partition the 95 indicators, so criterion points (and scope points) add
 * up to the LOSI points, and the LOSI with the default denominator 95 stays in [0, 1] and is never below
 * the LOSI with a declared denominator of 96.
 */
class Losi2024InstrumentProperties {

  private static final Instrument LOSI_2024 = load();

  private static Instrument load() {
    try (InputStream in = Losi2024InstrumentProperties.class.getResourceAsStream(Losi2024Reconstruction.JSON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + Losi2024Reconstruction.JSON_RESOURCE);
      }
      return InstrumentTrees.toInstrument(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property
  void criteriaAndScopesPartitionThePoints(@ForAll @Size(95) List<Boolean> met) {
    List<Indicator> indicators = LOSI_2024.indicators();
    int total = 0;
    for (int i = 0; i < indicators.size(); i++) {
      total += met.get(i) ? 1 : 0;
    }
    int byCriterion = 0;
    for (Criterion c : LOSI_2024.criteria()) {
      for (Indicator i : LOSI_2024.indicatorsOf(c.code())) {
        byCriterion += met.get(LOSI_2024.indexOf(i.code())) ? 1 : 0;
      }
    }
    int byScope = 0;
    for (ChannelScope s : ChannelScope.values()) {
      for (int i = 0; i < indicators.size(); i++) {
        if (indicators.get(i).channelScope() == s && met.get(i)) {
          byScope++;
        }
      }
    }
    assertEquals(total, byCriterion);
    assertEquals(total, byScope);
    double losi = total / LOSI_2024.maximumPoints();
    double losi96 = total / 96.0;
    assertTrue(losi >= 0 && losi <= 1, "LOSI " + losi);
    assertTrue(losi96 <= losi, "95ths are never below 96ths");
  }
}
