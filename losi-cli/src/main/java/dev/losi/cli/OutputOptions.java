package dev.losi.cli;

import dev.losi.cli.internal.Output;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options of a command that writes one result: {@code --out FILE} (standard output when absent
 * or {@code -}), {@code --bom} (CSV only: a UTF-8 byte order mark first, for Excel) and, in each subclass,
 * the {@code --format} option (a setter calling {@link #choose}) with the formats the command offers. A picocli mixin: a command declares
 * {@code @Mixin TableCsvOrJson output;} and calls {@link #write(String, PrintWriter)} to write its text;
 * {@link LosiCommand} calls {@link #check(CommandSpec)} before the command runs.
 */
abstract class OutputOptions {

  /** The UTF-8 byte order mark as a character: written first it encodes as EF BB BF. */
  static final String BYTE_ORDER_MARK = "\uFEFF";

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--bom",
      description = "Begin CSV output with a UTF-8 byte order mark (EF BB BF), so Excel reads it as UTF-8.")
  boolean bom;

  private OutputFormat format = OutputFormat.TABLE;
  private OutputFormat[] offered = {OutputFormat.TABLE};

  /**
   * Sets the format, from the {@code --format} setter of a subclass, which names the formats it offers
   * (the default first); a format not offered is refused by {@link #check(CommandSpec)}.
   */
  final void choose(OutputFormat chosen, OutputFormat... formats) {
    format = chosen;
    offered = formats.clone();
  }

  /** The chosen format. */
  final OutputFormat format() {
    return format;
  }

  /**
   * Refuses a format the command does not offer, and {@code --bom} with any format but CSV, in the
   * command's words.
   *
   * @throws CommandLine.ParameterException when refused (a usage error, exit 2)
   */
  final void check(CommandSpec spec) {
    FormatConverter.require(spec, format, offered);
    checkBom(spec, bom, format());
  }

  /** True when JSON is asked for. */
  final boolean json() {
    return format() == OutputFormat.JSON;
  }

  /** True when the output goes to standard output: no {@code --out}, or {@code --out -}. */
  final boolean toStandardOutput() {
    return out == null || Output.isStandardStream(out);
  }

  /** Writes the text to {@code --out}, or to standard output; CSV with {@code --bom} begins with the mark. */
  final void write(String text, PrintWriter stdout) {
    Output.write(bom && format() == OutputFormat.CSV ? BYTE_ORDER_MARK + text : text, out, stdout);
  }

  /** Writes text, a piece at a time, to a writer (flushed by the caller, not closed). */
  @FunctionalInterface
  interface TextBody {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Writes the text of {@code body} to {@code --out}, or to standard output, like {@link #write(String,
   * PrintWriter)}, without holding the whole text: for an output that grows with the input.
   */
  final void write(TextBody body, PrintWriter stdout) {
    boolean mark = bom && format() == OutputFormat.CSV;
    if (toStandardOutput()) {
      try {
        if (mark) {
          stdout.write(BYTE_ORDER_MARK);
        }
        body.writeTo(stdout);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stdout.flush();
      return;
    }
    Output.writeFile(out, "--out", s -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8), 1 << 16);
      if (mark) {
        w.write(BYTE_ORDER_MARK);
      }
      body.writeTo(w);
      w.flush();
    });
  }

  /**
   * Refuses {@code --bom} unless the format is CSV.
   *
   * @throws CommandLine.ParameterException when refused (a usage error, exit 2)
   */
  static void checkBom(CommandSpec spec, boolean bom, OutputFormat format) {
    if (bom && format != OutputFormat.CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bom is for CSV output only (--format csv);"
          + " the format here is " + format.name().toLowerCase(Locale.ROOT));
    }
  }
}
