/**
 * The {@code losi} command: parses options, calls the LOSI libraries and renders their results as
 * terminal tables, CSV or JSON. Not a library: it exports no package.
 *
 * <p>The command packages are opened to picocli, which reads and sets the annotated option fields by
 * reflection.
 */
module dev.losi.cli {
  requires dev.losi.core;
  requires dev.losi.io;
  requires dev.losi.stats;
  requires dev.losi.stats.io;
  requires dev.losi.report;
  requires info.picocli;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  opens dev.losi.cli to info.picocli;
}
