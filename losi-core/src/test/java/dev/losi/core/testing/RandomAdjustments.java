package dev.losi.core.testing;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random weight-and-channel adjustments for the scoring properties of losi-core (shared through losi-core's
 * test-jar): EXCLUDE_INDICATOR, REWEIGHT and, on MGP-specific indicators, ACCEPT_CHANNEL of one to four
 * non-MGP channels. At most one EXCLUDE or REWEIGHT per indicator (a second draw for it is dropped), so a set
 * never conflicts; a draw of ACCEPT_CHANNEL on a channel-independent indicator is dropped too. Ids are
 * {@code ADJ-0}, {@code ADJ-1}, ... in order.
 *
 * @param country the country of every adjustment
 * @param weights the weights a REWEIGHT draws from
 * @param maxDraws at most this many draws (so 0 to {@code maxDraws} adjustments)
 * @param firstPosition the first indicator position a draw may pick (later positions up to the last)
 * @param cities the cities one in four adjustments is limited to (one of them, drawn); empty: none is
 */
public record RandomAdjustments(String country, List<Double> weights, int maxDraws, int firstPosition,
    List<String> cities) {

  /** One draw: position, kind (0 exclude, 1 reweight, 2 accept), REWEIGHT weight, channel bits, city (< 0: none). */
  private record Draw(int position, int kind, double weight, int channels, int city) {}

  /**
   * The adjustments for one instrument, drawn as described in the class documentation.
   *
   * @param instrument the instrument adjusted
   * @return lists of adjustments, possibly empty
   */
  public Arbitrary<List<CountryAdjustment>> of(Instrument instrument) {
    int n = instrument.size();
    if (firstPosition >= n) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Integer> city = cities.isEmpty() ? Arbitraries.just(-1)
        : Arbitraries.integers().between(-3 * cities.size(), cities.size() - 1);
    Arbitrary<Draw> draw = Combinators.combine(Arbitraries.integers().between(firstPosition, n - 1),
        Arbitraries.integers().between(0, 2), Arbitraries.of(weights), Arbitraries.integers().between(1, 15), city)
        .as(Draw::new);
    return draw.list().ofMaxSize(maxDraws).map(ds -> adjustments(instrument, ds));
  }

  private List<CountryAdjustment> adjustments(Instrument instrument, List<Draw> draws) {
    List<CountryAdjustment> adj = new ArrayList<>();
    Set<Integer> weighed = new HashSet<>();
    for (Draw d : draws) {
      Indicator ind = instrument.indicators().get(d.position());
      CountryAdjustment.Builder x = CountryAdjustment.builder().id("ADJ-" + adj.size()).country(country)
          .instrumentId(instrument.id()).indicator(ind.code()).rationale("r").decidedBy("d")
          .decidedOn(LocalDate.of(2025, 1, 1));
      if (d.city() >= 0) {
        x.addCities(cities.get(d.city()));
      }
      if (d.kind() == 2 && ind.channelScope() == ChannelScope.MGP_SPECIFIC) {
        EnumSet<Channel> ch = EnumSet.noneOf(Channel.class);
        ch.addAll(Channel.ofMask(d.channels() << 2)); // channel ordinals 2..5: not the MGP, not an MGP-linked site
        adj.add(x.kind(AdjustmentKind.ACCEPT_CHANNEL).acceptedChannels(ch).build());
      } else if (d.kind() < 2 && weighed.add(d.position())) {
        adj.add(d.kind() == 0 ? x.kind(AdjustmentKind.EXCLUDE_INDICATOR).build()
            : x.kind(AdjustmentKind.REWEIGHT).weight(d.weight()).build());
      }
    }
    return adj;
  }
}
