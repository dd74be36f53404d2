/**
 * Edition-to-edition mapping of indicators, translation of assessments between editions, and longitudinal comparison of cities on the common core.
 */
package dev.losi.core.mapping;
