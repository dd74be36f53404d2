package dev.losi.stats.review;

import dev.losi.core.internal.Checks;
import dev.losi.stats.agreement.AgreementReport;
import java.util.OptionalDouble;

/**
 * Agreement over a group of items: one indicator across cities, one criterion, one assessor pair, or
 * everything.
 *
 * @param key what the group is: an indicator code ({@code #255}), a criterion code ({@code IF}), an
 *     assessor pair ({@code A|B}) or {@code overall}
 * @param label a human label: the indicator title, criterion name or {@code A and B}
 * @param itemsCompared city-indicator items answered by at least two assessors
 * @param itemsDisagreeing compared items on which the coded answers are not all equal
 * @param rawDisagreement {@code itemsDisagreeing / itemsCompared}; empty when nothing was compared
 * @param report every agreement coefficient on the group's items
 *
 * @since 0.1.0
 */
public record GroupAgreement(String key, String label, long itemsCompared, long itemsDisagreeing,
    OptionalDouble rawDisagreement, AgreementReport report) {

  /**
   * Checks that no component is null.
   *
   * @param key what the group is
   * @param label a human label
   * @param itemsCompared city-indicator items answered by at least two assessors
   * @param itemsDisagreeing compared items on which the coded answers are not all equal
   * @param rawDisagreement {@code itemsDisagreeing / itemsCompared}
   * @param report every agreement coefficient on the group's items
   */
  public GroupAgreement {
    Checks.nonNull("key", key, "label", label, "rawDisagreement", rawDisagreement, "report", report);
  }
}
