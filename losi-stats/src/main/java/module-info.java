/**
 * LOSI statistics: agreement, reconciliation, correlation, bootstrap and the OSI-LOSI study.
 *
 * <p>The statistics types expose values and know no file format: their JSON and CSV forms live in
 * the module {@code dev.losi.stats.io}.
 */
module dev.losi.stats {
  requires transitive dev.losi.core;
  requires static org.immutables.value.annotations;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.ranking;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;

  exports dev.losi.stats;
  exports dev.losi.stats.agreement;
  exports dev.losi.stats.correlation;
  exports dev.losi.stats.review;
  exports dev.losi.stats.study;
  exports dev.losi.stats.sensitivity;
  exports dev.losi.stats.uncertainty;
  exports dev.losi.stats.internal to dev.losi.stats.io;
}
