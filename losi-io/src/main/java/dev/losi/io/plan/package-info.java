/**
 * The formats of improvement plans ({@link dev.losi.core.plan.Planner}): the effort and uptake tables a plan
 * reads ({@link dev.losi.io.plan.PlanTables}) and the plans written as JSON, CSV or Markdown
 * ({@link dev.losi.io.plan.PlanExport}).
 */
package dev.losi.io.plan;
