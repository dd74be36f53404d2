package dev.losi.stats.internal;

import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;

/**
 * The entry by which the review's views ({@code dev.losi.stats.review}) report agreement on ratings held as one
 * integer key per unit, without a {@link ReliabilityData} per view: the ratings of unit {@code u} by raters
 * {@code 0 .. R-1} are the base-{@code (q + 1)} digits of {@code keys[u] = sum_r (code_r + 1) (q + 1)^r}, lowest
 * first, digit 0 for a missing rating. The report equals, bit for bit, {@link AgreementReport#of} of the same
 * ratings as {@link ReliabilityData#of(Scale, int, int[])}. Not API: the package is exported only to
 * {@code dev.losi.stats.io}, and this class is used within the module.
 *
 * <p>{@link AgreementReport} registers the one {@link Factory} when it is initialised (the pattern of
 * {@link ReliabilityAccess}).
 *
 * @since 0.1.0
 */
public final class KeyedReports {

  private static volatile Factory factory;

  private KeyedReports() {}

  /** The keyed report of {@link AgreementReport}; implemented by that package only. */
  public interface Factory {
    /**
     * {@return true when ratings of {@code raters} raters on {@code q} categories can be keyed}
     *
     * @param q the number of categories
     * @param raters the number of raters
     */
    boolean fits(int q, int raters);

    /**
     * The report on keyed ratings (see the class comment).
     *
     * @param scale the scale of the codes
     * @param raters the number of raters; {@link #fits} must hold
     * @param keys one key per unit, taken as it is and never changed again
     * @param level the level of measurement
     * @return the report
     */
    AgreementReport report(Scale scale, int raters, int[] keys, MeasurementLevel level);
  }

  /**
   * Registers the factory; called once, by {@link AgreementReport}'s class initialisation.
   *
   * @param f the factory
   * @throws IllegalStateException when a factory is registered already
   */
  public static void register(Factory f) {
    if (factory != null) {
      throw new IllegalStateException("the keyed reports' factory is registered already");
    }
    factory = f;
  }

  private static Factory factory() {
    Factory f = factory;
    if (f == null) {
      try { // initialising the class registers its factory
        Class.forName(AgreementReport.class.getName(), true, AgreementReport.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      f = factory;
    }
    return f;
  }

  /**
   * {@return true when ratings of {@code raters} raters on {@code q} categories can be keyed: at most 4,096 keys
   * {@code (q + 1)^raters}, and per-unit count vectors of at most 4,096 keys {@code (raters + 1)^q}}
   *
   * @param q the number of categories
   * @param raters the number of raters
   */
  public static boolean fits(int q, int raters) {
    return factory().fits(q, raters);
  }

  /**
   * The report on keyed ratings: {@link AgreementReport#of} of the same ratings, bit for bit.
   *
   * @param scale the scale of the codes
   * @param raters the number of raters; {@link #fits} must hold
   * @param keys one key per unit, taken as it is and never changed again
   * @param level the level of measurement
   * @return the report
   * @throws IllegalArgumentException when the ratings do not fit keys or a key is out of range, or the scale
   *     does not support the level
   */
  public static AgreementReport report(Scale scale, int raters, int[] keys, MeasurementLevel level) {
    return factory().report(scale, raters, keys, level);
  }
}
