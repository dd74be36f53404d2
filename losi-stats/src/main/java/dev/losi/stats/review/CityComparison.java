package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.scoring.CityScore;
import java.util.List;
import java.util.Objects;

/**
 * One city scored by both organisations.
 *
 * @param city the city
 * @param left the left organisation's score
 * @param right the right organisation's score
 * @param difference {@code right.losi() - left.losi()}
 * @param leftRank the competition rank (1 = highest) among the common cities by the left score
 * @param rightRank the same by the right score
 * @param indicatorsDiffering indicator codes that count for one organisation and not the other, in
 *     instrument order
 *
 * @since 0.1.0
 */
public record CityComparison(City city, CityScore left, CityScore right, double difference, int leftRank,
    int rightRank, List<String> indicatorsDiffering) {

  /**
   * Copies the list and checks that no component is null.
   *
   * @param city the city
   * @param left the left organisation's score
   * @param right the right organisation's score
   * @param difference {@code right.losi() - left.losi()}
   * @param leftRank the rank among the common cities by the left score, 1 = highest
   * @param rightRank the rank among the common cities by the right score
   * @param indicatorsDiffering indicator codes that count for one organisation and not the other, in instrument order
   */
  public CityComparison {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    indicatorsDiffering = List.copyOf(indicatorsDiffering);
  }

  /** {@return true when the two organisations put the city in different LOSI levels} */
  public boolean levelChanged() {
    return left.level() != right.level();
  }
}
