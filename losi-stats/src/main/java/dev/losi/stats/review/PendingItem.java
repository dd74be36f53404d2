package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.Indicator;
import java.util.List;
import java.util.Objects;

/**
 * An item that needs a reviewer decision before its city can be reconciled.
 *
 * @param city the city
 * @param indicator the indicator
 * @param answers each assessor's answer and evidence
 * @param reason why, for example {@code tie: PRESENT 1, ABSENT 1}
 *
 * @since 0.1.0
 */
public record PendingItem(City city, Indicator indicator, List<AssessorAnswer> answers, String reason) {

  /**
   * Copies the list and checks that no component is null.
   *
   * @param city the city
   * @param indicator the indicator
   * @param answers each assessor's answer and evidence
   * @param reason why, for example {@code tie: PRESENT 1, ABSENT 1}
   */
  public PendingItem {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(indicator, "indicator");
    answers = List.copyOf(answers);
    Objects.requireNonNull(reason, "reason");
  }

  /** {@return how {@code losi agreement} counts this item (see {@link AgreementCount})} */
  public AgreementCount agreementCount() {
    return AgreementCount.of(indicator, answers);
  }
}
