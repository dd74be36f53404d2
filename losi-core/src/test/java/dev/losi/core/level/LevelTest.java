package dev.losi.core.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelTest {

  /** The example: 69 present out of 92 applicable is exactly 0.75, so very high. */
  @Test
  void boundariesAreExactAndLowerBoundsInclusive() {
    assertEquals(Level.VERY_HIGH, Level.of(69, 92));
    assertEquals(Level.HIGH, Level.of(68, 92));
    assertEquals(Level.HIGH, Level.of(46, 92));   // exactly 0.50
    assertEquals(Level.MIDDLE, Level.of(45, 92));
    assertEquals(Level.MIDDLE, Level.of(23, 92)); // exactly 0.25
    assertEquals(Level.LOW, Level.of(22, 92));
    assertEquals(Level.LOW, Level.of(0, 95));
    assertEquals(Level.VERY_HIGH, Level.of(95, 95));
    assertEquals(Level.VERY_HIGH, Level.of(0.75));
    assertEquals(Level.HIGH, Level.of(Math.nextDown(0.75)));
    assertEquals(Level.HIGH, Level.of(0.5));
    assertEquals(Level.MIDDLE, Level.of(0.25));
    assertEquals(Level.LOW, Level.of(Math.nextDown(0.25)));
  }

  @Test
  void outOfRangeValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Level.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Level.of(1.0000001));
    assertThrows(IllegalArgumentException.class, () -> Level.of(-0.1));
    assertThrows(IllegalArgumentException.class, () -> Level.of(5, 4));
    assertThrows(IllegalArgumentException.class, () -> Level.of(1, 0));
  }

  @Test
  void parseAcceptsLabelsNamesAndLetters() {
    assertEquals(Level.VERY_HIGH, Level.parse("very high"));
    assertEquals(Level.VERY_HIGH, Level.parse("VERY_HIGH"));
    assertEquals(Level.MIDDLE, Level.parse("m"));
    assertThrows(IllegalArgumentException.class, () -> Level.parse("medium"));
  }

  /** Worked by hand: 0.9, 0.8, 0.8, 0.7 -> 1, 2, 2, 4 (competition ranking). */
  @Test
  void competitionRankingSharesAndSkips() {
    assertArrayEquals(new int[] {4, 2, 1, 2}, Ranking.competition(new double[] {0.7, 0.8, 0.9, 0.8}));
    assertArrayEquals(new int[] {1, 1, 1}, Ranking.competition(new double[] {0.5, 0.5, 0.5}));
    assertArrayEquals(new int[] {}, Ranking.competition(new double[] {}));
  }

  /** Worked by hand: ranks within country A (0.9, 0.5, 0.5) and B (0.6, 0.7). */
  @Test
  void rankingWithinGroups() {
    int[] r = Ranking.competitionWithin(new double[] {0.9, 0.6, 0.5, 0.7, 0.5}, List.of("A", "B", "A", "B", "A"));
    assertArrayEquals(new int[] {1, 2, 2, 1, 2}, r);
  }

  /** Hand computation of type-7 quartiles for 1..5: h = 4p, so Q1 = 2, Q2 = 3, Q3 = 4. */
  @Test
  void ratingClassesByQuartilesWithinLevel() {
    double[] v = {0.26, 0.27, 0.28, 0.29, 0.30}; // all middle
    List<RatingClassifier.Classification> c = RatingClassifier.classify(v);
    assertEquals(RatingClass.M1, c.get(0).ratingClass()); // below Q1 = 0.27
    assertEquals(RatingClass.M2, c.get(1).ratingClass()); // = Q1
    assertEquals(RatingClass.M3, c.get(2).ratingClass()); // = Q2
    assertEquals(RatingClass.MH, c.get(3).ratingClass()); // = Q3
    assertEquals(RatingClass.MH, c.get(4).ratingClass());
    assertEquals(RatingClass.L3, RatingClass.of(Level.LOW, 3));
  }
}
