package dev.losi.cli;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json} and {@code --out FILE}: a terminal table, CSV or the library's JSON. */
final class TableCsvOrJson extends OutputOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  void format(OutputFormat chosen) {
    choose(chosen, OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON);
  }
}
