package dev.losi.core.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.level.RatingClassifier.Classification;
import dev.losi.core.level.RatingClassifier.Quartiles;
import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the UN E-Government Survey 2024 EGDI groups from the published EGDI values
 * ({@code egdi_2024_countries.csv} of losi-test-fixtures, a copy of the UN's EGOV_DATA_2024.csv).
 *
 * <p>Sources of the expected numbers: group sizes 76/62/44/11 and the type-7 quartile cuts are given in
 * {@code shared/reference/losi-methodology.md} section 1.2 and 3 (computed from the data in that research);
 * Togo's class M2 is quoted from the 2024 Technical Appendix; the ranks are the UN's own published
 * {@code egdi_rank} column, an independent check of competition ranking.
 */
class Egdi2024ReproductionTest {

  private static final Path DATA = ReferenceData.path(ReferenceData.EGDI_2024);
  private static final List<String> countries = new ArrayList<>();
  private static double[] egdi;
  private static int[] publishedRank;

  @BeforeAll
  static void read() throws IOException {
    List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    int country = header.indexOf("country");
    int value = header.indexOf("egdi");
    int rank = header.indexOf("egdi_rank");
    List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    egdi = new double[rows.size()];
    publishedRank = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i).split(",", -1); // no quoted commas in this file's first columns
      countries.add(f[country]);
      egdi[i] = Double.parseDouble(f[value]);
      publishedRank[i] = Integer.parseInt(f[rank]);
    }
  }

  @Test
  void groupSizesMatchTheSurvey() {
    assertEquals(193, egdi.length);
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (Classification c : RatingClassifier.classify(egdi)) {
      counts.merge(c.level(), 1, Integer::sum);
    }
    assertEquals(76, counts.get(Level.VERY_HIGH));
    assertEquals(62, counts.get(Level.HIGH));
    assertEquals(44, counts.get(Level.MIDDLE));
    assertEquals(11, counts.get(Level.LOW));
  }

  @Test
  void togoIsM2() {
    int togo = countries.indexOf("Togo");
    assertEquals(0.39198, egdi[togo]);
    Classification c = RatingClassifier.classify(egdi).get(togo);
    assertEquals(Level.MIDDLE, c.level());
    assertEquals(RatingClass.M2, c.ratingClass());
  }

  @Test
  void quartileCutsMatchTheResearchNotes() {
    Map<Level, Quartiles> q = RatingClassifier.quartilesByLevel(egdi);
    assertCuts(q.get(Level.VERY_HIGH), 0.8101, 0.8619, 0.9152);
    assertCuts(q.get(Level.HIGH), 0.5639, 0.6323, 0.6769);
    assertCuts(q.get(Level.MIDDLE), 0.3067, 0.3963, 0.4468);
    assertCuts(q.get(Level.LOW), 0.1522, 0.2083, 0.2217);
  }

  @Test
  void competitionRanksEqualTheUnsPublishedRanks() {
    int[] rank = Ranking.competition(egdi);
    for (int i = 0; i < egdi.length; i++) {
      assertEquals(publishedRank[i], rank[i], countries.get(i));
    }
  }

  @Test
  void eachLevelSplitsIntoFourNearlyEqualClasses() {
    Map<RatingClass, Integer> counts = new EnumMap<>(RatingClass.class);
    for (Classification c : RatingClassifier.classify(egdi)) {
      counts.merge(c.ratingClass(), 1, Integer::sum);
    }
    // 76 very high countries: type-7 quartiles of 76 distinct values put 19 in each class.
    assertEquals(19, counts.get(RatingClass.VH));
    assertEquals(19, counts.get(RatingClass.V1));
  }

  private static void assertCuts(Quartiles q, double q1, double q2, double q3) {
    assertEquals(q1, q.q1(), 5e-5);
    assertEquals(q2, q.q2(), 5e-5);
    assertEquals(q3, q.q3(), 5e-5);
  }
}
