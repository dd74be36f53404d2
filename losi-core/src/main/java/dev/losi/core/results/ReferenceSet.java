package dev.losi.core.results;

import dev.losi.core.internal.Checks;
import java.util.Optional;

/**
 * What a rank and a rating class are relative to: the set of cities they were computed among.
 *
 * @param basis whether the set is every city (one score per city) or one assessor's cities
 * @param assessorId the assessor whose cities these are ({@link Basis#EACH_ASSESSOR}); empty for
 *     {@link Basis#CITIES}
 * @param size the number of cities in the set, {@code >= 1}
 * @since 0.1.0
 */
public record ReferenceSet(Basis basis, Optional<String> assessorId, int size) {

  /**
   * How the cities of a set of results are grouped for ranking.
   *
   * @since 0.1.0
   */
  public enum Basis {
    /**
     * One score per city (for example consolidated assessments, or a single assessor): every city is
     * ranked among all the cities.
     */
    CITIES,
    /**
     * Several assessors scored the same cities: each assessor's scores form their own ranking, never
     * mixed with another assessor's rows.
     */
    EACH_ASSESSOR
  }

  /**
   * Checks the invariants.
   *
   * @param basis every city, or one assessor's cities
   * @param assessorId the assessor whose cities these are
   * @param size the number of cities in the set, {@code >= 1}
   */
  public ReferenceSet {
    Checks.nonNull("basis", basis, "assessorId", assessorId);
    if (assessorId.isPresent() != (basis == Basis.EACH_ASSESSOR) || size < 1) {
      throw new IllegalArgumentException("an assessor is named exactly for EACH_ASSESSOR, and size >= 1; got "
          + basis + " " + assessorId + " " + size);
    }
  }

  /** {@return for reports: {@code all 30 cities} or {@code the 30 cities of assessor A}} */
  public String describe() {
    String cities = size == 1 ? "city" : "cities";
    return assessorId.map(a -> "the " + size + " " + cities + " of assessor " + a)
        .orElse((size == 1 ? "the only " : "all " + size + " ") + cities);
  }
}
