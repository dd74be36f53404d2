package dev.losi.cli;

import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import dev.losi.io.CsvFormat;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How an assessments table is read, shared by every command that reads assessments: {@code --layout
 * auto|long|wide}, {@code --sheet NAME} (XLSX) and {@code --encoding NAME} (CSV: UTF-8, windows-1252 or
 * ISO-8859-1). A picocli mixin: {@code @Mixin AssessmentTableOptions table;}, then
 * {@link #configure(Assessments.Reader)} applies the three to a reader.
 */
class AssessmentTableOptions {

  /** The encodings {@code --encoding} offers, the default first. */
  static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1");

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--layout", paramLabel = "auto|long|wide", defaultValue = "auto",
      description = "Layout of a CSV or XLSX assessments table (default: ${DEFAULT-VALUE}: CSV long when the header"
          + " has an indicator column, else wide; XLSX likewise).")
  String layout = "auto";

  @Option(names = "--sheet", paramLabel = "NAME", defaultValue = "assessments",
      description = "The sheet of an XLSX assessments workbook (default: ${DEFAULT-VALUE}).")
  String sheet = "assessments";

  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
      description = "The encoding of a CSV assessments file: UTF-8 (default), windows-1252 or ISO-8859-1.")
  String encoding = "UTF-8";

  /**
   * The reader with the chosen layout, sheet and CSV encoding.
   *
   * @throws CommandLine.ParameterException for a layout or encoding not offered (a usage error, exit 2)
   */
  Assessments.Reader configure(Assessments.Reader reader) {
    return reader.withLayout(layout()).withSheet(sheet).withCsvFormat(csvFormat());
  }

  /** The layout named by {@code --layout}. */
  AssessmentLayout layout() {
    try {
      return AssessmentLayout.valueOf(layout.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(),
          "--layout must be auto, long or wide, got \"" + layout + "\"");
    }
  }

  /** The standard CSV format in the encoding named by {@code --encoding} (any case). */
  CsvFormat csvFormat() {
    for (String name : ENCODINGS) {
      if (name.equalsIgnoreCase(encoding)) {
        return CsvFormat.standard().withEncoding(Charset.forName(name));
      }
    }
    throw new CommandLine.ParameterException(mixee.commandLine(),
        "--encoding must be UTF-8, windows-1252 or ISO-8859-1, got \"" + encoding + "\"");
  }
}
