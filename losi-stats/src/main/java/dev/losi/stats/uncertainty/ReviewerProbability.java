package dev.losi.stats.uncertainty;

/**
 * A reviewer's probability that a disputed indicator of one city is present, used by
 * {@link Source#DISAGREEMENT} instead of drawing an assessor uniformly.
 *
 * @param cityId the city id
 * @param indicator the indicator code
 * @param present P(present), in [0, 1]
 * @since 0.1.0
 */
public record ReviewerProbability(String cityId, String indicator, double present) {

  /**
   * Checks the fields.
   *
   * @param cityId the city id
   * @param indicator the indicator code
   * @param present P(present), in [0, 1]
   * @throws IllegalArgumentException if {@code present} is not in [0, 1]
   */
  public ReviewerProbability {
    java.util.Objects.requireNonNull(cityId, "cityId");
    java.util.Objects.requireNonNull(indicator, "indicator");
    if (!(present >= 0 && present <= 1)) {
      throw new IllegalArgumentException("P(present) for " + cityId + " " + indicator + " must be in [0, 1], got "
          + present);
    }
  }
}
