package dev.losi.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.City;
import dev.losi.core.level.RatingClass;
import dev.losi.core.scoring.AnswerCounts;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Reference sets and ranks, worked by hand. Regression for issue 9 item 3: ranks used to be computed over
 * all rows together, so two assessors' rows of the same cities were ranked against each other.
 */
class ResultsTest {

  private static final City X = City.builder().id("X").name("X").country("BRA").region("South").build();
  private static final City Y = City.builder().id("Y").name("Y").country("BRA").build();
  private static final City Z = City.builder().id("Z").name("Z").country("ARG").region("South").build();

  private static CityScore score(City city, String assessor, int points) {
    return new CityScore(city, assessor, "T", new Score(points, 10), Map.of(), Map.of(), new AnswerCounts(10, 0, 0, 0, 0),
        List.of(), List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * Assessor A: X 9, Y 6, Z 3 (tenths); assessor B: X 5, Y 8, Z 8. Each assessor's own ranking:
   * A: X 1, Y 2, Z 3; B: Y 1, Z 1 (tied), X 3. Mixed together the six rows would give A's X rank 1 but
   * B's X rank 5. Within country BRA (X, Y): A: X 1, Y 2; B: Y 1, X 2; ARG has only Z: 1.
   * Region "South" (X, Z): A: X 1, Z 2; B: Z 1, X 2; Y states no region.
   */
  @Test
  void severalAssessorsAreRankedEachAmongTheirOwnCities() {
    Results r = Results.of(List.of(score(X, "A", 9), score(Y, "A", 6), score(Z, "A", 3),
        score(X, "B", 5), score(Y, "B", 8), score(Z, "B", 8)));
    assertEquals(ReferenceSet.Basis.EACH_ASSESSOR, r.basis());
    assertEquals(List.of(new ReferenceSet(ReferenceSet.Basis.EACH_ASSESSOR, Optional.of("A"), 3),
        new ReferenceSet(ReferenceSet.Basis.EACH_ASSESSOR, Optional.of("B"), 3)), r.referenceSets());
    assertEquals(List.of(1, 2, 3, 3, 1, 1), r.results().stream().map(CityResult::rank).toList());
    assertEquals(List.of(1, 2, 1, 2, 1, 1), r.results().stream().map(CityResult::rankInCountry).toList());
    assertEquals(List.of(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(2), OptionalInt.of(2),
        OptionalInt.empty(), OptionalInt.of(1)), r.results().stream().map(c -> c.rankWithin(Grouping.REGION)).toList());
    assertEquals("the 3 cities of assessor A", r.results().get(0).reference().describe());
  }

  /**
   * One score per city: one reference set of all cities. Values 0.9 (very high, alone in its level:
   * Q1 = Q2 = Q3 = 0.9, so VH), 0.6 and 0.5 (high: type 7 quartiles of {0.5, 0.6} are 0.525, 0.55,
   * 0.575, so 0.6 is HV and 0.5 is H1).
   */
  @Test
  void oneScorePerCityIsOneReferenceSet() {
    Results r = Results.of(List.of(score(X, "A", 9), score(Y, "B", 6), score(Z, "C", 5)));
    assertEquals(ReferenceSet.Basis.CITIES, r.basis());
    assertEquals("all 3 cities", r.referenceSets().get(0).describe());
    assertEquals(List.of(RatingClass.VH, RatingClass.HV, RatingClass.H1),
        r.results().stream().map(CityResult::ratingClass).toList());
    assertEquals(List.of(1, 2, 3), r.results().stream().map(CityResult::rank).toList());
  }
}
