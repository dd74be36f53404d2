package dev.losi.io;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * The first significant byte of unnamed input (standard input), which tells its format: skipping an optional
 * UTF-8 byte order mark and white space, at most {@value #LOOK_AHEAD} bytes are looked at, and the stream is
 * reset to its start, so it is still read once.
 */
final class FirstByte {

  /** How many leading bytes are looked at. */
  static final int LOOK_AHEAD = 8192;

  /** Returned when only white space was found within {@link #LOOK_AHEAD} bytes. */
  static final int ONLY_WHITE_SPACE = -2;

  private FirstByte() {}

  /** A buffered stream over {@code in} that can be reset after {@link #of}. */
  static BufferedInputStream buffered(java.io.InputStream in) {
    return new BufferedInputStream(in, LOOK_AHEAD);
  }

  /**
   * The first byte that is neither the byte order mark nor white space; -1 at the end of the input,
   * {@link #ONLY_WHITE_SPACE} when the look-ahead was all white space. The stream is reset to where it was.
   */
  static int of(BufferedInputStream b) throws IOException {
    b.mark(LOOK_AHEAD);
    try {
      int c = b.read();
      int n = 1;
      if (c == 0xEF && b.read() == 0xBB && b.read() == 0xBF) {
        c = b.read();
        n += 3;
      }
      while ((c == ' ' || c == '\t' || c == '\r' || c == '\n') && n < LOOK_AHEAD) {
        c = b.read();
        n++;
      }
      return n >= LOOK_AHEAD ? ONLY_WHITE_SPACE : c;
    } finally {
      b.reset();
    }
  }
}
