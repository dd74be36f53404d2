package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.Indicator;
import java.util.List;

/**
 * An item (one city, one indicator) that reconciliation reports with the assessors' answers: one still
 * waiting for a reviewer decision ({@link PendingItem}) or one resolved without unanimity
 * ({@link ResolvedItem}).
 *
 * @since 0.1.0
 */
public sealed interface ReviewItem permits PendingItem, ResolvedItem {

  /** {@return the city} */
  City city();

  /** {@return the indicator} */
  Indicator indicator();

  /** {@return each assessor's answer and evidence} */
  List<AssessorAnswer> answers();

  /** {@return how {@code losi agreement} counts this item (see {@link AgreementCount})} */
  default AgreementCount agreementCount() {
    return AgreementCount.of(indicator(), answers());
  }
}
