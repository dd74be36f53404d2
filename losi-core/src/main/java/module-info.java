/**
 * LOSI core: the domain model, scoring, levels, adjustments and edition mapping. Knows no file format.
 *
 * <p>{@code dev.losi.core.internal} is not API: it is exported only to the other losi modules.
 */
module dev.losi.core {
  requires static org.immutables.value.annotations;

  exports dev.losi.core;
  exports dev.losi.core.level;
  exports dev.losi.core.mapping;
  exports dev.losi.core.scoring;
  exports dev.losi.core.adjustment;
  exports dev.losi.core.results;
  exports dev.losi.core.plan;
  exports dev.losi.core.internal to dev.losi.io, dev.losi.stats, dev.losi.report;
}
