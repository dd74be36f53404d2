package dev.losi.core.internal;

/**
 * The null check of the LOSI records' compact constructors: one call for all the components that must not
 * be null, in place of one {@link java.util.Objects#requireNonNull(Object, String)} per component. Not API:
 * exported only to the other losi modules.
 *
 * <pre>{@code
 * public MatchedCity {
 *   Checks.nonNull("city", city, "country", country, "iso3", iso3);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires each named value to be non-null, like {@link java.util.Objects#requireNonNull(Object, String)}
   * on each pair in turn.
   *
   * @param namesAndValues a name, then its value, then the next name and value, and so on
   * @throws NullPointerException with the name as its message, for the first value that is null
   * @throws IllegalArgumentException when names and values do not come in pairs (a programming error)
   */
  public static void nonNull(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs, got " + namesAndValues.length + " arguments");
    }
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        throw new NullPointerException(String.valueOf(namesAndValues[i]));
      }
    }
  }
}
