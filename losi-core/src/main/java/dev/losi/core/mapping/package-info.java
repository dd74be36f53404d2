/**
 * Edition-to-edition mapping of LOSI indicators, translation of assessments between editions, and
 * longitudinal comparison of cities on the common core of two editions.
 *
 * <p>The entry points are:
 * <ul>
 *   <li>{@link dev.losi.core.mapping.EditionMapping}: how each indicator of one instrument relates to
 *       another instrument ({@link dev.losi.core.mapping.Relation}), validated against both;
 *       {@link dev.losi.core.mapping.EditionMapping#compose(EditionMapping)} chains mappings and reports
 *       what is lost on the way;</li>
 *   <li>{@link dev.losi.core.mapping.AssessmentTranslator}: an assessment of edition A as an
 *       assessment of edition B, under stated {@link dev.losi.core.mapping.TranslationRules}, listing
 *       everything that could not be translated;</li>
 *   <li>{@link dev.losi.core.mapping.LongitudinalComparison}: per-city change on the
 *       {@link dev.losi.core.mapping.CommonCore}, indicators gained and lost, level transitions and the
 *       {@link dev.losi.core.mapping.LevelTransitionMatrix};</li>
 *   <li>{@link dev.losi.core.mapping.BundledMappings}: the partial LOSI 2022 to 2024 mapping of the
 *       participation-and-engagement criterion.</li>
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe and never holds {@code null}; invalid input is
 * reported with every problem at once in a {@link dev.losi.core.LosiValidationException}.
 */
@ValueStyle
package dev.losi.core.mapping;

import dev.losi.core.internal.ValueStyle;
