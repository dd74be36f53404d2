package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options of a command that writes one text: {@code --out FILE} (standard output when absent
 * or {@code -}) and, in each subclass, the {@code --format} option with the formats the command offers.
 */
abstract class OutputOptions {

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  /** The chosen format. */
  abstract OutputFormat format();

  /** The formats the command offers, the default first. */
  abstract OutputFormat[] offered();

  /** Refuses a format the command does not offer, in the command's words. */
  final void check(CommandSpec spec) {
    FormatConverter.require(spec, format(), offered());
  }

  /** True when JSON is asked for. */
  final boolean json() {
    return format() == OutputFormat.JSON;
  }

  /** Writes the text to {@code --out}, or to standard output. */
  final void write(String text, PrintWriter stdout) {
    Output.write(text, out, stdout);
  }
}
