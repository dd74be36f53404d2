/**
 * The tables an improvement plan ({@link dev.losi.core.plan.Planner}) reads: effort and uptake CSV
 * ({@link dev.losi.io.plan.PlanTables}).
 */
package dev.losi.io.plan;
