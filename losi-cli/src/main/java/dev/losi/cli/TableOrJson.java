package dev.losi.cli;

import dev.losi.cli.internal.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format table|json} and {@code --out FILE}: a terminal table, or the library's JSON. */
final class TableOrJson extends OutputOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table or json (default: ${DEFAULT-VALUE}).")
  void format(OutputFormat chosen) {
    choose(chosen, OutputFormat.TABLE, OutputFormat.JSON);
  }
}
