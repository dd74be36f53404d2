/**
 * LOSI io: lossless JSON, CSV (long and wide) and XLSX formats for the LOSI model, and the catalogue
 * of bundled instruments. See {@code docs/formats.md}.
 *
 * <p>Packages named {@code internal} are not API: they are exported only to the other losi modules.
 */
module dev.losi.io {
  requires transitive dev.losi.core;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports dev.losi.io;
  exports dev.losi.io.internal to dev.losi.cli, dev.losi.stats;
}
