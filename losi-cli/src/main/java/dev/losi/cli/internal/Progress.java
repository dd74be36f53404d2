package dev.losi.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long run on standard error: after {@value #DELAY_MILLIS} ms, and then every
 * {@value #PERIOD_MILLIS} ms, one line rewritten in place ({@code \r}) with the share of the input read, the
 * rate and the time so far, for example {@code losi score: 45% of 35.3 MB read, 12.1 MB/s, 3.2 s}; the line
 * is cleared when the run ends. Shown only when standard error is a terminal ({@link System#console()} is
 * not null) and {@code --quiet} is not given; otherwise {@link #start} returns a progress that prints
 * nothing, so output to files and pipes, and every test, is unchanged.
 */
public final class Progress implements AutoCloseable {

  /** How long a run goes before progress is shown. */
  static final long DELAY_MILLIS = 2000;
  /** How often the line is rewritten. */
  static final long PERIOD_MILLIS = 500;

  private final AtomicLong bytes = new AtomicLong();
  private final Thread thread;
  private final PrintWriter err;
  private volatile boolean shown;

  private Progress(PrintWriter err, String command, long total) {
    this.err = err;
    if (err == null) {
      thread = null;
      return;
    }
    long start = System.nanoTime();
    thread = new Thread(() -> {
      try {
        Thread.sleep(DELAY_MILLIS);
        while (!Thread.currentThread().isInterrupted()) {
          synchronized (err) {
            err.print("\r" + line(command, bytes.get(), total, System.nanoTime() - start));
            err.flush();
            shown = true;
          }
          Thread.sleep(PERIOD_MILLIS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "losi-progress");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts showing progress of reading {@code total} bytes on {@code err}, if it is a terminal and not quiet.
   *
   * @param err standard error of the command
   * @param command the command name, as in {@code losi score}
   * @param quiet whether {@code --quiet} was given (then nothing is shown)
   * @param total the input size in bytes, or -1 when unknown (then no share is shown, only bytes and rate)
   * @return the progress, to be closed when the run ends; one that prints nothing when standard error is
   *     not a terminal or {@code quiet} is set
   */
  public static Progress start(PrintWriter err, String command, boolean quiet, long total) {
    return new Progress(quiet || System.console() == null ? null : err, command, total);
  }

  /**
   * Starts showing progress of reading {@code input} on {@code err}, if it is a terminal and not quiet: as
   * {@link #start(PrintWriter, String, boolean, long)} with the file's {@link #size}.
   *
   * @param err standard error of the command
   * @param command the command name, as in {@code losi score}
   * @param quiet whether {@code --quiet} was given (then nothing is shown)
   * @param input the file read, or {@code -} for standard input (size unknown)
   * @return the progress, to be closed when the run ends
   */
  public static Progress start(PrintWriter err, String command, boolean quiet, Path input) {
    return start(err, command, quiet, size(input));
  }

  /**
   * The size of a file in bytes.
   *
   * @param file the file, or {@code -} for standard input
   * @return its size in bytes, or -1 for standard input or when the size cannot be told (no such file, no
   *     permission); never throws
   */
  public static long size(Path file) {
    try {
      return file.toString().equals("-") ? -1 : Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Whether this progress can show anything.
   *
   * @return true when standard error is a terminal and {@code --quiet} was not given
   */
  public boolean active() {
    return thread != null;
  }

  /**
   * Sets the number of bytes read so far (for a reader that counts them itself).
   *
   * @param n the bytes read from the start of the input, not an increment
   */
  public void bytesRead(long n) {
    bytes.set(n);
  }

  /**
   * The stream, counting the bytes read from it into this progress.
   *
   * @param in the input
   * @return a stream reading {@code in} and counting its bytes; {@code in} itself when this progress shows
   *     nothing
   */
  public InputStream counting(InputStream in) {
    if (thread == null) {
      return in;
    }
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          bytes.addAndGet(n);
        }
        return n;
      }
    };
  }

  /**
   * The progress line: {@code losi COMMAND: P% of T MB read, R MB/s, S s} (1 MB = 10^6 bytes), or, once
   * everything is read, {@code losi COMMAND: T MB read, computing, S s}; without a known total, the MB read.
   */
  static String line(String command, long read, long total, long nanos) {
    double seconds = nanos / 1e9;
    double mb = read / 1e6;
    String rate = String.format(Locale.ROOT, "%.1f MB/s", seconds > 0 ? mb / seconds : 0);
    String time = String.format(Locale.ROOT, "%.1f s", seconds);
    if (total > 0 && read >= total) {
      return String.format(Locale.ROOT, "losi %s: %.1f MB read, computing, %s ", command, total / 1e6, time);
    }
    if (total > 0) {
      return String.format(Locale.ROOT, "losi %s: %d%% of %.1f MB read, %s, %s ", command, read * 100 / total,
          total / 1e6, rate, time);
    }
    return String.format(Locale.ROOT, "losi %s: %.1f MB read, %s, %s ", command, mb, rate, time);
  }

  /** Stops, clearing the line if one was shown. */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      synchronized (err) {
        err.print("\r" + " ".repeat(79) + "\r");
        err.flush();
      }
    }
  }
}
