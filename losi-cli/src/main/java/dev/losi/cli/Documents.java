package dev.losi.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json|csv|md} and {@code --out FILE}: a terminal table, JSON, CSV or Markdown. */
final class Documents extends OutputOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table, json, csv or md (default: ${DEFAULT-VALUE}).")
  void format(OutputFormat chosen) {
    choose(chosen, OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.MD);
  }
}
