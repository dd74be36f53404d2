/**
 * Country adjustments as rules, their checks against an instrument, and their resolution per city.
 *
 * <p>{@link dev.losi.core.adjustment.AdjustmentRule} is the sealed type of the four kinds of
 * {@link dev.losi.core.CountryAdjustment}; {@link dev.losi.core.adjustment.AdjustmentSet} checks a set of
 * adjustments against an instrument and resolves, per city, the {@link dev.losi.core.adjustment.Resolution}
 * that applies, with a cache bounded by the distinct sets of adjustments that apply (not by the number of
 * cities).
 *
 * @since 0.1.0
 */
package dev.losi.core.adjustment;
