package dev.losi.core.mapping;

import dev.losi.core.level.Level;

/**
 * A city's score on the {@link CommonCore} in one edition: the number of core indicators met and the
 * core size. Comparable across the two editions of a mapping because both count the same features.
 *
 * @param present core indicators answered present, {@code 0 <= present <= size}
 * @param size the number of core indicators, at least 1
 *
 * @since 0.1.0
 */
public record CoreScore(int present, int size) {

  /**
   * Checks the range.
   *
   * @param present core indicators answered present, {@code 0 <= present <= size}
   * @param size the number of core indicators, at least 1
   */
  public CoreScore {
    if (size < 1 || present < 0 || present > size) {
      throw new IllegalArgumentException("need 0 <= present <= size and size >= 1, got " + present + "/" + size);
    }
  }

  /** {@return the share met, {@code present / size}, in [0, 1]} */
  public double value() {
    return (double) present / size;
  }

  /** {@return the level of the share, decided exactly on the fraction ({@link Level#of(long, long)})} */
  public Level level() {
    return Level.of(present, size);
  }

  @Override
  public String toString() {
    return present + "/" + size;
  }
}
