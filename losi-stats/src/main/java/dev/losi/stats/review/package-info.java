/**
 * The LOSI review workflow on assessments: agreement between a city's assessors (overall, per
 * indicator, criterion, city and assessor pair), the reviewer's disagreement list with the alert
 * threshold ({@link dev.losi.stats.review.AssessmentReview}), reconciliation into one consensus
 * assessment per city ({@link dev.losi.stats.review.Reconciliation}), and the comparison of two
 * organisations' independent results ({@link dev.losi.stats.review.OrganisationComparison}).
 *
 * <p>All results are immutable and thread-safe; bad input is reported with every problem at once in a
 * {@link dev.losi.core.LosiValidationException}. See {@code docs/agreement.md}.
 */
@ValueStyle
package dev.losi.stats.review;

import dev.losi.core.internal.ValueStyle;
