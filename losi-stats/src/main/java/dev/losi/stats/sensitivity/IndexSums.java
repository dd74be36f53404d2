package dev.losi.stats.sensitivity;

import dev.losi.stats.Estimate;

/**
 * The running sums from which the Saltelli (2010) first-order and Jansen (1999) total indices of one
 * output and k factors are computed, for designs too large to keep every output: add one row of
 * f(A), f(B) and f(A_B(i)) at a time and merge partial sums. Sums of whole-number outputs (ranks, say)
 * are exact in double up to 2^53, so merged results then do not depend on the order of rows or merges.
 *
 * <p>The estimates are those of {@link SaltelliFirstOrder} and {@link JansenTotal}; the pooled variance is
 * computed from the sums as {@code (S2 - S1^2 / 2N) / (2N - 1)}. Mutable and not thread-safe: one per
 * thread, then {@link #merge}.
 *
 * @since 0.1.0
 */
public final class IndexSums {

  private final int factors;
  private long rows;
  private double sum;
  private double sumSquares;
  private final double[] first;
  private final double[] firstSquares;
  private final double[] total;
  private final double[] totalSquares;

  /**
   * Empty sums for {@code factors} factors.
   *
   * @param factors the number of factors k, at least 1
   */
  public IndexSums(int factors) {
    this.factors = factors;
    this.first = new double[factors];
    this.firstSquares = new double[factors];
    this.total = new double[factors];
    this.totalSquares = new double[factors];
  }

  /** {@return the number of rows added} */
  public long rows() {
    return rows;
  }

  /**
   * Adds one row of the design.
   *
   * @param fA the output on row j of A
   * @param fB the output on row j of B
   * @param fAB the outputs on row j of A_B(i), one per factor
   */
  public void add(double fA, double fB, double[] fAB) {
    rows++;
    sum += fA + fB;
    sumSquares += fA * fA + fB * fB;
    for (int i = 0; i < factors; i++) {
      double t = fB * (fAB[i] - fA);
      first[i] += t;
      firstSquares[i] += t * t;
      double d = fA - fAB[i];
      double u = 0.5 * d * d;
      total[i] += u;
      totalSquares[i] += u * u;
    }
  }

  /**
   * Adds another set of sums (of the same factors) to this one.
   *
   * @param o sums over other rows of the same design; unchanged
   */
  public void merge(IndexSums o) {
    rows += o.rows;
    sum += o.sum;
    sumSquares += o.sumSquares;
    for (int i = 0; i < factors; i++) {
      first[i] += o.first[i];
      firstSquares[i] += o.firstSquares[i];
      total[i] += o.total[i];
      totalSquares[i] += o.totalSquares[i];
    }
  }

  /** {@return the pooled variance of f(A) and f(B); 0 with fewer than 2 rows} */
  public double variance() {
    if (rows < 2) {
      return 0;
    }
    double n2 = 2.0 * rows;
    return Math.max(0, (sumSquares - sum * sum / n2) / (n2 - 1));
  }

  /**
   * {@return the first-order index of factor i, as {@link SaltelliFirstOrder} (undefined when the output does not vary)}
   *
   * @param i a 0-based factor index
   */
  public Estimate firstOrder(int i) {
    return estimate("first_order", first[i], firstSquares[i]);
  }

  /**
   * {@return the total index of factor i, as {@link JansenTotal} (undefined when the output does not vary)}
   *
   * @param i a 0-based factor index
   */
  public Estimate total(int i) {
    return estimate("total", total[i], totalSquares[i]);
  }

  private Estimate estimate(String name, double s1, double s2) {
    double v = variance();
    if (rows < 2) {
      return Estimate.undefined(name, "needs at least 2 base samples");
    }
    if (!(v > 0)) {
      return Estimate.undefined(name, "the output does not vary over the samples");
    }
    double mean = s1 / rows;
    double var = Math.max(0, (s2 - s1 * s1 / rows) / (rows - 1));
    return Estimate.builder(name, mean / v).standardError(Math.sqrt(var / rows) / v).build();
  }
}
