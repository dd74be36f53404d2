/**
 * LOSI statistics: agreement, reconciliation, correlation, bootstrap and the OSI-LOSI study.
 *
 * <p>Packages named {@code internal} are not API.
 */
module dev.losi.stats {
  requires transitive dev.losi.core;
  requires static org.immutables.value.annotations;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.ranking;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;
  requires org.slf4j;

  exports dev.losi.stats;
  exports dev.losi.stats.agreement;
  exports dev.losi.stats.review;
  exports dev.losi.stats.correlation;
  exports dev.losi.stats.study;
  exports dev.losi.stats.sensitivity;
  exports dev.losi.stats.uncertainty;
  // Add each package here when its first class lands, e.g.
  // exports dev.losi.stats.agreement;
  // exports dev.losi.stats.correlation;
}
