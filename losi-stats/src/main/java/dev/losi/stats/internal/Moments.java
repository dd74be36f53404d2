package dev.losi.stats.internal;

/**
 * The sample mean and spread of a set of values, summed in array order (so a result is the same on every
 * run). Not API.
 *
 * @since 0.1.0
 */
public final class Moments {

  private Moments() {}

  /**
   * The arithmetic mean, {@code sum(v) / n}.
   *
   * @param v at least one value
   */
  public static double mean(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x;
    }
    return sum / v.length;
  }

  /**
   * The sum of squared deviations from a mean, {@code sum((v[i] - mean)^2)}.
   *
   * @param v the values
   * @param mean their mean ({@link #mean})
   */
  public static double sumOfSquares(double[] v, double mean) {
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return ss;
  }

  /**
   * The sample standard deviation with the {@code n - 1} denominator, {@code sqrt(sumOfSquares / (n - 1))}.
   *
   * @param v at least two values
   */
  public static double standardDeviation(double[] v) {
    return Math.sqrt(sumOfSquares(v, mean(v)) / (v.length - 1));
  }
}
