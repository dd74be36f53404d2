package dev.losi.io.checklist;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The header block of a checklist: who and what is assessed. Every field may be left empty for the
 * assessor to fill in; a filled checklist needs the city id, city name, country and assessor to be read
 * back as an assessment.
 *
 * @param cityId the city's id, for example {@code TUN-07}
 * @param cityName the city's name
 * @param country the country, ISO 3166-1 alpha-3
 * @param assessor the assessor's id
 * @param date the date of the assessment
 * @since 0.1.0
 */
public record ChecklistHeader(Optional<String> cityId, Optional<String> cityName, Optional<String> country,
    Optional<String> assessor, Optional<LocalDate> date) {

  /**
   * Checks for nulls.
   *
   * @param cityId the city's id, for example {@code TUN-07}
   * @param cityName the city's name
   * @param country the country, ISO 3166-1 alpha-3
   * @param assessor the assessor's id
   * @param date the date of the assessment
   */
  public ChecklistHeader {
    if (cityId == null || cityName == null || country == null || assessor == null || date == null) {
      throw new NullPointerException("every header field is required (use Optional.empty())");
    }
  }

  /** {@return a header with every field left for the assessor to fill in} */
  public static ChecklistHeader empty() {
    return new ChecklistHeader(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
