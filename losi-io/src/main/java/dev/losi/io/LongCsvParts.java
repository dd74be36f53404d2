package dev.losi.io;

import static dev.losi.io.Unhandled.UNHANDLED;

import dev.losi.core.Instrument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The parallel side of the byte-level scan ({@link LongCsvScan}): a file cut into parts that start just after
 * a line feed, each part scanned on its own thread, and the parts merged in part order, which is file order
 * ({@link LongCsvScan#merge}), so that the result is that of one scan of the whole file; what one scan would
 * hand on to the general reader, the parts hand on too. This class plans the cuts and runs the parts; it
 * uses a scanner only through {@code start}, {@code dataStart}, {@code endAt}, {@code part}, {@code rows} and
 * {@code merge}, and the scanner keeps its state to itself.
 */
final class LongCsvParts {

  /** Parts are at least this long (bytes): a smaller file is read in one part. */
  static final long MIN_PART = 4L << 20;
  /** How far after a planned cut a line feed is looked for (bytes); the cut is dropped when there is none. */
  static final int CUT_SEARCH = 64 * 1024;

  private LongCsvParts() {}

  /**
   * Reads the long-layout CSV file like {@link LongCsvScan#scan(InputStream, Instrument, IndicatorCodes,
   * CsvFormat, AssessmentLayout, LongConsumer)}, in parts of at least {@link #MIN_PART} bytes on the available
   * processors (see {@link LongCsvScan}); null when the file needs the general reader.
   */
  static PackedAssessments scan(Path file, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout, LongConsumer bytesRead) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    return scan(file, instrument, codes, format, layout, bytesRead, (size, dataStart) -> {
      long rest = size - dataStart;
      int parts = (int) Math.max(1, Math.min(cores, rest / MIN_PART));
      long[] cuts = new long[parts - 1];
      for (int k = 1; k < parts; k++) {
        cuts[k - 1] = dataStart + rest * k / parts;
      }
      return cuts;
    });
  }

  /** Where to cut a file of {@code size} bytes whose records start at {@code dataStart}: planned cut offsets. */
  interface Cuts {
    long[] plan(long size, long dataStart);
  }

  /** Reads the file in the parts that {@code cuts} plans, each cut moved to just after the next line feed. */
  static PackedAssessments scan(Path file, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout, LongConsumer bytesRead, Cuts cuts) throws IOException {
    if (!format.encoding().equals(StandardCharsets.UTF_8) || layout == AssessmentLayout.WIDE) {
      return null;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      LongCsvScan first = new LongCsvScan(Channels.newInputStream(ch), 0, instrument, codes, format, layout,
          bytesRead, new AtomicLong(), true);
      try {
        first.start();
        long dataStart = first.dataStart();
        long[] starts = lineStarts(ch, cuts.plan(size, dataStart), dataStart, size);
        List<LongCsvScan> parts = new ArrayList<>();
        parts.add(first);
        List<FileChannel> open = new ArrayList<>();
        try {
          for (long from : starts) {
            FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
            open.add(c);
            c.position(from);
            parts.get(parts.size() - 1).endAt(from);
            parts.add(first.part(Channels.newInputStream(c), from));
          }
          runAll(parts);
        } finally {
          for (FileChannel c : open) {
            c.close();
          }
        }
        return LongCsvScan.merge(instrument, codes, parts);
      } catch (Unhandled u) {
        return null;
      }
    }
  }

  /**
   * The offsets just after the first line feed at or after each planned cut, increasing, after
   * {@code dataStart} and before {@code size}; a cut with no line feed within {@link #CUT_SEARCH} bytes is dropped.
   */
  private static long[] lineStarts(FileChannel ch, long[] planned, long dataStart, long size) throws IOException {
    long[] out = new long[planned.length];
    int n = 0;
    long last = dataStart;
    ByteBuffer b = ByteBuffer.allocate(CUT_SEARCH);
    for (long p : planned) {
      if (p <= last || p >= size) {
        continue;
      }
      b.clear();
      while (b.hasRemaining() && ch.read(b, p + b.position()) > 0) {
        // read on until the buffer is full or the file ends
      }
      for (int i = 0; i < b.position(); i++) {
        if (b.get(i) == '\n') {
          long start = p + i + 1;
          if (start > last && start < size) {
            out[n++] = start;
            last = start;
          }
          break;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Scans the rows of every part: the first on this thread, the others on threads of their own. */
  private static void runAll(List<LongCsvScan> parts) throws IOException, Unhandled {
    Throwable[] failures = new Throwable[parts.size()];
    Thread[] threads = new Thread[parts.size()];
    for (int k = 1; k < parts.size(); k++) {
      LongCsvScan p = parts.get(k);
      int at = k;
      threads[k] = new Thread(() -> {
        try {
          p.rows();
        } catch (Throwable t) {
          failures[at] = t;
        }
      }, "losi-csv-part-" + k);
      threads[k].setDaemon(true);
      threads[k].start();
    }
    try {
      parts.get(0).rows();
    } catch (Throwable t) {
      failures[0] = t;
    }
    boolean interrupted = false;
    for (int k = 1; k < threads.length; k++) {
      while (true) {
        try {
          threads[k].join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable unhandled = null;
    for (Throwable t : failures) {
      if (t instanceof Error e) {
        throw e;
      } else if (t instanceof IOException e) {
        throw e;
      } else if (t instanceof RuntimeException e) {
        throw e;
      } else if (t != null) {
        unhandled = t;
      }
    }
    if (unhandled != null) {
      throw UNHANDLED;
    }
  }
}
