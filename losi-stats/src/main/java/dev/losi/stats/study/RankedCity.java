package dev.losi.stats.study;

import java.util.Objects;

/**
 * A city in the leaders or laggards list.
 *
 * @param rank 1 for the city furthest from the line in the list's direction
 * @param city the city, whose {@link MatchedCity#residual()} is present
 *
 * @since 0.1.0
 */
public record RankedCity(int rank, MatchedCity city) {

  /**
   * Checks the rank and that the city has a residual.
   *
   * @param rank 1 for the city furthest from the line in the list's direction
   * @param city the city, whose {@link MatchedCity#residual()} is present
   */
  public RankedCity {
    Objects.requireNonNull(city, "city");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, got " + rank);
    }
    if (city.residual().isEmpty()) {
      throw new IllegalArgumentException("a ranked city needs a residual: " + city.city());
    }
  }

  /** {@return the city's residual, LOSI minus fitted LOSI} */
  public double residual() {
    return city.residual().getAsDouble();
  }
}
