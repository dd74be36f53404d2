package dev.losi.cli;

import dev.losi.core.scoring.MissingAnswerPolicy;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The shared error path of every subcommand: a {@link LosiValidationException} prints each of its
 * problems on standard error (one per line, in the {@code file:line: city ... } form) and exits 2, with
 * no stack trace; any other exception is a bug and exits 1. Results are computed completely before
 * anything is written, so a failed run writes nothing.
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

  /**
   * The value of a {@code --bootstrap N} option, checked to be in [{@value #MIN_BOOTSTRAP},
   * {@value #MAX_BOOTSTRAP}]; null when the option is not given.
   *
   * @param unit what N counts, in the messages: "replicates" or "resamples"
   * @throws CommandLine.ParameterException when N is out of range (a usage error, exit 2)
   */
  Integer bootstrapReplicates(Integer n, String unit) {
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
   * The missing-answer policy named by a {@code --missing} option: {@code error} (refuse incomplete
   * assessments) or {@code absent} (count unassessed indicators as absent).
   *
   * @throws CommandLine.ParameterException for any other value (a usage error, exit 2)
   */
  MissingAnswerPolicy missingAnswers(String value) {
    return switch (value) {
      case "error" -> MissingAnswerPolicy.REJECT;
      case "absent" -> MissingAnswerPolicy.COUNT_AS_ABSENT;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--missing must be error or absent, got \"" + value + "\"");
    };
  }

  /** Does the work; returns the exit code. */
  abstract int run() throws Exception;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (LosiValidationException e) {
      PrintWriter err = err();
      long total = e.total();
      err.println("losi " + spec.name() + ": " + total + (total == 1 ? " problem" : " problems")
          + " in the input; nothing was written:");
      for (Problem p : e.problems()) {
        err.println(p);
      }
      if (e.omitted() > 0) {
        err.println("... and " + e.omitted() + " more");
      }
      err.flush();
      return BAD_INPUT;
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (Exception e) {
      PrintWriter err = err();
      err.println("losi " + spec.name() + ": unexpected failure (this is a bug; please report it with the"
          + " command and input): " + e);
      e.printStackTrace(err);
      err.flush();
      return FAILURE;
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
