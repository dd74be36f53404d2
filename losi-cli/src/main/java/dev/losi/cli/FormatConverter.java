package dev.losi.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/** Converts {@code --format} values and checks that a command supports the chosen one. */
final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {

  @Override
  public OutputFormat convert(String value) {
    try {
      return OutputFormat.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("\"" + value + "\" is not a format; use table, csv, json, md or xlsx as the command offers");
    }
  }

  /** Throws a usage error (exit 2) when the command does not offer this format. */
  static void require(CommandLine.Model.CommandSpec spec, OutputFormat format, OutputFormat... allowed) {
    if (!Arrays.asList(allowed).contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(Locale.ROOT)
          + " is not offered by this command; use one of "
          + Arrays.stream(allowed).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
  }
}
