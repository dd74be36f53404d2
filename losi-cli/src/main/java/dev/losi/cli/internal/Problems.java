package dev.losi.cli.internal;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Small helpers for building validation errors, and the one place where a failure to read or write a file
 * becomes a problem naming the file ({@link #reading}).
 */
public final class Problems {

  private Problems() {}

  /**
   * An exception carrying one problem.
   *
   * @param problem the problem
   * @return the exception, to be thrown
   */
  public static LosiValidationException single(Problem problem) {
    return new LosiValidationException(List.of(problem));
  }

  /**
   * An exception carrying one problem with only a message (no file, line or field).
   *
   * @param message the message
   * @return the exception, to be thrown
   */
  public static LosiValidationException single(String message) {
    return single(Problem.of(message));
  }

  /**
   * Runs a step on what was read from {@code file} (scoring, checking), naming the file in every problem
   * the step reports without one, as the readers name it: by its last name element, {@code -} for
   * standard input.
   *
   * @param <T> what the step gives
   * @param file the file the step's input was read from
   * @param step the step
   * @return what the step gives
   * @throws LosiValidationException the step's problems, each with a source
   */
  public static <T> T from(Path file, Supplier<T> step) {
    try {
      return step.get();
    } catch (LosiValidationException e) {
      Path name = file.getFileName();
      String source = name == null ? file.toString() : name.toString();
      List<Problem> named = e.problems().stream()
          .map(p -> p.source().isPresent() ? p : Problem.builder().from(p).source(source).build()).toList();
      throw new LosiValidationException(named, e.omitted());
    }
  }

  /**
   * An I/O step that may fail.
   *
   * @param <T> what the step gives
   */
  public interface IoCall<T> {
    /**
     * Runs the step.
     *
     * @return what the step gives
     * @throws IOException when the file system fails
     */
    T call() throws IOException;
  }

  /**
   * A read from bytes that may fail; {@code source} names them in problems.
   *
   * @param <T> what the read gives
   */
  public interface StreamCall<T> {
    /**
     * Reads {@code in}, named {@code source} in problems.
     *
     * @param in the bytes; not closed by the call
     * @param source the name of the input in problems ({@code -} for standard input)
     * @return what the read gives
     * @throws IOException when reading fails
     */
    T call(InputStream in, String source) throws IOException;
  }

  /**
   * Runs an I/O step on {@code file}, turning file-system failures into a problem naming the file: "no such
   * file", or "cannot be read: " and the exception. Problems of the content pass unchanged.
   *
   * @param <T> what the step gives
   * @param file the file, named in the problem
   * @param call the step
   * @return what the step gives
   * @throws LosiValidationException when the file is missing or cannot be read, or the content is bad
   */
  public static <T> T reading(Path file, IoCall<T> call) {
    try {
      return call.call();
    } catch (NoSuchFileException e) {
      throw single(Problem.builder().source(file.toString()).message("no such file").build());
    } catch (IOException e) {
      throw single(Problem.builder().source(file.toString()).message("cannot be read: " + e).build());
    }
  }

  /**
   * Reads {@code file} through {@code byPath}, or, when it is {@code -}, standard input through
   * {@code byStream} (once, not closed), turning failures into problems naming the file as
   * {@link #reading(Path, IoCall)} does.
   *
   * @param <T> what the read gives
   * @param file the file, or {@code -} for standard input
   * @param byPath reads the file by its path
   * @param byStream reads standard input, named {@code -}
   * @return what the read gives
   * @throws LosiValidationException when the file is missing or cannot be read, or the content is bad
   */
  public static <T> T reading(Path file, IoCall<T> byPath, StreamCall<T> byStream) {
    return reading(file, () -> Output.isStandardStream(file) ? byStream.call(System.in, "-") : byPath.call());
  }
}
