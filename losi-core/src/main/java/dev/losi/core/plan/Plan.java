package dev.losi.core.plan;

import dev.losi.core.City;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClass;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An improvement plan for one city: where it stands, how many points it needs to reach the target level,
 * and the fewest, cheapest changes that get it there, in order and in phases. Made by {@link Planner}.
 *
 * @param city the city
 * @param assessorId the assessor (or organisation) of the assessment planned from
 * @param adjusted true when the plan works on the adjusted LOSI (some country adjustment applies to the
 *     city), false when on the standard LOSI
 * @param current where the city stands today
 * @param ratingClass the city's rating class today, among the cities planned together (empty for a plan
 *     of one assessment on its own)
 * @param target the target level
 * @param pointsNeeded the points needed to reach the target, {@code ceil(threshold × maximum) − points}
 *     with the ceiling taken on the grid of the weights (whole points with whole weights); 0 when the city
 *     is at or above the target
 * @param reachable false when even every candidate change together falls short of the target; the steps
 *     are then every candidate change
 * @param steps the changes, in plan order (see {@link Planner} for the order); empty when at the target
 * @param phases the projected standing after each phase that has steps, in phase order
 * @param projected the projected standing after every step
 * @since 0.1.0
 */
public record Plan(City city, String assessorId, boolean adjusted, Standing current, Optional<RatingClass> ratingClass,
    Level target, BigDecimal pointsNeeded, boolean reachable, List<PlanStep> steps, List<PhaseProjection> phases,
    Standing projected) {

  /**
   * Checks for nulls and copies the lists.
   *
   * @param city the city
   * @param assessorId the assessor's id
   * @param adjusted true when the plan works on the adjusted LOSI
   * @param current where the city stands today
   * @param ratingClass the city's rating class today, among the cities planned together
   * @param target the target level
   * @param pointsNeeded the points needed to reach the target, {@code ceil(threshold × maximum) − points} with the ceiling taken on the grid of the weights
   * @param reachable false when even every candidate change together falls short of the target
   * @param steps the changes, in plan order
   * @param phases the projected standing after each phase that has steps, in phase order
   * @param projected the projected standing after every step
   */
  public Plan {
    if (city == null || assessorId == null || current == null || ratingClass == null || target == null
        || pointsNeeded == null || projected == null) {
      throw new NullPointerException("every component of a plan is required");
    }
    steps = List.copyOf(steps);
    phases = List.copyOf(phases);
  }

  /** {@return the points the steps add together} */
  public BigDecimal pointsAdded() {
    return projected.points().subtract(current.points());
  }
}
