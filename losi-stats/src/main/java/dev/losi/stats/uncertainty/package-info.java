/**
 * Rank and level uncertainty of a LOSI study: how a city's rank and level move when the choices behind
 * the published index are varied (assessor disagreement, denominator, reconstructed instrument fields,
 * criterion weights, country adjustments), by seeded Monte Carlo draws or by exact enumeration of small
 * cases, with variance-based sensitivity indices per source. Start at
 * {@link dev.losi.stats.uncertainty.RankUncertainty}; the sources and their models are documented on
 * {@link dev.losi.stats.uncertainty.Source}.
 *
 * @since 0.1.0
 */
package dev.losi.stats.uncertainty;
