package dev.losi.stats.sensitivity;

import dev.losi.stats.internal.Moments;

/** Shared arithmetic of the estimators: checks, the pooled output variance, mean and standard error of terms. */
final class Terms {

  private Terms() {}

  static void check(double[] a, double[] b, double[] ab) {
    if (a.length != b.length || a.length != ab.length) {
      throw new IllegalArgumentException("need f(A), f(B) and f(A_B) of one length, got " + a.length + ", "
          + b.length + " and " + ab.length);
    }
    if (a.length < 2) {
      throw new IllegalArgumentException("need at least 2 base samples, got " + a.length);
    }
  }

  /** The variance of the 2N outputs f(A) and f(B) pooled (divisor 2N - 1), computed in two passes. */
  static double pooledVariance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] + b[j];
    }
    double mean = sum / (2.0 * a.length);
    double ss = 0;
    for (int j = 0; j < a.length; j++) {
      double x = a[j] - mean;
      double y = b[j] - mean;
      ss += x * x + y * y;
    }
    return ss / (2.0 * a.length - 1);
  }

  /** {mean, standard error of the mean} of the terms. */
  static double[] meanAndStandardError(double[] terms) {
    double mean = Moments.mean(terms);
    double ss = Moments.sumOfSquares(terms, mean);
    return new double[] {mean, Math.sqrt(ss / (terms.length - 1) / terms.length)};
  }
}
