/**
 * LOSI core: the domain model, scoring, levels, adjustments and edition mapping. Knows no file format.
 *
 * <p>Packages named {@code internal} are not API: they are exported only to the other losi modules.
 */
module dev.losi.core {
  requires static org.immutables.value.annotations;

  exports dev.losi.core;
  // Add each package here when its first class lands (javac rejects exports of empty packages):
  exports dev.losi.core.scoring;
  exports dev.losi.core.level;
  exports dev.losi.core.mapping;
  exports dev.losi.core.plan;
  // exports dev.losi.core.internal to dev.losi.io, dev.losi.stats, dev.losi.cli;
}
