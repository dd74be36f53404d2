/**
 * The results of many cities, classified once: rating class, overall rank and rank within country,
 * region and size class, each relative to a stated reference set. Exports, terminal tables and reports
 * read {@link dev.losi.core.results.Results} instead of classifying again.
 *
 * @since 0.1.0
 */
package dev.losi.core.results;
