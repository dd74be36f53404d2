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
  // Four classes a level, in the order of Level, each level's top quartile first: of(..), level() and
  // quartile() rely on this order.
  /** Very high, top quartile of the level (quartile 4). */
  VH,
  /** Very high, third quartile of the level (quartile 3). */
  V3,
  /** Very high, second quartile of the level (quartile 2). */
  V2,
  /** Very high, bottom quartile of the level (quartile 1). */
  V1,
  /** High, top quartile of the level (quartile 4). */
  HV,
  /** High, third quartile of the level (quartile 3). */
  H3,
  /** High, second quartile of the level (quartile 2). */
  H2,
  /** High, bottom quartile of the level (quartile 1). */
  H1,
  /** Middle, top quartile of the level (quartile 4). */
  MH,
  /** Middle, third quartile of the level (quartile 3). */
  M3,
  /** Middle, second quartile of the level (quartile 2). */
  M2,
  /** Middle, bottom quartile of the level (quartile 1). */
  M1,
  /** Low, top quartile of the level (quartile 4). */
  LM,
  /** Low, third quartile of the level (quartile 3). */
  L3,
  /** Low, second quartile of the level (quartile 2). */
  L2,
  /** Low, bottom quartile of the level (quartile 1). */
  L1;

  /** {@return the level this class belongs to} */
  public Level level() {
    return Level.values()[ordinal() / 4];
  }

  /** {@return the quartile within the level: 4 for the top quartile (VH, HV, MH, LM) down to 1 for the bottom} */
  public int quartile() {
    return 4 - ordinal() % 4;
  }

  /**
   * {@return the class of a level and quartile (1 = bottom, 4 = top)}
   *
   * @param level the level
   * @param quartile the quartile within the level, 1 to 4
   * @throws IllegalArgumentException for a quartile outside 1 to 4
   */
  public static RatingClass of(Level level, int quartile) {
    if (quartile < 1 || quartile > 4) {
      throw new IllegalArgumentException("quartile must be 1 to 4, got " + quartile);
    }
    return values()[level.ordinal() * 4 + (4 - quartile)];
  }
}
