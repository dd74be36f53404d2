package dev.losi.core.plan;

import java.util.List;

/**
 * The projected standing after one phase of a plan, counting the steps of this phase and of every
 * earlier phase.
 *
 * @param phase the phase
 * @param indicators the codes of this phase's steps, in plan order
 * @param after the projected standing once this phase is done
 * @since 0.1.0
 */
public record PhaseProjection(Phase phase, List<String> indicators, Standing after) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param phase the phase
   * @param indicators the codes of this phase's steps, in plan order
   * @param after the projected standing once this phase is done
   */
  public PhaseProjection {
    if (phase == null || after == null) {
      throw new NullPointerException("phase and after are required");
    }
    indicators = List.copyOf(indicators);
  }
}
