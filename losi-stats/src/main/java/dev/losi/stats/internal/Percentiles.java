package dev.losi.stats.internal;

/**
 * Percentiles of sorted samples. Not API.
 *
 * @since 0.1.0
 */
public final class Percentiles {

  private Percentiles() {}

  /**
   * The type-7 percentile (Hyndman and Fan 1996; R's default): {@code h = (n - 1) p},
   * {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}.
   *
   * @param sorted ascending, at least one value
   * @param p in [0, 1]
   */
  public static double type7(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
