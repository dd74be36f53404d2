package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.stats.agreement.AgreementReport;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Agreement between the assessors of one city over the instrument's indicators.
 *
 * @param city the city
 * @param assessorIds its assessors, in id order
 * @param itemsCompared indicators answered (not NOT_ASSESSED) by at least two assessors
 * @param itemsDisagreeing compared indicators on which the assessors' coded answers are not all equal
 * @param itemsNotCompared indicators answered by fewer than two assessors
 * @param rawDisagreement {@code itemsDisagreeing / itemsCompared}; empty when nothing was compared
 * @param alert true when the raw disagreement exceeds the review's threshold, or when nothing could be
 *     compared (the reviewer must look either way)
 * @param report every agreement coefficient, units = indicators, raters = the city's assessors
 *
 * @since 0.1.0
 */
public record CityAgreement(City city, List<String> assessorIds, long itemsCompared, long itemsDisagreeing,
    long itemsNotCompared, OptionalDouble rawDisagreement, boolean alert, AgreementReport report) {

  /**
   * Copies the list and checks that no component is null.
   *
   * @param city the city
   * @param assessorIds its assessors, in id order
   * @param itemsCompared indicators answered
   * @param itemsDisagreeing compared indicators on which the assessors' coded answers are not all equal
   * @param itemsNotCompared indicators answered by fewer than two assessors
   * @param rawDisagreement {@code itemsDisagreeing / itemsCompared}
   * @param alert true when the raw disagreement exceeds the review's threshold, or when nothing could be compared
   * @param report every agreement coefficient, units = indicators, raters = the city's assessors
   */
  public CityAgreement {
    Objects.requireNonNull(city, "city");
    assessorIds = List.copyOf(assessorIds);
    Objects.requireNonNull(rawDisagreement, "rawDisagreement");
    Objects.requireNonNull(report, "report");
  }
}
