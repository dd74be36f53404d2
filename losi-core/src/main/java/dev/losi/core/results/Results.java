package dev.losi.core.results;

import dev.losi.core.level.Ranking;
import dev.losi.core.level.RatingClassifier;
import dev.losi.core.results.ReferenceSet.Basis;
import dev.losi.core.scoring.CityScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The scores of many cities with their rating class, overall rank and ranks within country, region and
 * size class, computed once, each relative to a stated {@link ReferenceSet}.
 *
 * <h2>Reference sets</h2>
 * Ranks are over cities. When every city has one score ({@link Basis#CITIES}: consolidated assessments,
 * or a single assessor), all scores form one reference set. When some city was scored by several
 * assessors ({@link Basis#EACH_ASSESSOR}), each assessor's scores form their own reference set, in order
 * of first appearance: assessor A's 30 cities are ranked 1 to 30 among themselves, and never interleaved
 * with assessor B's rows (ranking 60 rows for 30 cities mixes the assessors, which is what the exports
 * did before 0.1.0). {@link #of(Collection)} picks the basis; {@link #perAssessor(Collection)} forces the
 * second.
 *
 * <h2>Method</h2>
 * Within each reference set, on the standard LOSI: levels with lower bounds 0.75, 0.50 and 0.25
 * inclusive; rating classes by the Hyndman–Fan type 7 quartiles of the values in each level; competition
 * ranks, highest first, ties sharing the best rank (1, 2, 2, 4); and the same competition ranks among
 * the cities of each country, region and size class ({@link RatingClassifier}, {@link Ranking}). An
 * assessor who scored one city twice (two dates) has both rows in the set.
 *
 * <pre>{@code
 * Results results = Results.of(scorer.scoreAll(assessments));
 * for (CityResult r : results.results()) {
 *   r.ratingClass(); r.rank(); r.rankInCountry(); r.reference().describe();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Results {

  private final Basis basis;
  private final List<CityResult> results;
  private final List<ReferenceSet> referenceSets;

  private Results(Basis basis, List<CityScore> scores) {
    this.basis = basis;
    // the rows of each reference set, as int arrays: counted first, then filled
    Map<Optional<String>, int[]> sets = new LinkedHashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      sets.computeIfAbsent(key(basis, scores.get(i)), k -> new int[1])[0]++;
    }
    sets.replaceAll((k, n) -> new int[n[0]]);
    Map<Optional<String>, int[]> filled = new HashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      Optional<String> key = key(basis, scores.get(i));
      sets.get(key)[filled.computeIfAbsent(key, k -> new int[1])[0]++] = i;
    }
    CityResult[] out = new CityResult[scores.size()];
    List<ReferenceSet> refs = new ArrayList<>();
    List<int[]> rowsOf = new ArrayList<>();
    List<double[]> valuesOf = new ArrayList<>();
    sets.forEach((assessor, rows) -> {
      refs.add(new ReferenceSet(basis, assessor, rows.length));
      rowsOf.add(rows);
      double[] values = new double[rows.length];
      for (int k = 0; k < values.length; k++) {
        values[k] = scores.get(rows[k]).losi();
      }
      valuesOf.add(values);
    });
    // Per reference set, its classification and its ranks within each grouping: each computed alone into a
    // place of its own, on the common fork-join pool when there are many scores; the same results either way.
    Grouping[] groupings = Grouping.values();
    int parts = 1 + groupings.length;
    @SuppressWarnings("unchecked")
    List<RatingClassifier.Classification>[] classified = new List[refs.size()];
    int[][][] within = new int[refs.size()][groupings.length][];
    IntStream tasks = IntStream.range(0, refs.size() * parts);
    (scores.size() >= PARALLEL_SCORES ? tasks.parallel() : tasks).forEach(t -> {
      int set = t / parts;
      int part = t % parts;
      if (part == groupings.length) {
        classified[set] = RatingClassifier.classify(valuesOf.get(set));
      } else {
        within[set][part] = ranksWithin(groupings[part], scores, rowsOf.get(set), valuesOf.get(set));
      }
    });
    for (int set = 0; set < refs.size(); set++) {
      int[] rows = rowsOf.get(set);
      List<RatingClassifier.Classification> cls = classified[set];
      for (int k = 0; k < rows.length; k++) {
        int[] ranks = new int[groupings.length];
        for (int g = 0; g < groupings.length; g++) {
          ranks[g] = within[set][g][k];
        }
        out[rows[k]] = new CityResult(scores.get(rows[k]), refs.get(set), cls.get(k).ratingClass(), cls.get(k).rank(),
            new RankMap(ranks));
      }
    }
    this.results = List.of(out);
    this.referenceSets = List.copyOf(refs);
  }

  /** From this many scores the reference sets' classifications and rankings are computed on several threads. */
  static final int PARALLEL_SCORES = 4096;

  private static Optional<String> key(Basis basis, CityScore s) {
    return basis == Basis.CITIES ? Optional.empty() : Optional.of(s.assessorId());
  }

  /** Ranks within the groups of one grouping; 0 for a city that states no group. */
  private static int[] ranksWithin(Grouping g, List<CityScore> scores, int[] rows, double[] values) {
    int[] known = new int[rows.length];
    int n = 0;
    List<String> groups = new ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      Optional<String> group = g.groupOf(scores.get(rows[k]).city());
      if (group.isPresent()) {
        known[n++] = k;
        groups.add(group.get());
      }
    }
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      v[j] = values[known[j]];
    }
    int[] r = Ranking.competitionWithin(v, groups);
    int[] rank = new int[rows.length];
    for (int j = 0; j < n; j++) {
      rank[known[j]] = r[j];
    }
    return rank;
  }

  /**
   * Classifies the scores: one reference set of all cities when each city has one score, else one per
   * assessor (see the class documentation).
   *
   * @param scores scores, in the order results are listed
   * @return the classified results, each with rating class and ranks
   */
  public static Results of(Collection<CityScore> scores) {
    List<CityScore> list = List.copyOf(scores);
    // one score per city? (sorted ids rather than a set: there may be millions)
    String[] ids = new String[list.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = list.get(i).city().id();
    }
    Arrays.sort(ids);
    boolean onePerCity = true;
    for (int i = 1; i < ids.length && onePerCity; i++) {
      onePerCity = !ids[i].equals(ids[i - 1]);
    }
    return new Results(onePerCity ? Basis.CITIES : Basis.EACH_ASSESSOR, list);
  }

  /**
   * Classifies the scores with one reference set per assessor, even when each city has one score.
   *
   * @param scores scores, in the order results are listed
   * @return the classified results, each with rating class and ranks
   */
  public static Results perAssessor(Collection<CityScore> scores) {
    return new Results(Basis.EACH_ASSESSOR, List.copyOf(scores));
  }

  /** {@return how the reference sets were formed} */
  public Basis basis() {
    return basis;
  }

  /** {@return the reference sets, in order of first appearance; empty when there are no scores} */
  public List<ReferenceSet> referenceSets() {
    return referenceSets;
  }

  /** {@return one result per score, in the order given} */
  public List<CityResult> results() {
    return results;
  }

  /** {@return the scores, in the order given} */
  public List<CityScore> scores() {
    return results.stream().map(CityResult::score).toList();
  }

  /** {@return the number of results} */
  public int size() {
    return results.size();
  }
}
