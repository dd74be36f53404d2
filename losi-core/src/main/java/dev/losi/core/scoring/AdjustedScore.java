package dev.losi.core.scoring;

import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import java.util.List;
import java.util.Map;

/**
 * The adjusted LOSI of one assessment: the standard LOSI with the country's documented adjustments
 * applied. Always reported beside the standard LOSI, never instead of it.
 *
 * <p>Rules: an {@code EXCLUDE_INDICATOR} indicator leaves numerator and denominator; a {@code REWEIGHT}
 * indicator counts with its new weight in both; an {@code ACCEPT_CHANNEL} adjustment lets an MGP-specific
 * indicator found only on an accepted channel count. When the instrument declares a maximum above the sum
 * of its weights, that surplus stays in the adjusted denominator too. Local indicators
 * ({@code ADD_LOCAL_INDICATOR}) are never part of this score: see {@link CityScore#local()}.
 *
 * @param score the adjusted LOSI
 * @param byCriterion adjusted sub-indices per criterion code, in instrument order; a criterion all of
 *     whose indicators are excluded is left out
 * @param byChannelScope adjusted sub-indices per channel scope; a scope with no indicator left is left out
 * @param applied the adjustments that applied to this city, in the order given
 * @param excluded the codes of the indicators excluded
 *
 * @since 0.1.0
 */
public record AdjustedScore(
    Score score,
    Map<String, Score> byCriterion,
    Map<ChannelScope, Score> byChannelScope,
    List<CountryAdjustment> applied,
    List<String> excluded) {

  /**
   * Checks for nulls and copies the collections.
   *
   * @param score the adjusted LOSI
   * @param byCriterion adjusted sub-indices per criterion code, in instrument order
   * @param byChannelScope adjusted sub-indices per channel scope
   * @param applied the adjustments that applied to this city, in the order given
   * @param excluded the codes of the indicators excluded
   */
  public AdjustedScore {
    if (score == null) {
      throw new NullPointerException("score");
    }
    byCriterion = CityScore.copyOrdered(byCriterion);
    byChannelScope = CityScore.copyOrdered(byChannelScope);
    applied = List.copyOf(applied);
    excluded = List.copyOf(excluded);
    if (applied.isEmpty()) {
      throw new IllegalArgumentException("an adjusted score needs at least one applied adjustment");
    }
  }
}
