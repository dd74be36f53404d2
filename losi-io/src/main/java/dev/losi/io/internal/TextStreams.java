package dev.losi.io.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Internal, not API: the text forms of the stream readers and writers ("read this String", "give me
 * the text"), which work on UTF-8 bytes in memory. An {@link IOException}, which in-memory streams do
 * not throw themselves, is rethrown as {@link UncheckedIOException}.
 *
 * @since 0.1.0
 */
public final class TextStreams {

  private TextStreams() {}

  /**
   * A reader of a UTF-8 stream named {@code source}.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface StreamReader<T> {
    /** Reads the document. */
    T read(InputStream in, String source) throws IOException;
  }

  /** Reads {@code text}, encoded as UTF-8, with {@code reader}. */
  public static <T> T read(String text, String source, StreamReader<T> reader) {
    try {
      return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file with {@code reader}, naming it in problems by its file name (without the folders). */
  public static <T> T readFile(Path file, StreamReader<T> reader) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, file.getFileName().toString());
    }
  }

  /**
   * A view of {@code in} whose {@code close()} does nothing, for readers that must leave the caller's
   * stream open (Jackson and the CSV parser close their input by default).
   */
  public static InputStream unclosed(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /** What {@code body} writes, decoded as UTF-8. */
  public static String written(AtomicFiles.Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
