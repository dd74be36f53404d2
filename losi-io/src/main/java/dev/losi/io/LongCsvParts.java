package dev.losi.io;

import static dev.losi.io.LongCsvScan.CUT_SEARCH;
import static dev.losi.io.LongCsvScan.MIN_PART;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The parallel side of the byte-level scan ({@link LongCsvScan}): a file cut into parts that start just after
 * a line feed, each part scanned on its own thread, and the parts' cities, assessors, dates and groups merged
 * in part order, which is file order, so that the result is that of one scan of the whole file; what one scan
 * would hand on to the general reader, the parts hand on too.
 */
final class LongCsvParts {

  private LongCsvParts() {}

  /**
   * Reads the long-layout CSV file like {@link LongCsvScan#scan(InputStream, Instrument, IndicatorCodes,
   * CsvFormat, AssessmentLayout, LongConsumer)}, in parts of at least {@link LongCsvScan#MIN_PART} bytes on the available
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
        long[] starts = lineStarts(ch, cuts.plan(size, first.records.base + first.records.pos),
            first.records.base + first.records.pos, size);
        List<LongCsvScan> parts = new ArrayList<>();
        parts.add(first);
        List<FileChannel> open = new ArrayList<>();
        try {
          for (long from : starts) {
            FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
            open.add(c);
            c.position(from);
            parts.get(parts.size() - 1).records.end = from;
            parts.add(first.part(Channels.newInputStream(c), from));
          }
          runAll(parts);
        } finally {
          for (FileChannel c : open) {
            c.close();
          }
        }
        return merge(instrument, codes, parts);
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

  /**
   * The packed answers of the parts, in part order: cities, assessors and dates are matched across parts by
   * their text (a city also by its first row's bytes: id and cells), and groups by city, assessor and date,
   * in order of first appearance in the file. So the groups, their order and their answers are those of one
   * scan of the whole file; what one scan would hand on (a city spelt two ways, a duplicate answer) is
   * handed on here too.
   */
  static PackedAssessments merge(Instrument instrument, IndicatorCodes codes, List<LongCsvScan> parts)
      throws Unhandled {
    LongCsvScan all = parts.get(0);
    boolean texts = false;
    for (LongCsvScan p : parts) {
      p.cities.rowsRead();
      texts |= p.texts;
    }
    for (int k = 1; k < parts.size(); k++) {
      LongCsvScan p = parts.get(k);
      all.cities.reserve(p.cities);
      int[] cityOf = new int[p.cities.list.size()];
      for (int c = 0; c < cityOf.length; c++) {
        cityOf[c] = all.cities.merge(p.cities, c);
      }
      int[] assessorOf = indexes(p.cells.assessors, 0, all.cells.assessors, all.cells.assessorIndex);
      int[] dateOf = indexes(p.cells.dates, 1, all.cells.dates, all.cells.dateIndex);
      for (int g = 0; g < p.groups.count(); g++) {
        int city = cityOf[p.groups.city(g)];
        int assessor = assessorOf[p.groups.assessor(g)];
        int date = dateOf[p.groups.date(g)];
        int ours = all.group(city, assessor, date);
        p.answers.forEach(g, (position, answer) -> {
          if (!all.answers.putNew(ours, position, answer)) {
            throw UNHANDLED; // a duplicate row
          }
        });
      }
      parts.set(k, null); // release the part
    }
    PackedAssessments packed = new PackedAssessments(instrument, all.answers);
    packed.texts = texts;
    for (int g = 0; g < all.groups.count(); g++) {
      packed.addGroup(all.cities.list.get(all.groups.city(g)), codes.instrumentId(),
          all.cells.assessors.get(all.groups.assessor(g)), all.cells.dates.get(all.groups.date(g)));
    }
    return packed;
  }

  /** The index in {@code list} of each of {@code theirs} from {@code from} on, adding those not yet in it. */
  private static <T> int[] indexes(List<T> theirs, int from, List<T> list, Map<T, Integer> index) {
    int[] out = new int[theirs.size()];
    for (int i = from; i < out.length; i++) {
      T value = theirs.get(i);
      Integer known = index.get(value);
      if (known == null) {
        known = list.size();
        list.add(value);
        index.put(value, known);
      }
      out[i] = known;
    }
    return out;
  }
}
