/**
 * Inter-rater agreement on general reliability data: units rated by any number of raters, with
 * missing ratings, on a typed {@link dev.losi.stats.agreement.Scale} of categories.
 *
 * <p>Entry points: build {@link dev.losi.stats.agreement.ReliabilityData} (or use
 * {@link dev.losi.stats.agreement.ReliabilityData#of(Scale, int[][])}), then call the coefficient
 * methods of {@link dev.losi.stats.agreement.Agreement}, or build an
 * {@link dev.losi.stats.agreement.AgreementReport} holding every coefficient at a
 * {@link dev.losi.stats.agreement.MeasurementLevel}. Krippendorff's alpha has a seeded, multi-core
 * unit bootstrap in {@link dev.losi.stats.agreement.KrippendorffAlpha}.
 *
 * <p>Every coefficient returns a {@link dev.losi.stats.Estimate}: undefined cases (one category
 * only, no unit with two ratings, expected agreement 1) are reported with their reason, never as
 * {@code NaN}. Coefficients that do not apply to a data set (Cohen's kappa for three raters) come
 * back as a {@link dev.losi.stats.agreement.CoefficientResult} that says why. The formulas,
 * references and inference methods are in {@code docs/agreement.md}.
 */
package dev.losi.stats.agreement;
