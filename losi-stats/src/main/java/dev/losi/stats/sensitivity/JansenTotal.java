package dev.losi.stats.sensitivity;

import dev.losi.stats.Estimate;

/**
 * The total-effect variance-based sensitivity index of one factor (or group of factors) by the Jansen
 * (1999) estimator: the share of the output variance that would remain if every other factor were fixed.
 *
 * <h2>Formula</h2>
 * With the matrices of {@link SaltelliFirstOrder}:
 * <pre>
 *   VT_i = (1/(2N)) sum_j (f(A)_j - f(A_B(i))_j)^2
 *   ST_i = VT_i / V         V = variance of the 2N outputs f(A), f(B) pooled (divisor 2N - 1)
 *   se(ST_i) = sd(t) / (sqrt(N) * V)   with t_j = (f(A)_j - f(A_B(i))_j)^2 / 2
 * </pre>
 * {@code ST_i >= S_i}; the difference is the share of variance due to interactions of factor {@code i}.
 *
 * <p>References: M. J. W. Jansen (1999), "Analysis of variance designs for model output", <em>Computer
 * Physics Communications</em> 117, 35-43; recommended in A. Saltelli et al. (2010), <em>Computer Physics
 * Communications</em> 181(2), 259-270, Table 2 (f).
 *
 * @since 0.1.0
 */
public final class JansenTotal {

  private JansenTotal() {}

  /**
   * The total index of factor {@code i} with its standard error, or undefined when the output does not vary.
   *
   * @param fA outputs on the rows of {@code A}
   * @param fB outputs on the rows of {@code B} (used for the variance)
   * @param fABi outputs on the rows of {@code A_B(i)}
   * @return {@code ST_i = VT_i / V} (see the class documentation), with its standard error
   * @throws IllegalArgumentException if the arrays differ in length or have fewer than 2 samples
   */
  public static Estimate estimate(double[] fA, double[] fB, double[] fABi) {
    Terms.check(fA, fB, fABi);
    return estimate(fA, fABi, Terms.pooledVariance(fA, fB));
  }

  static Estimate estimate(double[] fA, double[] fABi, double variance) {
    if (!(variance > 0)) {
      return Estimate.undefined("total", "the output does not vary over the samples");
    }
    double[] t = new double[fA.length];
    for (int j = 0; j < t.length; j++) {
      double d = fA[j] - fABi[j];
      t[j] = 0.5 * d * d;
    }
    double[] m = Terms.meanAndStandardError(t);
    return Estimate.builder("total", m[0] / variance).standardError(m[1] / variance).build();
  }
}
