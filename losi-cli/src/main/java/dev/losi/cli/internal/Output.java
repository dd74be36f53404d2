package dev.losi.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.losi.core.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Where a command's result goes: standard output, or a file written atomically (to a temporary file in the
 * same directory, moved into place only when complete), so a failed run never leaves a partial file.
 */
public final class Output {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  /** A shared Jackson mapper for building JSON trees. */
  public static ObjectMapper json() {
    return JSON;
  }

  /** Pretty-printed JSON text of a tree, with a trailing line break. */
  public static String toJson(JsonNode node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  /**
   * Writes the text to {@code out} if given, else prints it to {@code stdout}.
   *
   * @throws dev.losi.core.LosiValidationException when the file cannot be written (for example the
   *     directory does not exist)
   */
  public static void write(String text, Path out, PrintWriter stdout) {
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    Path target = out.toAbsolutePath();
    Path dir = checkDirectory(out);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw Problems.single(Problem.builder().source(out.toString()).field("--out")
          .message("cannot be written: " + e.getMessage()).build());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * The directory {@code out} will be written in.
   *
   * @throws dev.losi.core.LosiValidationException when it does not exist
   */
  public static Path checkDirectory(Path out) {
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw Problems.single(Problem.builder().source(out.toString()).field("--out")
          .message("cannot be written: directory " + dir + " does not exist").build());
    }
    return dir;
  }

  /** A number for a text table: 4 decimals (display only; CSV and JSON keep full precision). */
  public static String display(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** A number for CSV: the shortest decimal that reads back to the same double. */
  public static String exact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
