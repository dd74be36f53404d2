package dev.losi.stats.uncertainty;

import dev.losi.stats.internal.Streams;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Fills a {@link Draw} from one stream seed per source on, each source reading only its own stream, as
 * {@link Source} documents. Thread-safe (no state besides the immutable study and options).
 */
final class Sampler {

  private final CompiledStudy s;
  private final Source[] active;
  private final double[] denominators;
  private final WeightScheme scheme;
  private final double[] dirichletShape; // kappa * pi_c, 0 for criteria without weight
  private final double[] equalShares;

  Sampler(CompiledStudy study, Source[] active, double[] denominators, WeightScheme scheme, double concentration) {
    this.s = study;
    this.active = active.clone();
    this.denominators = denominators.clone();
    this.scheme = scheme;
    this.dirichletShape = new double[study.criteria];
    this.equalShares = new double[study.criteria];
    int used = 0;
    for (int i = 0; i < study.size; i++) {
      dirichletShape[study.criterion[i]] += study.weight[i];
    }
    for (double w : dirichletShape) {
      used += w > 0 ? 1 : 0;
    }
    for (int c = 0; c < study.criteria; c++) {
      equalShares[c] = dirichletShape[c] > 0 ? 1.0 / used : 0;
      dirichletShape[c] = concentration * dirichletShape[c] / study.totalWeight;
    }
  }

  /** The equal criterion shares 1/C (0 for a criterion without indicators). */
  double[] equalShares() {
    return equalShares;
  }

  void sample(long[] seeds, Draw d) {
    d.reset();
    for (int f = 0; f < active.length; f++) {
      UniformRandomProvider rng = Streams.stream(seeds[f]);
      switch (active[f]) {
        case DISAGREEMENT -> {
          for (int item = 0; item < d.choice.length; item++) {
            d.choice[item] = choose(s.itemCumulative[item], rng.nextDouble());
          }
        }
        case DENOMINATOR -> d.denominator = denominators[rng.nextInt(denominators.length)];
        case RECONSTRUCTED -> {
          for (int k = 0; k < d.flipped.length; k++) {
            d.flipped[k] = rng.nextDouble() < s.callProbability[k];
          }
        }
        case WEIGHTS -> d.shares = scheme == WeightScheme.EQUAL_CRITERIA
            ? (rng.nextBoolean() ? equalShares : null)
            : dirichlet(rng);
        case ADJUSTMENTS -> d.adjustments = rng.nextBoolean();
      }
    }
  }

  static int choose(double[] cumulative, double u) {
    int a = 0;
    while (a < cumulative.length - 1 && u >= cumulative[a]) {
      a++;
    }
    return a;
  }

  private double[] dirichlet(UniformRandomProvider rng) {
    double[] g = new double[dirichletShape.length];
    double sum = 0;
    for (int c = 0; c < g.length; c++) {
      if (dirichletShape[c] > 0) {
        g[c] = GammaDistribution.of(dirichletShape[c], 1).createSampler(rng).sample();
        sum += g[c];
      }
    }
    for (int c = 0; c < g.length; c++) {
      g[c] = sum > 0 ? g[c] / sum : equalShares[c];
    }
    return g;
  }
}
