package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Checks on the files a command is given, made before it reads anything:
 * <ul>
 *   <li>the output format follows the extension of {@code --out} when {@code --format} is not given, and
 *       a conflicting pair ({@code --format csv --out r.xlsx}) is refused;</li>
 *   <li>no output file is the same file as an input or as another output, by identity (a link, or
 *       {@code ./a.csv} for {@code a.csv}, is the same file), so an input is never overwritten;</li>
 *   <li>at most one input option is {@code -} (standard input is read once) and at most one output option
 *       is {@code -} (standard output).</li>
 * </ul>
 */
final class CommandPaths {

  /** Options that name files the command writes. */
  static final List<String> OUTPUT_OPTIONS = List.of("--out", "--pending", "--data-dir");

  private static final Map<String, OutputFormat> BY_EXTENSION = Map.of(
      "csv", OutputFormat.CSV, "json", OutputFormat.JSON, "xlsx", OutputFormat.XLSX, "md", OutputFormat.MD);

  private CommandPaths() {}

  /**
   * Chooses {@code --format} from the extension of {@code --out} when it was not given, and refuses a
   * conflict, for commands whose {@code --format} describes the {@code --out} file.
   *
   * @throws CommandLine.ParameterException for a conflicting pair (a usage error, exit 2)
   */
  static void formatFromExtension(CommandSpec spec) {
    OptionSpec format = spec.findOption("--format");
    OptionSpec out = spec.findOption("--out");
    if (format == null || out == null || format.type() != OutputFormat.class || !(out.getValue() instanceof Path p)
        || Output.isStandardStream(p)) {
      return;
    }
    Optional<OutputFormat> byName = extension(p).map(BY_EXTENSION::get);
    if (byName.isEmpty()) {
      return;
    }
    boolean given = spec.commandLine().getParseResult() != null
        && spec.commandLine().getParseResult().hasMatchedOption("--format");
    OutputFormat chosen = format.getValue();
    if (!given) {
      format.setValue(byName.get());
    } else if (chosen != byName.get()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format "
          + chosen.name().toLowerCase(Locale.ROOT) + " conflicts with --out " + p + " (a ." + extension(p).get()
          + " file): drop --format to write by the extension, or give the file a matching extension");
    }
  }

  /**
   * Refuses any output that is the same file as an input or as another output, and {@code -} given to two
   * inputs or to two outputs.
   *
   * @throws dev.losi.core.LosiValidationException listing every clash
   */
  static void refuseOverwritingInputs(CommandSpec spec) {
    List<Named> inputs = new ArrayList<>();
    List<Named> outputs = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      collect(o, o.longestName(), OUTPUT_OPTIONS.contains(o.longestName()) ? outputs : inputs);
    }
    for (ArgSpec a : spec.positionalParameters()) {
      collect(a, a.paramLabel(), inputs);
    }
    List<Problem> problems = new ArrayList<>();
    refuseSharedStandardStream(inputs, "read standard input", problems);
    refuseSharedStandardStream(outputs, "write standard output", problems);
    for (int i = 0; i < outputs.size(); i++) {
      Named o = outputs.get(i);
      for (Named in : inputs) {
        if (same(o.path(), in.path())) {
          problems.add(Problem.builder().source(o.path().toString()).field(o.option())
              .message("is the same file as the input " + in.option() + " " + in.path()
                  + "; refusing to overwrite an input: write the results to another file").build());
        }
      }
      for (int j = 0; j < i; j++) {
        if (same(o.path(), outputs.get(j).path())) {
          problems.add(Problem.builder().source(o.path().toString()).field(o.option())
              .message("is the same file as " + outputs.get(j).option() + "; give each output its own file").build());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new dev.losi.core.LosiValidationException(problems);
    }
  }

  private record Named(String option, Path path) {}

  /** Standard input can be read once, and standard output hold one result: one option at most may name {@code -}. */
  private static void refuseSharedStandardStream(List<Named> options, String what, List<Problem> problems) {
    List<String> dashed = options.stream().filter(n -> Output.isStandardStream(n.path())).map(Named::option).toList();
    if (dashed.size() > 1) {
      problems.add(Problem.builder().field(String.join(" and ", dashed))
          .message((dashed.size() == 2 ? "both" : "all") + " name -, but only one option can " + what
              + "; name a file for the others").build());
    }
  }

  /**
   * The files an option names: its {@link Path} values, and for a text option that takes a file
   * ({@code ID|FILE}, {@code FILE|...}) the value {@code -}, standard input.
   */
  private static void collect(ArgSpec a, String name, List<Named> into) {
    Object v = a.getValue();
    boolean takesFile = a.paramLabel() != null && a.paramLabel().contains("FILE");
    for (Object x : v instanceof Collection<?> c ? List.copyOf(c) : v == null ? List.of() : List.of(v)) {
      if (x instanceof Path p) {
        into.add(new Named(name, p));
      } else if (takesFile && x instanceof String s && s.equals("-")) {
        into.add(new Named(name, Path.of(s)));
      }
    }
  }

  private static boolean same(Path a, Path b) {
    if (Output.isStandardStream(a) || Output.isStandardStream(b)) {
      return false;
    }
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<String> extension(Path p) {
    Path name = p.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(s.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

}
