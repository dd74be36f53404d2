package dev.losi.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Internal, not API: writes a file through a temporary file beside it that is moved into place, so a
 * failure never leaves a partial file. The move is atomic where the file system supports it, else a
 * plain replacing move; on failure the temporary file is deleted and the exception propagates.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {

  /**
   * What goes into the file. The stream is buffered and closed by the caller of the body.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Body {
    /** Writes the content. */
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code file}; the temporary file {@code .NAME.HEX.tmp} is created like any new file
   * (permissions from the umask), so the result has the permissions of a freshly created file.
   */
  public static void write(Path file, Body body) throws IOException {
    Path abs = file.toAbsolutePath();
    Path tmp = abs.getParent().resolve("." + abs.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    fillAndMove(tmp, abs, () -> Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        body);
  }

  private interface Opener {
    OutputStream open() throws IOException;
  }

  /** Opens the temporary file (inside the clean-up), writes the body, moves it onto {@code abs}. */
  private static void fillAndMove(Path tmp, Path abs, Opener opener, Body body) throws IOException {
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(opener.open())) {
        body.write(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
