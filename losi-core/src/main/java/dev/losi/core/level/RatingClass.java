package dev.losi.core.level;

/**
 * The sixteen rating classes: each {@link Level} split into four by the quartiles of the units in that
 * level, as the UN E-Government Survey does for EGDI. The first class of each level is its top quartile:
 * VH, V3, V2, V1 (very high); HV, H3, H2, H1 (high); MH, M3, M2, M1 (middle); LM, L3, L2, L1 (low).
 *
 * <p>Example: Togo's EGDI 2024 of 0.39198 lies between the first and second quartile of the 44 middle
 * countries (0.3067 and 0.3963), so it is {@link #M2}.
 *
 * @see RatingClassifier
 *
 * @since 0.1.0
 */
public enum RatingClass {
  VH(Level.VERY_HIGH, 4), V3(Level.VERY_HIGH, 3), V2(Level.VERY_HIGH, 2), V1(Level.VERY_HIGH, 1),
  HV(Level.HIGH, 4), H3(Level.HIGH, 3), H2(Level.HIGH, 2), H1(Level.HIGH, 1),
  MH(Level.MIDDLE, 4), M3(Level.MIDDLE, 3), M2(Level.MIDDLE, 2), M1(Level.MIDDLE, 1),
  LM(Level.LOW, 4), L3(Level.LOW, 3), L2(Level.LOW, 2), L1(Level.LOW, 1);

  private final Level level;
  private final int quartile;

  RatingClass(Level level, int quartile) {
    this.level = level;
    this.quartile = quartile;
  }

  /** The level this class belongs to. */
  public Level level() {
    return level;
  }

  /** The quartile within the level: 4 for the top quartile (VH, HV, MH, LM) down to 1 for the bottom. */
  public int quartile() {
    return quartile;
  }

  /** The class of a level and quartile (1 = bottom, 4 = top). */
  public static RatingClass of(Level level, int quartile) {
    if (quartile < 1 || quartile > 4) {
      throw new IllegalArgumentException("quartile must be 1 to 4, got " + quartile);
    }
    return values()[level.ordinal() * 4 + (4 - quartile)];
  }
}
