package dev.losi.core.adjustment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolution per city, and the bound on its cache (issue 9 item 5: it used to grow by one entry per city). */
class AdjustmentSetTest {

  private static final Instrument INS = Instrument.builder().id("T").editionYear(2024).title("t")
      .addCriteria(Criterion.TECHNOLOGY)
      .addIndicators(ind("#1", ChannelScope.MGP_SPECIFIC), ind("#2", ChannelScope.CHANNEL_INDEPENDENT)).build();

  private static Indicator ind(String code, ChannelScope scope) {
    return Indicator.builder().code(code).title("t").criterion("TEC").channelScope(scope).build();
  }

  private static CountryAdjustment.Builder adj(String id, AdjustmentKind kind) {
    return CountryAdjustment.builder().id(id).country("BRA").instrumentId("T").kind(kind).rationale("r")
        .decidedBy("d").decidedOn(LocalDate.of(2025, 1, 1));
  }

  /**
   * One country-wide exclusion and one channel acceptance for two named cities: 1,000 cities of the
   * country resolve to two distinct sets ({BRA-1} and {BRA-1, BRA-2}), so the cache holds two entries.
   */
  @Test
  void cacheHoldsOneEntryPerDistinctSetNotPerCity() {
    AdjustmentSet set = AdjustmentSet.of(INS, List.of(
        adj("BRA-1", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#2").build(),
        adj("BRA-2", AdjustmentKind.ACCEPT_CHANNEL).indicator("#1").addAcceptedChannels(Channel.NATIONAL_PORTAL)
            .addCities("C7", "C9").build()));
    Resolution first = set.resolve(City.of("C0", "c", "BRA"));
    for (int i = 0; i < 1000; i++) {
      Resolution r = set.resolve(City.of("C" + i, "c", "BRA"));
      int expected = i == 7 || i == 9 ? 2 : 1;
      assertEquals(expected, r.applied().size(), "C" + i);
      if (expected == 1) {
        assertSame(first, r);
      }
    }
    assertEquals(2, set.cachedResolutions());
    assertTrue(set.resolve(City.of("X", "x", "ARG")).isEmpty());
    assertEquals(2, set.cachedResolutions());
  }

  @Test
  void resolutionArrangesTheRules() {
    AdjustmentSet set = AdjustmentSet.of(INS, List.of(
        adj("E", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#2").build(),
        adj("A", AdjustmentKind.ACCEPT_CHANNEL).indicator("#1").addAcceptedChannels(Channel.SOCIAL_MEDIA).build()));
    Resolution r = set.resolve(City.of("C1", "c", "BRA"));
    assertEquals(List.of("#2"), r.excluded());
    assertTrue(r.isExcluded(1));
    assertEquals(Optional.of("A"), r.acceptedBy(0, Channel.maskOf(Set.of(Channel.SOCIAL_MEDIA, Channel.OTHER))));
    assertEquals(Optional.empty(), r.acceptedBy(0, Channel.maskOf(Set.of(Channel.OTHER))));
    assertEquals(List.of(new ExcludeIndicator("#2"), new AcceptChannel("#1", Set.of(Channel.SOCIAL_MEDIA))), r.rules());
    assertEquals(List.of(AdjustmentKind.EXCLUDE_INDICATOR, AdjustmentKind.ACCEPT_CHANNEL),
        r.rules().stream().map(AdjustmentRule::kind).toList());
    assertEquals(AdjustmentKind.REWEIGHT, new Reweight("#1", 0.5).kind());
  }
}
