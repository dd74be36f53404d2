package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.Indicator;
import dev.losi.core.internal.Checks;
import java.util.List;

/**
 * An item that needs a reviewer decision before its city can be reconciled. Its {@link #agreementCount()}
 * comes from {@link ReviewItem}.
 *
 * @param city the city
 * @param indicator the indicator
 * @param answers each assessor's answer and evidence
 * @param reason why, for example {@code tie: PRESENT 1, ABSENT 1}
 *
 * @since 0.1.0
 */
public record PendingItem(City city, Indicator indicator, List<AssessorAnswer> answers, String reason)
    implements ReviewItem {

  /**
   * Copies the list and checks that no component is null.
   *
   * @param city the city
   * @param indicator the indicator
   * @param answers each assessor's answer and evidence
   * @param reason why, for example {@code tie: PRESENT 1, ABSENT 1}
   */
  public PendingItem {
    Checks.nonNull("city", city, "indicator", indicator, "answers", answers, "reason", reason);
    answers = List.copyOf(answers);
  }
}
