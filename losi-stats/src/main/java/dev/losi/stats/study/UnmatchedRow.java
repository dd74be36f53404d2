package dev.losi.stats.study;

import dev.losi.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An input row that could not be joined, with the reason. The study lists these; it never drops a
 * row silently.
 *
 * @param side whether a city row or a country OSI row is unmatched
 * @param source the row's source, when it had one
 * @param line the row's 1-based line, when it had one
 * @param city the city's name (empty for country rows)
 * @param country the country exactly as written in the row
 * @param reason why it was not joined, for example {@code country name "Korea" is not in the UN country table}
 *
 * @since 0.1.0
 */
public record UnmatchedRow(Side side, Optional<String> source, OptionalLong line, Optional<String> city,
    String country, String reason) {

  /**
   * Which input an unmatched row came from.
   *
   * @since 0.1.0
   */
  public enum Side {
    /** A city row (from the scores). */
    CITY,
    /** A country row (from the OSI values). */
    COUNTRY
  }

  /**
   * Checks that no component is null.
   *
   * @param side whether a city row or a country OSI row is unmatched
   * @param source the row's source, when it had one
   * @param line the row's 1-based line, when it had one
   * @param city the city's name
   * @param country the country exactly as written in the row
   * @param reason why it was not joined, for example {@code country name "Korea" is not in the UN country table}
   */
  public UnmatchedRow {
    Checks.nonNull("side", side, "source", source, "line", line, "city", city, "country", country, "reason", reason);
  }

  /** One line such as {@code scores.csv:7: city "Springfield" country "Freedonia": country name ... }. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    source.ifPresent(sb::append);
    line.ifPresent(l -> sb.append(':').append(l));
    if (sb.length() > 0) {
      sb.append(": ");
    }
    city.ifPresent(c -> sb.append("city \"").append(c).append("\" "));
    sb.append("country \"").append(country).append("\": ").append(reason);
    return sb.toString();
  }
}
