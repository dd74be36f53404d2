package dev.losi.stats.sensitivity;

import dev.losi.stats.Estimate;

/**
 * The first-order (main-effect) variance-based sensitivity index of one factor (or group of factors) by
 * the Saltelli (2010) estimator.
 *
 * <h2>Formula</h2>
 * With N base samples, {@code A} and {@code B} two independent N-row sample matrices of the factors and
 * {@code A_B(i)} the matrix {@code A} with the columns of factor {@code i} taken from {@code B}:
 * <pre>
 *   V_i  = (1/N) sum_j f(B)_j * (f(A_B(i))_j - f(A)_j)
 *   S_i  = V_i / V          V = variance of the 2N outputs f(A), f(B) pooled (divisor 2N - 1)
 *   se(S_i) = sd(t) / (sqrt(N) * V)   with t_j = f(B)_j * (f(A_B(i))_j - f(A)_j)
 * </pre>
 * The standard error treats {@code V} as known (it is estimated from 2N outputs and its own error is
 * of a smaller order); a Monte Carlo estimate is within about 3 standard errors of the true index. The
 * estimate can fall slightly below 0 or above 1 for small N; it is not clipped.
 *
 * <p>Model runs: {@code f(A)}, {@code f(B)} and {@code f(A_B(i))}, N each; for k factors N(k + 2) runs in
 * all give every first-order and total index.
 *
 * <p>Reference: A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola (2010),
 * "Variance based sensitivity analysis of model output. Design and estimator for the total sensitivity
 * index", <em>Computer Physics Communications</em> 181(2), 259-270, Table 2 (b).
 *
 * @since 0.1.0
 */
public final class SaltelliFirstOrder {

  private SaltelliFirstOrder() {}

  /**
   * The first-order index of factor {@code i} with its standard error, or undefined when the output does
   * not vary.
   *
   * @param fA outputs on the rows of {@code A}
   * @param fB outputs on the rows of {@code B}
   * @param fABi outputs on the rows of {@code A_B(i)}
   * @return {@code S_i = V_i / V} (see the class documentation), with its standard error; not clipped to [0, 1]
   * @throws IllegalArgumentException if the arrays differ in length or have fewer than 2 samples
   */
  public static Estimate estimate(double[] fA, double[] fB, double[] fABi) {
    Terms.check(fA, fB, fABi);
    return estimate(fA, fB, fABi, Terms.pooledVariance(fA, fB));
  }

  static Estimate estimate(double[] fA, double[] fB, double[] fABi, double variance) {
    if (!(variance > 0)) {
      return Estimate.undefined("first_order", "the output does not vary over the samples");
    }
    double[] t = new double[fA.length];
    for (int j = 0; j < t.length; j++) {
      t[j] = fB[j] * (fABi[j] - fA[j]);
    }
    double[] m = Terms.meanAndStandardError(t);
    return Estimate.builder("first_order", m[0] / variance).standardError(m[1] / variance).build();
  }
}
