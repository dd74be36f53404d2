package dev.losi.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format table|csv|json|xlsx}, {@code --out FILE} and {@code --bom}: a terminal table, CSV, the
 * library's JSON or an XLSX workbook (which needs a file).
 */
final class TableCsvJsonOrXlsx extends OutputOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table, csv, json or xlsx (default: ${DEFAULT-VALUE}); csv, json and xlsx hold every column at"
          + " full precision; xlsx needs --out.")
  void format(OutputFormat chosen) {
    choose(chosen, OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON, OutputFormat.XLSX);
  }
}
