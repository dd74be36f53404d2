package dev.losi.io;

import dev.losi.core.City;
import dev.losi.core.Response;
import dev.losi.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One checked answer of a streamed assessment file: the city, instrument, assessor, date and the
 * response for one indicator. A long CSV row gives one; a wide row gives one per indicator column.
 *
 * @param city the city (identical for every row of the same city id)
 * @param instrumentId the instrument the answer belongs to
 * @param assessorId the assessor
 * @param date the assessment date, when the file records one
 * @param response the answer for one indicator, with its evidence
 * @param line the 1-based line (CSV) or row (XLSX) it was read from
 *
 * @since 0.1.0
 */
public record AssessmentRow(City city, String instrumentId, String assessorId, Optional<LocalDate> date,
    Response response, long line) {

  /**
   * Checks that no component is null.
   *
   * @param city the city
   * @param instrumentId the instrument the answer belongs to
   * @param assessorId the assessor's id
   * @param date the assessment date, when the file records one
   * @param response the answer for one indicator, with its evidence
   * @param line the 1-based line
   */
  public AssessmentRow {
    Checks.nonNull("city", city, "instrumentId", instrumentId, "assessorId", assessorId, "date", date,
        "response", response);
  }
}
