package dev.losi.stats.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.level.Level;
import dev.losi.core.level.Ranking;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The exact mode against a second, independent enumeration written here: every combination of the
 * disputed answers (each assessor's answer equally likely), two denominators, the reconstructed scope of #3
 * flipped or not and adjustments on or off is built as real consensus assessments and instrument variants
 * and scored by losi-core's {@link Scorer} (the slow path), then ranked by {@link Ranking#competition}. The
 * property runs the same comparison on random studies: the fast path equals Scorer.
 */
class ExactEnumerationTest {

  private static final double[] DENOMINATORS = {8, 10};

  @Test
  void exactModeEqualsBruteForceOverScorer() {
    RankUncertainty.Result r = RankUncertainty.defaults().withExact(true).withThreads(2).withTopK(3)
        .withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR, Source.RECONSTRUCTED, Source.ADJUSTMENTS))
        .withDenominators(List.of(8.0, 10.0))
        .analyse(StudyFixture.INSTRUMENT, StudyFixture.STUDY, StudyFixture.ADJUSTMENTS);
    Brute b = brute(StudyFixture.STUDY);
    assertEquals(7, r.disputedItems());
    assertEquals(b.combinations, r.combinations());
    assertEquals(r.combinations(), r.modelRuns());
    assertTrue(agree(r, b, 3) >= 3, "the fixture must move ranks, or the comparison proves little");
  }

  /**
   * The fast path (fixed points from losi-core's CompiledInstrument plus the variable indicators) equals the
   * slow path (consensus assessments scored by Scorer) on random studies, in every combination.
   */
  @Property(tries = 25)
  void fastPathEqualsScorerOnRandomStudies(@ForAll long answers) {
    java.util.Random rnd = new java.util.Random(answers);
    String letters = "PSA"; // not N: ABSENT against NA is no dispute for the engine, but differs for brute()
    List<Assessment> study = new ArrayList<>();
    int cities = 2 + rnd.nextInt(3);
    for (int c = 0; c < cities; c++) {
      int assessors = 1 + rnd.nextInt(3);
      char[] first = new char[8];
      for (int i = 0; i < 8; i++) {
        first[i] = letters.charAt(rnd.nextInt(letters.length()));
      }
      for (int a = 0; a < assessors; a++) {
        char[] mine = first.clone();
        for (int i = 0; i < 8; i++) {
          if (a > 0 && rnd.nextInt(8) == 0) {
            mine[i] = letters.charAt(rnd.nextInt(letters.length()));
          }
        }
        study.add(StudyFixture.assess("X" + c, c % 2 == 0 ? "BRA" : "ARG", "r" + a, new String(mine)));
      }
    }
    Brute b = brute(study);
    Assume.that(b.combinations <= 50_000);
    RankUncertainty.Result r = RankUncertainty.defaults().withExact(true).withThreads(1).withTopK(3)
        .withSources(EnumSet.of(Source.DISAGREEMENT, Source.DENOMINATOR, Source.RECONSTRUCTED, Source.ADJUSTMENTS))
        .withDenominators(List.of(8.0, 10.0))
        .analyse(StudyFixture.INSTRUMENT, study, StudyFixture.ADJUSTMENTS);
    assertEquals(b.combinations, r.combinations());
    agree(r, b, 3);
  }

  /** Asserts that the result equals the brute force; returns the number of cities whose rank moves. */
  private static int agree(RankUncertainty.Result r, Brute b, int top) {
    assertEquals(top, r.topK());
    // Both sides add the same n = combinations terms, in different orders. Recursive summation of n terms has
    // a relative error of at most (n - 1) u, u = 2^-53 (Higham, Accuracy and Stability of Numerical
    // Algorithms, 2nd ed., section 4.2), so two such sums of one mean differ by at most 2 (n - 1) u times it.
    // At 50,000 combinations and a mean rank of 4 that is 4.4e-11; a fixed 1e-12 failed on some samples.
    double perUnit = Math.max(1e-12, 2.0 * (b.combinations - 1) * 0x1p-53);
    int uncertain = 0;
    for (RankUncertainty.CityUncertainty c : r.cities()) {
      int k = b.ids.indexOf(c.city().id());
      for (Level l : Level.values()) {
        assertEquals(b.level[k][l.ordinal()], c.levelProbabilities().get(l), perUnit, c.city().id() + " " + l);
      }
      assertEquals(b.quantile(k, 0.5), c.medianRank(), c.city().id());
      assertEquals(b.quantile(k, 0.05), c.rankLow(), c.city().id());
      assertEquals(b.quantile(k, 0.95), c.rankHigh(), c.city().id());
      assertEquals(b.top3[k], c.topProbability(), perUnit, c.city().id());
      assertEquals(b.meanRank[k], c.meanRank(), perUnit * Math.max(1, b.meanRank[k]), c.city().id());
      uncertain += c.rankLow() < c.rankHigh() ? 1 : 0;
    }
    return uncertain;
  }

  /** The independent enumeration. */
  static final class Brute {
    final List<String> ids = new ArrayList<>();
    double[][] level;
    double[][] rank;
    double[] top3;
    double[] meanRank;
    long combinations;

    int quantile(int city, double q) {
      double cum = 0;
      for (int r = 1; r < rank[city].length; r++) {
        cum += rank[city][r];
        if (cum >= q - 1e-9 && rank[city][r] > 0) {
          return r;
        }
      }
      throw new AssertionError();
    }
  }

  static Brute brute(List<Assessment> study) {
    Map<String, List<Assessment>> byCity = new TreeMap<>();
    for (Assessment a : study) {
      byCity.computeIfAbsent(a.city().id(), x -> new ArrayList<>()).add(a);
    }
    Brute b = new Brute();
    b.ids.addAll(byCity.keySet());
    int n = b.ids.size();
    // Disputed (city, indicator): the assessors' responses differ.
    List<int[]> disputed = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      List<Assessment> as = byCity.get(b.ids.get(c));
      for (int i = 0; i < 8; i++) {
        String code = "#" + (i + 1);
        for (Assessment a : as) {
          if (!a.response(code).equals(as.get(0).response(code))) {
            disputed.add(new int[] {c, i, as.size()});
            break;
          }
        }
      }
    }
    b.level = new double[n][4];
    b.rank = new double[n][n + 1];
    b.top3 = new double[n];
    b.meanRank = new double[n];
    long combos = 1;
    for (int[] d : disputed) {
      combos *= d[2];
    }
    combos *= 2 * 2 * 2;
    b.combinations = combos;
    Map<Integer, Scorer> scorers = new java.util.HashMap<>();
    for (int v = 0; v < 8; v++) {
      Instrument base = StudyFixture.instrument((v & 2) != 0 ? ChannelScope.CHANNEL_INDEPENDENT : ChannelScope.MGP_SPECIFIC, 1);
      Instrument ins = Instrument.builder().from(base).declaredMaximum(DENOMINATORS[v & 1]).build();
      scorers.put(v, Scorer.of(ins).withAdjustments((v & 4) == 0 ? StudyFixture.ADJUSTMENTS : List.of()));
    }
    for (long j = 0; j < combos; j++) {
      long rest = j;
      int[] choice = new int[disputed.size()];
      double p = 1;
      for (int k = 0; k < choice.length; k++) {
        choice[k] = (int) (rest % disputed.get(k)[2]);
        rest /= disputed.get(k)[2];
        p /= disputed.get(k)[2];
      }
      // Remaining digits: denominator (8 or 10), #3 flipped or not, adjustments on (0) or off (1).
      Scorer scorer = scorers.get((int) rest);
      p /= 8;
      double[] score = new double[n];
      for (int c = 0; c < n; c++) {
        List<Assessment> as = byCity.get(b.ids.get(c));
        List<Response> rs = new ArrayList<>(as.get(0).responses());
        for (int k = 0; k < choice.length; k++) {
          if (disputed.get(k)[0] == c) {
            int i = disputed.get(k)[1];
            rs.set(i, as.get(choice[k]).response("#" + (i + 1)).orElseThrow());
          }
        }
        CityScore s = scorer.score(Assessment.builder().from(as.get(0)).responses(rs).build());
        score[c] = s.adjusted().map(x -> x.score().value()).orElse(s.standard().value());
      }
      int[] rk = Ranking.competition(score);
      for (int c = 0; c < n; c++) {
        b.level[c][Level.of(score[c]).ordinal()] += p;
        b.rank[c][rk[c]] += p;
        b.meanRank[c] += p * rk[c];
        if (rk[c] <= 3) {
          b.top3[c] += p;
        }
      }
    }
    return b;
  }
}
