/**
 * Statistics for LOSI studies. This package holds the result types shared by the subpackages:
 * {@link dev.losi.stats.Estimate} (a value that may be undefined, with optional standard error,
 * confidence interval and p-value) and {@link dev.losi.stats.ConfidenceInterval}.
 */
@ValueStyle
package dev.losi.stats;

import dev.losi.core.internal.ValueStyle;
