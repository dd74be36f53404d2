package dev.losi.stats.uncertainty;

import java.util.Arrays;

/**
 * One configuration of the sources: the assessor chosen for each disputed item (or -1 for the mean of
 * the assessors), the denominator, the flipped reconstructed calls, the criterion shares and whether
 * adjustments apply. Mutable scratch, reused by one thread; {@link #reset} restores the point configuration.
 */
final class Draw {

  final int[] choice;
  final boolean[] flipped;
  /** Criterion shares omega_c, or null for the instrument's weights. */
  double[] shares;
  /** The denominator, or NaN for the instrument's maximum. */
  double denominator;
  boolean adjustments;
  private final boolean adjustmentsByDefault;

  Draw(CompiledStudy study) {
    this.choice = new int[study.disputedItems()];
    this.flipped = new boolean[study.callIndicator.length];
    this.adjustmentsByDefault = study.hasAdjustments;
    reset();
  }

  void reset() {
    Arrays.fill(choice, -1);
    Arrays.fill(flipped, false);
    shares = null;
    denominator = Double.NaN;
    adjustments = adjustmentsByDefault;
  }
}
