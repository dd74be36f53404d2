package dev.losi.stats.study;

import dev.losi.core.internal.Checks;
import dev.losi.core.level.Level;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A city joined with its country's OSI.
 *
 * @param city the city's name
 * @param country the country exactly as written in the city row
 * @param iso3 the ISO 3166-1 alpha-3 code it was joined on
 * @param losi the city's LOSI in [0, 1]
 * @param osi the country's OSI in [0, 1]
 * @param losiLevel the level of {@code losi} ({@link Level#of(double)})
 * @param osiLevel the level of {@code osi}
 * @param fitted LOSI predicted by the least-squares line at this OSI; empty when the line is undefined
 * @param residual {@code losi - fitted}: positive above the line (ahead of the country), negative below
 * @param line the 1-based line of the city row, when it had one
 *
 * @since 0.1.0
 */
public record MatchedCity(String city, String country, String iso3, double losi, double osi, Level losiLevel,
    Level osiLevel, OptionalDouble fitted, OptionalDouble residual, OptionalLong line) {

  /**
   * Checks that no component is null.
   *
   * @param city the city's name
   * @param country the country exactly as written in the city row
   * @param iso3 the ISO 3166-1 alpha-3 code it was joined on
   * @param losi the city's LOSI in [0, 1]
   * @param osi the country's OSI in [0, 1]
   * @param losiLevel the level of {@code losi}
   * @param osiLevel the level of {@code osi}
   * @param fitted LOSI predicted by the least-squares line at this OSI
   * @param residual {@code losi - fitted}
   * @param line the 1-based line of the city row, when it had one
   */
  public MatchedCity {
    Checks.nonNull("city", city, "country", country, "iso3", iso3, "losiLevel", losiLevel, "osiLevel", osiLevel,
        "fitted", fitted, "residual", residual, "line", line);
  }

  /** {@return LOSI level minus OSI level in steps: +1 when the city is one level above its country, -2 two below, 0 the same} */
  public int levelGap() {
    return osiLevel.ordinal() - losiLevel.ordinal();
  }
}
