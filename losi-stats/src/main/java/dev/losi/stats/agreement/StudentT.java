package dev.losi.stats.agreement;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Student's t with {@code df} degrees of freedom and its 0.975 quantile, remembered for the last
 * {@code df} asked for: a report of many groups of one size (the per-city views of a review) asks for the
 * same quantile thousands of times. Immutable; the cache is one volatile reference, so it is thread-safe.
 */
final class StudentT {
  private static volatile StudentT last;

  final int df;
  final TDistribution distribution;
  final double quantile975;
  /** The interval method of the family with these degrees of freedom. */
  final String method;

  private StudentT(int df) {
    this.df = df;
    this.method = "linearised variance (Gwet 2008), t with " + df + " df, upper bound capped at 1";
    this.distribution = TDistribution.of(df);
    this.quantile975 = distribution.inverseSurvivalProbability(0.025);
  }

  static StudentT of(int df) {
    StudentT t = last;
    if (t == null || t.df != df) {
      t = new StudentT(df);
      last = t;
    }
    return t;
  }
}
