package dev.losi.core.results;

import dev.losi.core.internal.Checks;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClass;
import dev.losi.core.scoring.CityScore;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One city's score with its classification among its {@link ReferenceSet}, on the standard LOSI.
 *
 * @param score the score
 * @param reference the cities the rating class and ranks are relative to
 * @param ratingClass the rating class: the level split by the Hyndman–Fan type 7 quartiles of the
 *     reference set's values in that level ({@link dev.losi.core.level.RatingClassifier})
 * @param rank the competition rank in the reference set, 1 for the highest LOSI (ties share a rank)
 * @param ranksWithin the competition rank (at least 1) among the cities of the reference set in the same group, per
 *     grouping; a grouping the city does not state (no region, no size class) is absent
 * @since 0.1.0
 */
public record CityResult(CityScore score, ReferenceSet reference, RatingClass ratingClass, int rank,
    Map<Grouping, Integer> ranksWithin) {

  /**
   * Checks for nulls and copies the map (compactly: there is one per city), in the order of {@link Grouping}.
   *
   * @param score the score
   * @param reference the cities the rating class and ranks are relative to
   * @param ratingClass the rating class
   * @param rank the competition rank in the reference set, 1 for the highest LOSI
   * @param ranksWithin the competition rank among the cities of the reference set in the same group, per grouping
   */
  public CityResult {
    Checks.nonNull("score", score, "reference", reference, "ratingClass", ratingClass);
    if (rank < 1 || rank > reference.size()) {
      throw new IllegalArgumentException("rank must be in [1, " + reference.size() + "], got " + rank);
    }
    ranksWithin = ranksWithin instanceof RankMap ? ranksWithin : new RankMap(ranksWithin);
    if (!ranksWithin.containsKey(Grouping.COUNTRY)) {
      throw new IllegalArgumentException("every result has a rank within its country");
    }
  }

  /** {@return the level of the standard LOSI} */
  public Level level() {
    return score.level();
  }

  /** {@return the rank within the city's country, among the reference set} */
  public int rankInCountry() {
    return ranksWithin.get(Grouping.COUNTRY);
  }

  /**
   * {@return the rank within the city's group in this grouping, empty when the city states no such group}
   *
   * @param grouping country, region or size class
   */
  public OptionalInt rankWithin(Grouping grouping) {
    Integer r = ranksWithin.get(grouping);
    return r == null ? OptionalInt.empty() : OptionalInt.of(r);
  }
}
