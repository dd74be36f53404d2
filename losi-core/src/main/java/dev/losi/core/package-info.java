/**
 * The LOSI domain model: instruments, criteria, indicators, cities, assessments, answers, evidence
 * and country adjustments.
 *
 * <p>Every type here is an immutable value with a builder; instances are thread-safe and never hold
 * {@code null}. Structural invariants are checked when a value is built, and all violations are
 * reported together in one {@link dev.losi.core.LosiValidationException}.
 */
@ValueStyle
package dev.losi.core;

import dev.losi.core.internal.ValueStyle;
