package dev.losi.stats.agreement;

import dev.losi.core.internal.EnumForms;
import java.util.List;
import java.util.Locale;

/**
 * The level of measurement of the ratings, which decides the distance between two categories in
 * Krippendorff's alpha and the weights of the weighted coefficients (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", section C).
 *
 * @since 0.1.0
 */
public enum MeasurementLevel {
  /** Categories are only equal or different (LOSI's binary indicators). */
  NOMINAL,
  /** Categories are ordered; distances depend on how many values lie between them. */
  ORDINAL,
  /** Categories are numbers; distance is the squared difference. */
  INTERVAL,
  /** Categories are non-negative numbers with a true zero; distance is {@code ((a-b)/(a+b))^2}. */
  RATIO;

  /** The key, made once. */
  private final String key = name().toLowerCase(Locale.ROOT);

  /** The key, ignoring case. */
  private static final EnumForms<MeasurementLevel> FORMS = EnumForms.ignoringCase(values(), l -> List.of(l.key()));

  /** {@return the lower-case name used in reports and on the command line, for example {@code ordinal}} */
  public String key() {
    return key;
  }

  /** {@return true for the levels whose categories are ordered (ordinal, interval, ratio)} */
  public boolean isOrdered() {
    return this != NOMINAL;
  }

  /**
   * Parses {@code nominal}, {@code ordinal}, {@code interval} or {@code ratio}, ignoring case.
   *
   * @param text the text to parse
   * @return the level
   * @throws IllegalArgumentException naming the accepted values when the text is none of them
   */
  public static MeasurementLevel parse(String text) {
    return FORMS.parse(text, "a level of measurement (nominal, ordinal, interval, ratio)");
  }
}
