package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.io.checklist.Checklist;
import dev.losi.io.checklist.Checklists;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output of {@code losi checklist}: {@code --format xlsx|html|md|json} (any case; XLSX by default) and
 * {@code --out FILE} (standard output when absent; an XLSX workbook needs a file). A picocli mixin: a
 * checklist command calls {@link #format()} before it reads anything, then {@link #write}.
 */
final class ChecklistOutput {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "xlsx",
      description = "xlsx, html, md or json (default: ${DEFAULT-VALUE}); xlsx needs --out.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  /**
   * The format of {@code --format}, in lower case.
   *
   * @throws CommandLine.ParameterException for a format not offered, or xlsx without {@code --out} (exit 2)
   */
  String format() {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("xlsx", "html", "md", "json").contains(f)) {
      throw new CommandLine.ParameterException(mixee.commandLine(),
          "--format must be xlsx, html, md or json, got \"" + format + "\"");
    }
    if (f.equals("xlsx") && out == null) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--format xlsx needs --out FILE");
    }
    return f;
  }

  /** Writes the checklist in the format of {@link #format()} to {@code --out}, or to {@code stdout}. */
  void write(Checklist checklist, PrintWriter stdout) {
    switch (format()) {
      case "xlsx" -> {
        Output.checkDirectory(out);
        Problems.reading(out, () -> {
          Checklists.writeXlsx(checklist, out);
          return null;
        });
      }
      case "html" -> Output.write(Checklists.toHtml(checklist), out, stdout);
      case "md" -> Output.write(Checklists.toMarkdown(checklist), out, stdout);
      default -> Output.write(Checklists.toJson(checklist), out, stdout);
    }
  }
}
