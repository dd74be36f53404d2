package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.io.AssessmentLayout;
import dev.losi.io.Assessments;
import dev.losi.io.CsvFormat;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How an assessments table is read, shared by every command that reads assessments: {@code --layout
 * auto|long|wide}, {@code --sheet NAME} (XLSX) and {@code --encoding NAME} (CSV: UTF-8, windows-1252 or
 * ISO-8859-1) and {@code --allow-user-assigned-countries}. A picocli mixin: {@code @Mixin AssessmentTableOptions
 * table;}, then {@link #reader(Instrument)} is the configured reader of an instrument's assessments, and
 * {@link #configure(Assessments.Reader)} applies them to any reader, and {@link #read(Path, Instrument)} reads
 * a file with them. {@link AssessmentInput} extends it with the instrument, assessments, adjustments and
 * missing-answer options.
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

  /** The help of {@code --allow-user-assigned-countries}, shared by the commands that declare it without this mixin. */
  static final String USER_ASSIGNED_HELP = "Accept the user-assigned country codes of ISO 3166-1 (AAA-AAZ, QMA-QZZ,"
      + " XAA-XZZ, ZZA-ZZZ), as test data and synthetic samples use; any other country must be an ISO 3166-1"
      + " alpha-3 code.";

  @Option(names = "--allow-user-assigned-countries", description = USER_ASSIGNED_HELP)
  boolean allowUserAssignedCountries;

  /**
   * The reader with the chosen layout, sheet and CSV encoding.
   *
   * @throws CommandLine.ParameterException for a layout or encoding not offered (a usage error, exit 2)
   */
  Assessments.Reader configure(Assessments.Reader reader) {
    return reader.withLayout(layout()).withSheet(sheet).withCsvFormat(csvFormat())
        .allowUserAssignedCountries(allowUserAssignedCountries);
  }

  /**
   * {@code Assessments.reader(instrument)} with the chosen layout, sheet and CSV encoding.
   *
   * @throws CommandLine.ParameterException for a layout or encoding not offered (a usage error, exit 2)
   */
  Assessments.Reader reader(Instrument instrument) {
    return configure(Assessments.reader(instrument));
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

  /**
   * Reads the assessments of {@code file} ({@code -} is standard input) with {@link #reader(Instrument)}.
   *
   * @throws dev.losi.core.LosiValidationException naming the file when it is missing or cannot be read, and
   *     every problem of its content
   */
  List<Assessment> read(Path file, Instrument instrument) {
    return read(file, reader(instrument));
  }

  /** Reads assessments with a configured reader ({@link Assessments.Reader#read(Path)}), as above. */
  static List<Assessment> read(Path file, Assessments.Reader reader) {
    return Problems.reading(file, () -> reader.read(file));
  }

  /**
   * Reads assessments like {@link #read(Path, Assessments.Reader)}, counting the bytes of a CSV or JSON file
   * into {@code progress} while it is shown.
   */
  static List<Assessment> read(Path file, Assessments.Reader reader, Progress progress) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!progress.active() || !Files.isRegularFile(file) || name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return read(file, reader);
    }
    return Problems.reading(file, () -> {
      try (InputStream in = progress.counting(Files.newInputStream(file))) {
        return reader.read(in, name);
      }
    });
  }
}
