package dev.losi.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --bom} of a command whose CSV files are chosen by their extension ({@code losi reconcile},
 * {@code losi map}): every CSV file it writes begins with a UTF-8 byte order mark, for Excel. A picocli mixin;
 * commands whose {@code --format} describes their result have {@code --bom} from {@link OutputOptions}.
 */
final class BomOption {

  @Option(names = "--bom",
      description = "Begin every CSV file written with a UTF-8 byte order mark (EF BB BF), so Excel reads it as UTF-8.")
  boolean bom;

  /**
   * Refuses {@code --bom} when the command writes no CSV file.
   *
   * @param writesCsv whether any output of this run is CSV
   * @throws CommandLine.ParameterException when refused (a usage error, exit 2)
   */
  void check(CommandSpec spec, boolean writesCsv, String what) {
    if (bom && !writesCsv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bom is for CSV output only; " + what);
    }
  }

  /** The CSV text, with the mark first when {@code --bom} is given. */
  String csv(String text) {
    return bom ? OutputOptions.BYTE_ORDER_MARK + text : text;
  }
}
