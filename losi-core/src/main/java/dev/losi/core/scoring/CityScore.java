package dev.losi.core.scoring;

import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of scoring one assessment (one city, one assessor) against an instrument; its standard
 * {@link #losi()} and {@link #level()} come from {@link ScoredAssessment}. Immutable and thread-safe.
 *
 * @param city the city
 * @param assessorId the assessor (or organisation) id
 * @param instrumentId the instrument id
 * @param standard the standard LOSI: weighted points of the indicators present (after channel-scope
 *     downgrades) over the instrument's maximum points
 * @param byCriterion standard sub-indices per criterion code, in instrument order (criteria without
 *     indicators are left out)
 * @param byChannelScope standard sub-indices per channel scope (scopes without indicators are left out)
 * @param counts how many indicators got each answer
 * @param downgrades MGP-specific indicators answered present that do not count because the evidence names
 *     only non-MGP channels: the instrument's in instrument order, then the city's local indicators (of
 *     {@code ADD_LOCAL_INDICATOR}, which then do not count in {@link #local()}) in adjustment order
 * @param notApplicableWithoutAdjustment indicators answered not applicable for which no
 *     {@code EXCLUDE_INDICATOR} adjustment applies: they score 0 in the standard and adjusted LOSI
 * @param adjusted the adjusted LOSI, present exactly when at least one adjustment applies to the city
 * @param local the local sub-score, present when the country added local indicators
 *
 * @since 0.1.0
 */
public record CityScore(
    City city,
    String assessorId,
    String instrumentId,
    Score standard,
    Map<String, Score> byCriterion,
    Map<ChannelScope, Score> byChannelScope,
    AnswerCounts counts,
    List<ChannelDowngrade> downgrades,
    List<String> notApplicableWithoutAdjustment,
    Optional<AdjustedScore> adjusted,
    Optional<LocalScore> local) implements ScoredAssessment {

  /**
   * Checks for nulls (each named by its component, as {@link java.util.Objects#requireNonNull(Object, String)}
   * names it) and copies the collections, keeping their order.
   *
   * @param city the city
   * @param assessorId the assessor's id
   * @param instrumentId the instrument id
   * @param standard the standard LOSI
   * @param byCriterion standard sub-indices per criterion code, in instrument order
   * @param byChannelScope standard sub-indices per channel scope
   * @param counts how many indicators got each answer
   * @param downgrades MGP-specific indicators answered present that do not count because the evidence names only non-MGP channels
   * @param notApplicableWithoutAdjustment indicators answered not applicable for which no {@code EXCLUDE_INDICATOR} adjustment applies
   * @param adjusted the adjusted LOSI, present exactly when at least one adjustment applies to the city
   * @param local the local sub-score, present when the country added local indicators
   * @throws NullPointerException when a component is null, with the component's name as its message
   */
  public CityScore {
    Checks.nonNull("city", city, "assessorId", assessorId, "instrumentId", instrumentId, "standard", standard,
        "byCriterion", byCriterion, "byChannelScope", byChannelScope, "counts", counts, "downgrades", downgrades,
        "notApplicableWithoutAdjustment", notApplicableWithoutAdjustment, "adjusted", adjusted, "local", local);
    byCriterion = copyOrdered(byCriterion);
    byChannelScope = copyOrdered(byChannelScope);
    downgrades = List.copyOf(downgrades);
    notApplicableWithoutAdjustment = List.copyOf(notApplicableWithoutAdjustment);
  }

  /** An unmodifiable copy in the same order: compact, as there is one per city ({@link OrderedMap}). */
  static <K, V> Map<K, V> copyOrdered(Map<K, V> map) {
    return OrderedMap.copy(map);
  }
}
