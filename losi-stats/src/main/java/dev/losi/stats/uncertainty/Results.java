package dev.losi.stats.uncertainty;

import dev.losi.core.level.Level;
import dev.losi.stats.Estimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns the merged tally into the public result: quantiles, probabilities, indices, Spearman summary. */
final class Results {

  private Results() {}

  static RankUncertainty.Result of(RankUncertainty o, CompiledStudy s, Source[] active, double[] pointScore,
      int[] pointRank, Level[] pointLevel, Tally t, double[] rho, double[] rhoWeight, int draws,
      long combinations, long runs) {
    List<RankUncertainty.CityUncertainty> cities = new ArrayList<>();
    double w = t.weight;
    for (int c = 0; c < s.cityCount; c++) {
      Map<Level, Double> levels = new EnumMap<>(Level.class);
      for (Level l : Level.values()) {
        levels.put(l, t.levelWeight[c][l.ordinal()] / w);
      }
      Map<Source, Estimate> first = new EnumMap<>(Source.class);
      Map<Source, Estimate> total = new EnumMap<>(Source.class);
      if (t.sums != null) {
        for (int i = 0; i < active.length; i++) {
          first.put(active[i], t.sums[c].firstOrder(i));
          total.put(active[i], t.sums[c].total(i));
        }
      }
      double[] hist = t.rankWeight[c];
      cities.add(new RankUncertainty.CityUncertainty(s.cities[c], s.assessors[c], pointScore[c], pointLevel[c],
          pointRank[c], t.rankSum[c] / w, quantile(hist, 0.5, w), quantile(hist, 0.05, w), quantile(hist, 0.95, w),
          levels, t.topWeight[c] / w, t.changeWeight[c] / w, first, total));
    }
    cities.sort(Comparator.comparingInt(RankUncertainty.CityUncertainty::pointRank)
        .thenComparing(x -> x.city().id()));
    List<RankUncertainty.CityUncertainty> changes = cities.stream()
        .filter(x -> x.levelChangeProbability() > RankUncertainty.LEVEL_CHANGE_THRESHOLD)
        .sorted(Comparator.comparingDouble(RankUncertainty.CityUncertainty::levelChangeProbability).reversed()
            .thenComparing(x -> x.city().id()))
        .toList();
    return new RankUncertainty.Result(draws, o.s.seed, o.s.exact, combinations, runs, Arrays.asList(active),
        s.disputedItems(), o.s.topK, cities, distribution(rho, rhoWeight), changes);
  }

  /** The smallest rank r whose cumulative weight reaches q * total (with a 1e-9 relative allowance for rounding). */
  static int quantile(double[] weightByRank, double q, double total) {
    double target = q * total - 1e-9 * total;
    double cum = 0;
    for (int r = 1; r < weightByRank.length; r++) {
      cum += weightByRank[r];
      if (cum >= target && weightByRank[r] > 0 || cum >= total) {
        return r;
      }
    }
    return weightByRank.length - 1;
  }

  static RankUncertainty.Distribution distribution(double[] value, double[] weight) {
    int n = 0;
    for (double v : value) {
      n += Double.isNaN(v) ? 0 : 1;
    }
    if (n == 0) {
      return new RankUncertainty.Distribution(0, value.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN);
    }
    double[][] pairs = new double[n][];
    int k = 0;
    double total = 0;
    double sum = 0;
    for (int j = 0; j < value.length; j++) {
      if (!Double.isNaN(value[j])) {
        pairs[k++] = new double[] {value[j], weight[j]};
        total += weight[j];
        sum += weight[j] * value[j];
      }
    }
    Arrays.sort(pairs, Comparator.comparingDouble(p -> p[0]));
    return new RankUncertainty.Distribution(n, value.length - n, sum / total, pick(pairs, 0.05, total),
        pick(pairs, 0.5, total), pick(pairs, 0.95, total), pairs[0][0], pairs[n - 1][0]);
  }

  private static double pick(double[][] sorted, double q, double total) {
    double target = q * total - 1e-9 * total;
    double cum = 0;
    for (double[] p : sorted) {
      cum += p[1];
      if (cum >= target && p[1] > 0) {
        return p[0];
      }
    }
    return sorted[sorted.length - 1][0];
  }
}
