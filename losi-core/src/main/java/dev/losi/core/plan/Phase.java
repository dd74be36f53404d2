package dev.losi.core.plan;

import java.util.Locale;

/**
 * The phases of an improvement plan, in the order they are carried out. Each step's phase follows from
 * its {@link Effort}: easy changes are quick fixes, then moderate, then hard changes, then those the
 * effort table does not class.
 *
 * @since 0.1.0
 */
public enum Phase {
  /** The easy changes. */
  QUICK_FIXES,
  /** The moderate changes. */
  MODERATE,
  /** The hard changes. */
  HARD,
  /** The changes the effort table does not class. */
  UNCLASSIFIED;

  /** {@return the label used in tables: {@code quick fixes}, {@code moderate}, {@code hard}, {@code unclassified}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
