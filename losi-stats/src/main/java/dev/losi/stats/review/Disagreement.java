package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.Indicator;
import java.util.List;
import java.util.Objects;

/**
 * An item the assessors of a city answered differently: what the reviewer looks at, with each
 * assessor's answer and evidence (assessors in id order, including any who did not assess the item).
 *
 * @param city the city
 * @param indicator the indicator
 * @param answers every assessor's answer and evidence
 *
 * @since 0.1.0
 */
public record Disagreement(City city, Indicator indicator, List<AssessorAnswer> answers) {

  /**
   * Copies the list and checks that no component is null.
   *
   * @param city the city
   * @param indicator the indicator
   * @param answers every assessor's answer and evidence
   */
  public Disagreement {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(indicator, "indicator");
    answers = List.copyOf(answers);
  }
}
