/**
 * LOSI io: lossless JSON, CSV (long and wide) and XLSX formats for the LOSI model, and the catalogue
 * of bundled instruments. See {@code docs/formats.md}.
 *
 * <p>The package {@code dev.losi.io.internal} (CSV parser and writer, formula guard, JSON set-up and field
 * reading, atomic file writes) is not API and not exported.
 */
module dev.losi.io {
  requires transitive dev.losi.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports dev.losi.io;
  exports dev.losi.io.mapping;
  exports dev.losi.io.plan;
  exports dev.losi.io.checklist;
}
