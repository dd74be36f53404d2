package dev.losi.core.level;

import dev.losi.core.internal.EnumForms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The four LOSI (and EGDI/OSI) levels, with the lower bound of each interval inclusive:
 *
 * <table>
 *   <caption>Level intervals</caption>
 *   <tr><th>level</th><th>interval</th></tr>
 *   <tr><td>{@link #VERY_HIGH}</td><td>[0.75, 1.00]</td></tr>
 *   <tr><td>{@link #HIGH}</td><td>[0.50, 0.75)</td></tr>
 *   <tr><td>{@link #MIDDLE}</td><td>[0.25, 0.50)</td></tr>
 *   <tr><td>{@link #LOW}</td><td>[0.00, 0.25)</td></tr>
 * </table>
 *
 * <p>Boundaries are decided exactly: 69 points out of 92 is exactly 0.75 and is very high. Use
 * {@link #of(long, long)} for whole-number points so no rounding can intervene; {@link #of(double)}
 * compares the double itself against 0.25, 0.5 and 0.75, which are exact in binary.
 *
 * <p>Source: UN E-Government Survey level groups (very high 0.75–1.00, high 0.50–0.7499, middle
 * 0.25–0.4999, low 0.00–0.2499), used for LOSI since 2020.
 *
 * @since 0.1.0
 */
public enum Level {
  /** [0.75, 1.00]. */
  VERY_HIGH,
  /** [0.50, 0.75). */
  HIGH,
  /** [0.25, 0.50). */
  MIDDLE,
  /** [0.00, 0.25). */
  LOW;

  /** Label, constant name, letter and the name with a space, each ignoring case. */
  private static final EnumForms<Level> FORMS = EnumForms.ignoringCase(values(),
      l -> List.of(l.label(), l.name(), l.letter(), l.name().replace('_', ' ')));

  /**
   * {@return the label used in reports, the name in lower case with a space: {@code very high}, {@code high},
   * {@code middle}, {@code low}}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@return the one-letter prefix of the level's rating classes, the first letter of its name: V, H, M or L} */
  public String letter() {
    return name().substring(0, 1);
  }

  /** {@return the inclusive lower bound of the level's interval: 0.75, 0.50, 0.25 or 0} */
  public double lowerBound() {
    return switch (this) {
      case VERY_HIGH -> 0.75;
      case HIGH -> 0.50;
      case MIDDLE -> 0.25;
      case LOW -> 0.0;
    };
  }

  /**
   * The level of an index value.
   *
   * @param value an index value in [0, 1]
   * @return the level: very high from 0.75, high from 0.5, middle from 0.25, else low
   * @throws IllegalArgumentException if the value is NaN or outside [0, 1]
   */
  public static Level of(double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("an index value must be in [0, 1], got " + value);
    }
    if (value >= 0.75) {
      return VERY_HIGH;
    }
    if (value >= 0.5) {
      return HIGH;
    }
    if (value >= 0.25) {
      return MIDDLE;
    }
    return LOW;
  }

  /**
   * The level of the exact fraction {@code points / maximum}, decided without rounding:
   * {@code points/maximum >= 3/4} exactly when {@code 4 * points >= 3 * maximum}.
   *
   * @param points points obtained, {@code 0 <= points <= maximum}
   * @param maximum maximum points, {@code > 0}
   * @return the level of the fraction
   * @throws IllegalArgumentException if the arguments are out of range
   */
  public static Level of(long points, long maximum) {
    if (maximum <= 0 || points < 0 || points > maximum || maximum > (Long.MAX_VALUE >> 3)) {
      throw new IllegalArgumentException("need 0 <= points <= maximum, 0 < maximum, got " + points + "/" + maximum);
    }
    if (4 * points >= 3 * maximum) {
      return VERY_HIGH;
    }
    if (2 * points >= maximum) {
      return HIGH;
    }
    if (4 * points >= maximum) {
      return MIDDLE;
    }
    return LOW;
  }

  /**
   * The level of the exact fraction {@code points / maximum} of two decimals, decided without rounding:
   * {@code points/maximum >= 3/4} exactly when {@code 4 * points >= 3 * maximum}. For example 0.8 out of
   * 1.6 is exactly 1/2, so {@link #HIGH}.
   *
   * @param points points obtained, {@code 0 <= points <= maximum}
   * @param maximum maximum points, {@code > 0}
   * @return the level of the fraction
   * @throws IllegalArgumentException if the arguments are out of range
   */
  public static Level of(BigDecimal points, BigDecimal maximum) {
    if (maximum.signum() <= 0 || points.signum() < 0 || points.compareTo(maximum) > 0) {
      throw new IllegalArgumentException("need 0 <= points <= maximum, 0 < maximum, got " + points + "/" + maximum);
    }
    BigDecimal four = points.multiply(BigDecimal.valueOf(4));
    if (four.compareTo(maximum.multiply(BigDecimal.valueOf(3))) >= 0) {
      return VERY_HIGH;
    }
    if (four.compareTo(maximum.multiply(BigDecimal.valueOf(2))) >= 0) {
      return HIGH;
    }
    if (four.compareTo(maximum) >= 0) {
      return MIDDLE;
    }
    return LOW;
  }

  /**
   * Parses a label ({@code very high}), a constant name ({@code VERY_HIGH}) or a letter (V, H, M, L), ignoring case.
   *
   * @param text the text; surrounding white space is ignored
   * @return the level
   * @throws IllegalArgumentException when the text is none of the forms, naming them
   */
  public static Level parse(String text) {
    return FORMS.parse(text, "a level (very high, high, middle, low)");
  }
}
