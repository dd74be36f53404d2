package dev.losi.core.results;

import dev.losi.core.City;
import java.util.Optional;

/**
 * A grouping of cities within which {@link Results} ranks them, besides the overall rank.
 *
 * @since 0.1.0
 */
public enum Grouping {
  /** The city's country (always known). */
  COUNTRY,
  /** The city's region, when given; cities without one get no rank in this grouping. */
  REGION,
  /** The city's size class, when given; cities without one get no rank in this grouping. */
  SIZE_CLASS;

  /**
   * {@return the group of a city in this grouping, empty when the city does not say}
   *
   * @param city the city
   */
  public Optional<String> groupOf(City city) {
    return switch (this) {
      case COUNTRY -> Optional.of(city.country());
      case REGION -> city.region();
      case SIZE_CLASS -> city.sizeClass();
    };
  }
}
