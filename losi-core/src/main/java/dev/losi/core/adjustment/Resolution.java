package dev.losi.core.adjustment;

import dev.losi.core.Channel;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adjustments that apply to one city (more exactly, to every city of a country with the same
 * city-specific adjustments), arranged for scoring: which indicator positions are excluded, which
 * adjustment accepts which channels, and the local indicators. Built by {@link AdjustmentSet#resolve}.
 *
 * <p>Immutable and thread-safe. Identity is meaningful: equal sets of adjustments from one
 * {@link AdjustmentSet} resolve to the same instance, so a scorer can cache per resolution.
 *
 * @since 0.1.0
 */
public final class Resolution {

  private final List<CountryAdjustment> applied;
  private final List<AdjustmentRule> rules;
  private final boolean[] excluded;
  private final List<String> excludedCodes;
  private final int[] acceptPosition;
  private final int[] acceptMask;
  private final List<String> acceptId;
  private final Map<String, Indicator> local;
  private final List<String> localAdjustments;

  Resolution(Instrument instrument, List<CountryAdjustment> applied) {
    this.applied = List.copyOf(applied);
    this.excluded = new boolean[instrument.size()];
    List<AdjustmentRule> rs = new ArrayList<>();
    List<String> exCodes = new ArrayList<>();
    List<Integer> accPos = new ArrayList<>();
    List<Integer> accMask = new ArrayList<>();
    List<String> accId = new ArrayList<>();
    Map<String, Indicator> loc = new LinkedHashMap<>();
    List<String> locAdj = new ArrayList<>();
    for (CountryAdjustment a : this.applied) {
      AdjustmentRule r = AdjustmentRule.of(a);
      rs.add(r);
      if (r instanceof ExcludeIndicator e) {
        excluded[instrument.indexOf(e.indicator())] = true;
        exCodes.add(e.indicator());
      } else if (r instanceof AcceptChannel c) {
        accPos.add(instrument.indexOf(c.indicator()));
        accMask.add(Channel.maskOf(c.channels()));
        accId.add(a.id());
      } else if (r instanceof AddLocalIndicator l) {
        loc.put(l.indicator().code(), l.indicator());
        locAdj.add(a.id());
      }
    }
    this.rules = List.copyOf(rs);
    this.excludedCodes = List.copyOf(exCodes);
    this.acceptPosition = accPos.stream().mapToInt(Integer::intValue).toArray();
    this.acceptMask = accMask.stream().mapToInt(Integer::intValue).toArray();
    this.acceptId = List.copyOf(accId);
    this.local = Collections.unmodifiableMap(loc);
    this.localAdjustments = List.copyOf(locAdj);
  }

  static Resolution none(Instrument instrument) {
    return new Resolution(instrument, List.of());
  }

  /** {@return true when no adjustment applies} */
  public boolean isEmpty() {
    return applied.isEmpty();
  }

  /** {@return the adjustments that apply, in the order given to the {@link AdjustmentSet}} */
  public List<CountryAdjustment> applied() {
    return applied;
  }

  /** {@return the rules of {@link #applied()}, in the same order} */
  public List<AdjustmentRule> rules() {
    return rules;
  }

  /** {@return the codes of the excluded indicators, in adjustment order} */
  public List<String> excluded() {
    return excludedCodes;
  }

  /**
   * True when the indicator at this position of the instrument is excluded.
   *
   * @param position a 0-based indicator position of the instrument
   * @return whether that indicator is out of this city's numerator and denominator
   */
  public boolean isExcluded(int position) {
    return excluded[position];
  }

  /**
   * The id of the first {@code ACCEPT_CHANNEL} adjustment (in adjustment order) for the indicator at
   * {@code position} that accepts one of the channels in {@code channelMask}, if any.
   *
   * @param position a 0-based indicator position of the instrument
   * @param channelMask channels as a bit mask, bit {@code c.ordinal()} for channel {@code c}
   *     ({@link Channel#maskOf})
   * @return the adjustment id, or empty when no such adjustment exists
   */
  public Optional<String> acceptedBy(int position, int channelMask) {
    for (int k = 0; k < acceptPosition.length; k++) {
      if (acceptPosition[k] == position && (acceptMask[k] & channelMask) != 0) {
        return Optional.of(acceptId.get(k));
      }
    }
    return Optional.empty();
  }

  /** {@return the local indicators by code, in adjustment order} */
  public Map<String, Indicator> localIndicators() {
    return local;
  }

  /** {@return the ids of the adjustments that added the local indicators, in adjustment order} */
  public List<String> localAdjustments() {
    return localAdjustments;
  }
}
