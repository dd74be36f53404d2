package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options of a command that renders a terminal table or the library's JSON: {@code --format
 * table|json} and {@code --out FILE} (standard output when absent or {@code -}).
 */
final class TableOrJson {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  /** Refuses a format other than table or json, in the command's words. */
  void check(CommandSpec spec) {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.JSON);
  }

  /** True when JSON is asked for. */
  boolean json() {
    return format == OutputFormat.JSON;
  }

  /** Writes the text to {@code --out}, or to standard output. */
  void write(String text, PrintWriter stdout) {
    Output.write(text, out, stdout);
  }
}
