package dev.losi.core.results;

import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.internal.Checks;
import dev.losi.core.level.RatingClass;
import dev.losi.core.scoring.AdjustedScore;
import dev.losi.core.scoring.AnswerCounts;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import dev.losi.core.scoring.ScoredAssessment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One city result as a results file records it (the CSV and JSON of losi-io's {@code ResultsExport}, read back
 * by its {@code RecordedResults}): what both formats hold of a {@link CityResult}. Sub-indices are values
 * only (the JSON's points and maxima per criterion are checked on reading, then dropped), applied adjustments
 * are their ids, and a local score keeps its indicators. What it states of the standard LOSI, with
 * {@link #losi()} and {@link #level()}, is the {@link ScoredAssessment} a {@link CityScore} states.
 *
 * <p>{@link #of(CityResult)} gives the record of a result in memory, so {@code RecordedResult.of(r)} equals what
 * reading the exported file gives: the same doubles, bit for bit. Immutable, null-free and thread-safe.
 *
 * @param city the city, with population, size class and region when the file states them
 * @param assessorId the assessor of the score
 * @param instrumentId the instrument scored with
 * @param standard the standard points and maximum ({@link Score#value()} is the LOSI, {@link Score#level()} its
 *     level)
 * @param ratingClass the rating class of the standard LOSI within its reference set
 * @param rank the competition rank in the reference set, 1 or more
 * @param rankInCountry the rank among the reference set's cities of the same country
 * @param rankInRegion the rank among those of the same region; empty when the city states no region
 * @param rankInSizeClass likewise for the size class
 * @param referenceBasis what the ranks are relative to
 * @param referenceSize the number of scores in the reference set
 * @param byCriterion the sub-index (value in [0, 1]) per criterion code, in criterion order
 * @param byChannelScope the value per channel scope, for the scopes the instrument has
 * @param counts the answer counts
 * @param downgrades the channel-scope downgrades, in file order
 * @param notApplicableWithoutAdjustment indicators answered not applicable with no adjustment behind it
 * @param adjusted the adjusted score, for a city an adjustment applies to
 * @param local the local score, for a city with local indicators
 * @since 0.1.0
 */
public record RecordedResult(City city, String assessorId, String instrumentId, Score standard,
    RatingClass ratingClass, int rank, int rankInCountry, OptionalInt rankInRegion, OptionalInt rankInSizeClass,
    ReferenceSet.Basis referenceBasis, int referenceSize, Map<String, Double> byCriterion,
    Map<ChannelScope, Double> byChannelScope, AnswerCounts counts, List<ChannelDowngrade> downgrades,
    List<String> notApplicableWithoutAdjustment, Optional<Adjusted> adjusted, Optional<Local> local)
    implements ScoredAssessment {

  /**
   * Checks for nulls and copies the collections (criterion order kept, scopes in enum order).
   *
   * @param city the city, with population, size class and region when the file states them
   * @param assessorId the assessor of the score
   * @param instrumentId the instrument scored with
   * @param standard the standard points and maximum
   * @param ratingClass the rating class of the standard LOSI within its reference set
   * @param rank the competition rank in the reference set, 1 or more
   * @param rankInCountry the rank among the reference set's cities of the same country
   * @param rankInRegion the rank among those of the same region
   * @param rankInSizeClass the rank among those of the same size class
   * @param referenceBasis what the ranks are relative to
   * @param referenceSize the number of scores in the reference set
   * @param byCriterion the sub-index per criterion code, each in [0, 1], in criterion order
   * @param byChannelScope the value per channel scope, for the scopes the instrument has
   * @param counts the answer counts
   * @param downgrades the channel-scope downgrades, in file order
   * @param notApplicableWithoutAdjustment indicators answered not applicable with no adjustment behind it
   * @param adjusted the adjusted score, for a city an adjustment applies to
   * @param local the local score, for a city with local indicators
   */
  public RecordedResult {
    Checks.nonNull("city", city, "assessorId", assessorId, "instrumentId", instrumentId, "standard", standard,
        "ratingClass", ratingClass, "rankInRegion", rankInRegion, "rankInSizeClass", rankInSizeClass,
        "referenceBasis", referenceBasis, "counts", counts, "adjusted", adjusted, "local", local);
    byCriterion = ordered(byCriterion);
    byChannelScope = scopes(byChannelScope);
    downgrades = List.copyOf(downgrades);
    notApplicableWithoutAdjustment = List.copyOf(notApplicableWithoutAdjustment);
  }

  /**
   * The adjusted score as a results file records it.
   *
   * @param score the adjusted points and maximum
   * @param applied the ids of the adjustments applied, in order
   * @param excluded the indicators excluded
   * @param byCriterion the adjusted sub-index per criterion code
   * @param byChannelScope the adjusted value per channel scope
   * @since 0.1.0
   */
  public record Adjusted(Score score, List<String> applied, List<String> excluded, Map<String, Double> byCriterion,
      Map<ChannelScope, Double> byChannelScope) {

    /**
     * Checks for nulls and copies the collections.
     *
     * @param score the adjusted points and maximum
     * @param applied the ids of the adjustments applied, in order
     * @param excluded the indicators excluded
     * @param byCriterion the adjusted sub-index per criterion code
     * @param byChannelScope the adjusted value per channel scope
     */
    public Adjusted {
      Objects.requireNonNull(score, "score");
      applied = List.copyOf(applied);
      excluded = List.copyOf(excluded);
      byCriterion = ordered(byCriterion);
      byChannelScope = scopes(byChannelScope);
    }
  }

  /**
   * The local score (standard indicators plus the local ones) as a results file records it.
   *
   * @param score the local points and maximum
   * @param indicators the codes of the local indicators
   * @since 0.1.0
   */
  public record Local(Score score, List<String> indicators) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param score the local points and maximum
     * @param indicators the codes of the local indicators
     */
    public Local {
      Objects.requireNonNull(score, "score");
      indicators = List.copyOf(indicators);
    }
  }

  /**
   * {@return the record of a classified result in memory: what its export reads back as}
   *
   * @param r a classified result
   */
  public static RecordedResult of(CityResult r) {
    CityScore s = r.score();
    Optional<Adjusted> adjusted = s.adjusted().map((AdjustedScore a) -> new Adjusted(a.score(),
        a.applied().stream().map(CountryAdjustment::id).toList(), a.excluded(), values(a.byCriterion()),
        values(a.byChannelScope())));
    Optional<Local> local = s.local().map(l -> new Local(l.score(), l.indicators()));
    return new RecordedResult(s.city(), s.assessorId(), s.instrumentId(), s.standard(), r.ratingClass(), r.rank(),
        r.rankInCountry(), r.rankWithin(Grouping.REGION), r.rankWithin(Grouping.SIZE_CLASS), r.reference().basis(),
        r.reference().size(), values(s.byCriterion()), values(s.byChannelScope()), s.counts(), s.downgrades(),
        s.notApplicableWithoutAdjustment(), adjusted, local);
  }

  private static <K> Map<K, Double> values(Map<K, Score> scores) {
    Map<K, Double> out = new LinkedHashMap<>();
    scores.forEach((k, v) -> out.put(k, v.value()));
    return out;
  }

  private static Map<ChannelScope, Double> scopes(Map<ChannelScope, Double> m) {
    return m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(m));
  }

  private static Map<String, Double> ordered(Map<String, Double> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
