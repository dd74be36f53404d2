/**
 * Improvement plans: where a city stands, the points it needs for the next level, and the fewest and
 * cheapest changes that get it there, in order and in phases ({@link dev.losi.core.plan.Planner}). Knows
 * no file format: effort and uptake tables are read by losi-io.
 */
package dev.losi.core.plan;
