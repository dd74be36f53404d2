package dev.losi.core.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * How much work a change is, as classed by the user in an {@link EffortTable}. The classes are ordered
 * from cheapest to dearest: {@link #EASY} &lt; {@link #MODERATE} &lt; {@link #HARD} &lt;
 * {@link #UNCLASSIFIED}. No effort class is official: the SDK bundles none.
 *
 * @since 0.1.0
 */
public enum Effort {
  /** A quick fix (phase {@link Phase#QUICK_FIXES}). */
  EASY,
  /** A moderate change (phase {@link Phase#MODERATE}). */
  MODERATE,
  /** A hard change (phase {@link Phase#HARD}). */
  HARD,
  /** Not classed by the effort table: treated as the dearest (phase {@link Phase#UNCLASSIFIED}). */
  UNCLASSIFIED;

  /** {@return the lower-case label used in tables and files: {@code easy}, {@code moderate}, {@code hard}, {@code unclassified}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return the phase in which a change of this effort is made} */
  public Phase phase() {
    return Phase.values()[ordinal()];
  }

  /**
   * Parses a label or constant name, ignoring case and surrounding blanks.
   *
   * @param text the text to parse
   * @return the effort, or empty when the text is none of {@code easy}, {@code moderate}, {@code hard},
   *     {@code unclassified}
   */
  public static Optional<Effort> parse(String text) {
    String t = text.strip();
    for (Effort e : values()) {
      if (e.name().equalsIgnoreCase(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
