package dev.losi.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a command's result goes: standard output, or a file written atomically (to a temporary file in the
 * same directory, moved into place only when complete), so a failed run never leaves a partial file. A
 * command runs inside a {@link Transaction}: all its files appear together, only when it succeeds, and a
 * normal termination signal (SIGTERM, SIGINT) deletes the temporary files of a run still writing.
 */
public final class Output {

  private Output() {}

  /**
   * The mapper, made on first use only: every command passes through here, few of them need databind. Doubles
   * are written by jackson-core's Schubfach conversion, the digits of {@link NumberText} on every Java version.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build()).enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The shared Jackson mapper for building JSON trees (indented output), made on first use.
   *
   * @return the mapper; thread-safe, not to be reconfigured
   */
  public static ObjectMapper json() {
    return Json.MAPPER;
  }

  /**
   * Pretty-printed JSON text of a tree, with a trailing line break.
   *
   * @param node the tree
   * @return the indented JSON text, ending in {@code \n}
   * @throws IllegalStateException if Jackson cannot render the tree (a bug: trees built here always render)
   */
  public static String toJson(JsonNode node) {
    try {
      return Json.MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  /** Writes the body of an output file. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the whole content.
     *
     * @param out the stream to write to; closed by the caller
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the text to {@code out} if given (named by the option {@code --out}), else prints it to
   * {@code stdout}. The path {@code -} also means standard output.
   *
   * @param text the whole output, written as UTF-8
   * @param out the file, or null (or {@code -}) for standard output
   * @param stdout standard output
   * @throws dev.losi.core.LosiValidationException when the file cannot be written (for example the
   *     directory does not exist)
   */
  public static void write(String text, Path out, PrintWriter stdout) {
    write(text, out, "--out", stdout);
  }

  /**
   * Writes the text to the file given by {@code option}, or prints it to {@code stdout} when the file is
   * null or {@code -}. Inside a {@link #begin() transaction} the file is staged and appears only when the
   * transaction commits.
   *
   * @param text the whole output, written as UTF-8
   * @param out the file, or null (or {@code -}) for standard output
   * @param option the option that named the file (for example {@code --pending}), named in problems
   * @param stdout standard output
   * @throws dev.losi.core.LosiValidationException naming the option when the file cannot be written
   */
  public static void write(String text, Path out, String option, PrintWriter stdout) {
    if (out == null || isStandardStream(out)) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    writeFile(out, option, s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes a file (text or binary) through {@code body}: to a temporary file beside it, moved into place
   * when complete, or, inside a {@link #begin() transaction}, when the transaction commits. The file is
   * created with the permissions a new file gets from the umask, as {@code cp} would.
   *
   * @param out the file; {@code -} (standard output) is refused
   * @param option the option that named the file, named in problems
   * @param body writes the content
   * @throws dev.losi.core.LosiValidationException naming the option when the file cannot be written
   */
  public static void writeFile(Path out, String option, Body body) {
    if (isStandardStream(out)) {
      throw Problems.single(Problem.builder().field(option).value("-")
          .message("this output cannot go to standard output; name a file").build());
    }
    Path target = out.toAbsolutePath();
    Path dir = checkDirectory(out, option);
    if (Files.isDirectory(target)) {
      throw Problems.single(Problem.builder().source(out.toString()).field(option)
          .message("cannot be written: it is a directory; name a file").build());
    }
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    Staging.track(tmp);
    try {
      // buffered: an encoder hands its bytes on 8 KiB at a time, a system call each without this
      try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE), 1 << 16)) {
        body.writeTo(s);
      }
      Transaction tx = CURRENT.get();
      if (tx != null) {
        tx.staged.add(new Staged(tmp, target, out, option));
      } else {
        move(new Staged(tmp, target, out, option));
      }
    } catch (IOException e) {
      Staging.delete(tmp);
      throw cannotWrite(out, option, e);
    }
  }

  /**
   * Whether a path is {@code -}, which names standard input or output.
   *
   * @param p the path as given on the command line
   * @return true for exactly {@code -}
   */
  public static boolean isStandardStream(Path p) {
    return p.toString().equals("-");
  }

  /**
   * Starts collecting the files written on this thread; they appear only on {@link Transaction#commit()},
   * and are deleted if the transaction is closed without committing.
   *
   * @return the transaction, to be closed (try-with-resources)
   */
  public static Transaction begin() {
    Transaction tx = new Transaction();
    CURRENT.set(tx);
    return tx;
  }

  private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();

  private record Staged(Path tmp, Path target, Path given, String option) {}

  private static void move(Staged s) throws IOException {
    try {
      Files.move(s.tmp(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(s.tmp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
    }
    Staging.untrack(s.tmp());
  }

  private static dev.losi.core.LosiValidationException cannotWrite(Path out, String option, IOException e) {
    return Problems.single(Problem.builder().source(out.toString()).field(option)
        .message("cannot be written: " + e.getMessage()).build());
  }

  /** The files one command writes, made visible together when it succeeds. */
  public static final class Transaction implements AutoCloseable {
    private final List<Staged> staged = new ArrayList<>();
    private boolean done;

    private Transaction() {}

    /**
     * Moves every staged file into place, in the order written.
     *
     * @throws dev.losi.core.LosiValidationException naming the option whose file could not be moved
     */
    public void commit() {
      done = true;
      CURRENT.remove();
      for (Staged s : staged) {
        try {
          move(s);
        } catch (IOException e) {
          staged.forEach(x -> Staging.delete(x.tmp()));
          throw cannotWrite(s.given(), s.option(), e);
        }
      }
    }

    /** Deletes the staged files unless the transaction was committed. */
    @Override
    public void close() {
      if (CURRENT.get() == this) {
        CURRENT.remove();
      }
      if (!done) {
        staged.forEach(s -> Staging.delete(s.tmp()));
      }
    }
  }

  /**
   * The directory {@code out} will be written in.
   *
   * @param out the file named by {@code --out}
   * @return the absolute directory that holds it
   * @throws dev.losi.core.LosiValidationException when it does not exist
   */
  public static Path checkDirectory(Path out) {
    return checkDirectory(out, "--out");
  }

  /**
   * The directory the file of {@code option} will be written in.
   *
   * @param out the file
   * @param option the option that named the file, named in problems
   * @return the absolute directory that holds it
   * @throws dev.losi.core.LosiValidationException naming the option when it does not exist
   */
  public static Path checkDirectory(Path out, String option) {
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw Problems.single(Problem.builder().source(out.toString()).field(option)
          .message("cannot be written: directory " + dir + " does not exist").build());
    }
    return dir;
  }

  /**
   * A number for a text table: 4 decimals, rounded half up as {@link java.util.Formatter} does, in
   * {@link Locale#ROOT} (display only; CSV and JSON keep full precision).
   *
   * @param v the number
   * @return for example {@code 0.6316} for 12/19; {@code NaN} and {@code Infinity} as Java spells them
   */
  public static String display(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
