package dev.losi.stats.uncertainty;

/**
 * Scores every city of a compiled study under one {@link Draw} ({@link PackedDrawScoring}, over the
 * fixed points that losi-core's {@code CompiledInstrument} scored once). Implementations keep
 * per-thread scratch, so one instance is used by one thread at a time.
 */
interface DrawScoring {

  /**
   * Writes each city's LOSI under the draw, in the study's city order.
   *
   * @param draw the configuration
   * @param scores output, one per city
   */
  void score(Draw draw, double[] scores);
}
