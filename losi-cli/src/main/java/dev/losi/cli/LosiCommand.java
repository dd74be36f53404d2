package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.ProblemReport;
import dev.losi.core.LosiValidationException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The shared error path of every subcommand: a {@link LosiValidationException} prints each of its
 * problems on standard error (one per line, in the {@code file:line: city ... } form, repeats of one rule
 * grouped) and exits 2, with no stack trace; running out of memory says so, with the input size and the
 * heap to ask for, and exits 2; any other exception is a bug and exits 1. Every file a command writes is
 * staged and appears only when the whole command succeeds, so a failed run writes nothing; an output that
 * is the same file as an input is refused before anything is read.
 */
abstract class LosiCommand implements Callable<Integer> {

  /** Exit code for success. */
  static final int OK = 0;
  /** Exit code for an unexpected failure. */
  static final int FAILURE = 1;
  /** Exit code for bad input or usage. */
  static final int BAD_INPUT = 2;

  /** The fewest bootstrap replicates a command accepts. */
  static final int MIN_BOOTSTRAP = 100;
  /** The most bootstrap replicates a command accepts: more only costs time and memory (issue 15, item 19). */
  static final int MAX_BOOTSTRAP = 100_000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--quiet",
      description = "No progress on standard error (shown only on a terminal, for runs over 2 s).")
  boolean quiet;

  /**
   * The value of a {@code --bootstrap N} option, checked to be in [{@value #MIN_BOOTSTRAP},
   * {@value #MAX_BOOTSTRAP}]; null when the option is not given.
   *
   * @param unit what N counts, in the messages: "replicates" or "resamples"
   * @throws CommandLine.ParameterException when N is out of range (a usage error, exit 2)
   */
  Integer bootstrapReplicates(Integer n, String unit) {
    return bootstrapReplicates(spec, n, unit);
  }

  /** {@link #bootstrapReplicates(Integer, String)} of a mixin, in the words of the command {@code spec}. */
  static Integer bootstrapReplicates(CommandLine.Model.CommandSpec spec, Integer n, String unit) {
    if (n != null && n < MIN_BOOTSTRAP) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--bootstrap needs at least " + MIN_BOOTSTRAP + " " + unit + ", got " + n);
    }
    if (n != null && n > MAX_BOOTSTRAP) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--bootstrap takes at most " + MAX_BOOTSTRAP + " " + unit + ", got " + n);
    }
    return n;
  }

  /**
   * The words that invoke a command after {@code losi}, as its usage shows them: {@code score}, or
   * {@code instrument show} for a subcommand of a subcommand (not the last word alone).
   */
  static String words(CommandLine.Model.CommandSpec spec) {
    CommandLine.Model.CommandSpec root = spec.root();
    return root == spec ? spec.name() : spec.qualifiedName(" ").substring(root.name().length() + 1);
  }

  /** Does the work; returns the exit code. */
  abstract int run() throws Exception;

  /**
   * True when {@code --format} describes the {@code --out} file, so the format may follow its extension;
   * false for commands whose {@code --out} format is chosen by its extension alone.
   */
  boolean formatDescribesOut() {
    return true;
  }

  @Override
  public final Integer call() {
    try (Output.Transaction files = Output.begin()) {
      if (formatDescribesOut()) {
        CommandPaths.formatFromExtension(spec);
      }
      CommandPaths.refuseOverwritingInputs(spec);
      checkOutputOptions();
      int code = run();
      if (code == OK) {
        files.commit();
      }
      return code;
    } catch (LosiValidationException e) {
      PrintWriter err = err();
      long total = e.total();
      err.println("losi " + words(spec) + ": " + total + (total == 1 ? " problem" : " problems")
          + " in the input; nothing was written:");
      for (String line : ProblemReport.lines(e.problems())) {
        err.println(line);
      }
      if (e.omitted() > 0) {
        err.println("... and " + e.omitted() + " more");
      }
      err.flush();
      return BAD_INPUT;
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      PrintWriter err = err();
      err.println(OutOfMemory.message(spec));
      err.flush();
      return BAD_INPUT;
    } catch (Exception e) {
      PrintWriter err = err();
      err.println("losi " + words(spec) + ": unexpected failure (this is a bug; please report it with the"
          + " command and input): " + e);
      e.printStackTrace(err);
      err.flush();
      return FAILURE;
    }
  }

  /**
   * Checks the {@link OutputOptions} mixin of the command, if it has one ({@link OutputOptions#check}: a
   * format it does not offer, {@code --bom} without CSV), before {@link #run()} reads anything.
   *
   * @throws CommandLine.ParameterException when refused (a usage error, exit 2)
   */
  private void checkOutputOptions() {
    for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof OutputOptions output) {
        output.check(spec);
      }
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
