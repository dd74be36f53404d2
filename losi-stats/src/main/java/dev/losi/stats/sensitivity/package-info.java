/**
 * Variance-based global sensitivity analysis: first-order indices by the Saltelli (2010) estimator
 * ({@link dev.losi.stats.sensitivity.SaltelliFirstOrder}), total indices by the Jansen (1999) estimator
 * ({@link dev.losi.stats.sensitivity.JansenTotal}), and a seeded driver that builds the A, B and
 * A<sub>B</sub><sup>(i)</sup> sample matrices and runs a model over them
 * ({@link dev.losi.stats.sensitivity.VarianceBasedSensitivity}).
 *
 * <p>Reference: A. Saltelli, M. Ratto, T. Andres, F. Campolongo, J. Cariboni, D. Gatelli, M. Saisana,
 * S. Tarantola (2008), <em>Global Sensitivity Analysis: The Primer</em>, Wiley, chapter 4.
 *
 * @since 0.1.0
 */
package dev.losi.stats.sensitivity;
