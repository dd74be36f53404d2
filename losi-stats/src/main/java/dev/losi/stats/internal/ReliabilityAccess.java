package dev.losi.stats.internal;

import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import java.util.List;

/**
 * The entry by which the byte-level reader of {@code dev.losi.stats.io} hands over reliability data that it
 * has already checked, without the checks and copies of the public {@link ReliabilityData#of(Scale, List,
 * List, int[])}: its codes are category indices of the scale or {@link ReliabilityData#MISSING} (each came
 * from the scale's own look-up of a value), its unit and rater ids are distinct and non-blank (each is one
 * entry of the reader's table of distinct cells), and the arrays are its own and never changed again. The
 * unit ids stay as bytes until a caller asks for one ({@link ReliabilityData#unitIds()}). Not API: exported only
 * to {@code dev.losi.stats.io}.
 *
 * <p>{@link ReliabilityData} registers the one {@link Factory} when it is initialised (the pattern of the
 * JDK's shared secrets), so the data keep their private constructor.
 *
 * @since 0.1.0
 */
public final class ReliabilityAccess {

  private static volatile Factory factory;

  private ReliabilityAccess() {}

  /** The constructor of {@link ReliabilityData} for checked input; implemented by that class only. */
  public interface Factory {
    /**
     * Data from checked codes and ids, arrays taken as they are (see the class comment).
     *
     * @param scale the scale the codes refer to
     * @param unitText the unit ids one after another, one byte per character (ISO-8859-1)
     * @param unitEnds the end (exclusive) of each unit id in {@code unitText}; unit {@code i} starts at
     *     {@code unitEnds[i - 1]} (at 0 for the first)
     * @param raterIds the rater ids, distinct and non-blank
     * @param codes {@code unitEnds.length * raterIds.size()} category indices or {@code MISSING}, row by unit
     * @return the data
     */
    ReliabilityData trusted(Scale scale, byte[] unitText, int[] unitEnds, List<String> raterIds, int[] codes);
  }

  /**
   * Registers the factory; called once, by {@link ReliabilityData}'s class initialisation.
   *
   * @param f the factory
   * @throws IllegalStateException when a factory is registered already
   */
  public static void register(Factory f) {
    if (factory != null) {
      throw new IllegalStateException("the factory of ReliabilityData is registered already");
    }
    factory = f;
  }

  /**
   * Data from checked codes and ids, arrays taken as they are; see {@link Factory#trusted} and the class
   * comment for what the caller guarantees.
   *
   * @param scale the scale the codes refer to
   * @param unitText the unit ids one after another, one byte per character (ISO-8859-1)
   * @param unitEnds the end (exclusive) of each unit id in {@code unitText}
   * @param raterIds the rater ids, distinct and non-blank
   * @param codes {@code unitEnds.length * raterIds.size()} category indices or {@code MISSING}, row by unit
   * @return the data
   */
  public static ReliabilityData trusted(Scale scale, byte[] unitText, int[] unitEnds, List<String> raterIds,
      int[] codes) {
    Factory f = factory;
    if (f == null) {
      try { // initialising the class registers its factory
        Class.forName(ReliabilityData.class.getName(), true, ReliabilityData.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      f = factory;
    }
    return f.trusted(scale, unitText, unitEnds, raterIds, codes);
  }
}
