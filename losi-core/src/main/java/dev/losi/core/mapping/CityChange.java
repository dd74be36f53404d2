package dev.losi.core.mapping;

import dev.losi.core.City;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.CityScore;
import java.util.List;

/**
 * How one city moved between two editions.
 *
 * @param city the city (as given in the later edition's assessment)
 * @param coreBefore the city's score on the common core in the earlier edition
 * @param coreAfter the city's score on the common core in the later edition
 * @param gained the core indicators not present before and present after
 * @param lost the core indicators present before and not present after
 * @param officialBefore the official score in the earlier edition by {@link dev.losi.core.scoring.Scorer}
 *     (not comparable with the later one)
 * @param officialAfter the official score in the later edition (not comparable with the earlier one)
 *
 * @since 0.1.0
 */
public record CityChange(City city, CoreScore coreBefore, CoreScore coreAfter, List<CommonCore.Pair> gained,
    List<CommonCore.Pair> lost, CityScore officialBefore, CityScore officialAfter) {

  /**
   * Copies the lists.
   *
   * @param city the city
   * @param coreBefore the city's score on the common core in the earlier edition
   * @param coreAfter the city's score on the common core in the later edition
   * @param gained the core indicators not present before and present after
   * @param lost the core indicators present before and not present after
   * @param officialBefore the official score in the earlier edition by {@link dev.losi.core.scoring.Scorer}
   * @param officialAfter the official score in the later edition
   */
  public CityChange {
    gained = List.copyOf(gained);
    lost = List.copyOf(lost);
  }

  /**
   * {@return the change on the common core, in indicators: {@code coreAfter.present - coreBefore.present}, which
   * equals {@code gained().size() - lost().size()}}
   */
  public int coreChangeInIndicators() {
    return coreAfter.present() - coreBefore.present();
  }

  /** {@return the change of the core share, {@code coreAfter.value() - coreBefore.value()}, in [-1, 1]} */
  public double coreChange() {
    return (double) coreChangeInIndicators() / coreAfter.size();
  }

  /** {@return the official level in the earlier edition (what the Survey's transition tables use)} */
  public Level levelBefore() {
    return officialBefore.level();
  }

  /** {@return the official level in the later edition} */
  public Level levelAfter() {
    return officialAfter.level();
  }

  /** {@return the official level transition, for example {@code middle -> high}} */
  public String levelTransition() {
    return levelBefore().label() + " -> " + levelAfter().label();
  }
}
