package dev.losi.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.City;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClass;
import dev.losi.core.scoring.AnswerCounts;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link Results} against the definitions, by exact enumeration, on the small path and on the fork-join path
 * ({@link Results#PARALLEL_SCORES} scores or more; there 400 rows drawn at random are checked): within each reference set (one per assessor when a city has
 * several scores, else all cities), a result's rank is 1 plus the number of scores of the set with a greater
 * LOSI; its rank within country, region and size class is 1 plus the number greater among those of the set in
 * the same group (none when the city states no group); its rating class is its level with the quartile of its
 * value among the set's values of that level, by Hyndman and Fan's type 7 quantile
 * {@code x[lo] + (h - lo)(x[lo + 1] - x[lo])}, {@code h = (m - 1) p}, written out here.
 */
class ResultsProperties {

  private static final String[] COUNTRIES = {"BRA", "JOR", "TUN", "IND"};
  private static final String[] REGIONS = {"North", "South", "East"};
  private static final String[] SIZES = {"small", "medium", "large"};

  @Property(tries = 12)
  void resultsMatchTheDefinitionsByEnumeration(@ForAll long seed) {
    Random rnd = new Random(seed);
    boolean large = rnd.nextBoolean();
    int cities = large ? Results.PARALLEL_SCORES + rnd.nextInt(500) : 1 + rnd.nextInt(60);
    boolean onePerCity = rnd.nextInt(3) == 0;
    int maximum = 1 + rnd.nextInt(95);
    List<CityScore> scores = new ArrayList<>();
    for (int c = 0; c < cities; c++) {
      City.Builder b = City.builder().id("C" + c).name("City " + c).country(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
      if (rnd.nextBoolean()) {
        b.region(REGIONS[rnd.nextInt(REGIONS.length)]);
      }
      if (rnd.nextBoolean()) {
        b.sizeClass(SIZES[rnd.nextInt(SIZES.length)]);
      }
      City city = b.build();
      int assessors = onePerCity ? 1 : 1 + rnd.nextInt(3);
      for (int a = 0; a < assessors; a++) {
        String who = onePerCity ? "X" + rnd.nextInt(3) : String.valueOf((char) ('A' + a));
        scores.add(new CityScore(city, who, "T", new Score(rnd.nextInt(maximum + 1), maximum), Map.of(), Map.of(),
            new AnswerCounts(maximum, 0, 0, 0, 0), List.of(), List.of(), Optional.empty(), Optional.empty()));
      }
    }
    boolean several = scores.size() > cities;
    Results results = Results.of(scores);
    assertEquals(several ? ReferenceSet.Basis.EACH_ASSESSOR : ReferenceSet.Basis.CITIES, results.basis());
    assertEquals(scores.size(), results.size());
    Map<String, List<CityScore>> sets = new HashMap<>();
    for (CityScore t : scores) {
      sets.computeIfAbsent(several ? t.assessorId() : "", k -> new ArrayList<>()).add(t);
    }
    // every row of a small input; 400 rows drawn at random of a large one (enumeration is quadratic)
    for (int k = 0; k < (large ? 400 : scores.size()); k++) {
      int i = large ? rnd.nextInt(scores.size()) : k;
      CityScore s = scores.get(i);
      CityResult r = results.results().get(i);
      assertEquals(s, r.score());
      List<CityScore> set = sets.get(several ? s.assessorId() : "");
      assertEquals(set.size(), r.reference().size());
      assertEquals(1 + greater(set, s, null), r.rank(), "rank of row " + i);
      for (Grouping g : Grouping.values()) {
        OptionalInt expected = g.groupOf(s.city()).isEmpty() ? OptionalInt.empty()
            : OptionalInt.of(1 + greater(set, s, g));
        assertEquals(expected, r.rankWithin(g), g + " rank of row " + i);
      }
      assertEquals(ratingClass(set, s.losi()), r.ratingClass(), "rating class of row " + i);
    }
  }

  /** The number of scores of {@code set} greater than {@code s}'s, among those in {@code s}'s group of {@code g}. */
  private static int greater(List<CityScore> set, CityScore s, Grouping g) {
    int n = 0;
    for (CityScore t : set) {
      if ((g == null || g.groupOf(t.city()).equals(g.groupOf(s.city()))) && t.losi() > s.losi()) {
        n++;
      }
    }
    return n;
  }

  private static RatingClass ratingClass(List<CityScore> set, double v) {
    Level level = Level.of(v);
    double[] x = set.stream().mapToDouble(CityScore::losi).filter(y -> Level.of(y) == level).sorted().toArray();
    int quartile = v >= type7(x, 0.75) ? 4 : v >= type7(x, 0.5) ? 3 : v >= type7(x, 0.25) ? 2 : 1;
    return RatingClass.of(level, quartile);
  }

  private static double type7(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    return lo + 1 >= sorted.length ? sorted[sorted.length - 1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
