package dev.losi.core.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One change of an improvement plan: make one indicator count.
 *
 * @param indicator the indicator code
 * @param criterion the indicator's criterion code
 * @param gap why it does not count today, which says what the fix is ({@link Gap#fix()})
 * @param effort its effort class
 * @param note the effort table's note for the indicator, if any
 * @param phase the phase in which it is made (follows from the effort)
 * @param points the points it adds: its weight in the plan's score (the REWEIGHT weight when one applies)
 * @param uptake the peer uptake: the share in [0, 1] of the other cities having the indicator, or the
 *     supplied share; empty when unknown (no other city, or not in the supplied table)
 * @since 0.1.0
 */
public record PlanStep(String indicator, String criterion, Gap gap, Effort effort, Optional<String> note,
    Phase phase, BigDecimal points, Optional<BigDecimal> uptake) {

  /**
   * Checks for nulls.
   *
   * @param indicator the indicator code
   * @param criterion the indicator's criterion code
   * @param gap why it does not count today, which says what the fix is
   * @param effort its effort class
   * @param note the effort table's note for the indicator, if any
   * @param phase the phase in which it is made
   * @param points the points it adds
   * @param uptake the peer uptake
   */
  public PlanStep {
    if (indicator == null || criterion == null || gap == null || effort == null || note == null || phase == null
        || points == null || uptake == null) {
      throw new NullPointerException("every component of a plan step is required");
    }
  }
}
