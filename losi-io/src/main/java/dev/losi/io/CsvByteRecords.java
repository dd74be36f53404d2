package dev.losi.io;

import static dev.losi.io.Unhandled.UNHANDLED;

import dev.losi.io.internal.ByteKeys;
import dev.losi.io.internal.CsvParser;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The byte-level field tokenizer of a UTF-8 CSV input: records split into field bounds over one growing byte
 * buffer, with no object and no string per record. A field's bounds include its quotes; {@link #text} decodes
 * one field strictly (as {@code Cells#text} reads it). The tokenizer accepts plainly valid records only: a
 * quote inside an unquoted field, text after a closing quote, NUL, a quoted field holding a line break, a
 * quoted field not closed, UTF-16, a record over {@link CsvFormat#maxRecordChars()} or with more than
 * {@link CsvFormat#maxColumns()} fields throw {@link Unhandled}. Empty lines are skipped.
 *
 * <p>Used by {@link LongCsvScan} (each part of a file has its own) and by {@link LongCsvTexts}.
 *
 * <p>Not thread-safe.
 */
final class CsvByteRecords {

  private static final int BUFFER = 1 << 20;
  /** The longest first line (bytes) whose delimiter is detected here: well within CsvParser's buffer. */
  static final int HEADER_LIMIT = 16 * 1024;

  private final InputStream in;
  private final CsvFormat format;
  private final LongConsumer bytesRead;
  /** The bytes read by all parts, for {@code bytesRead} (null when this reader does not report). */
  private final AtomicLong read;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  byte[] buf = new byte[BUFFER];
  int pos;
  private int lim;
  private boolean eof;
  /** The offset in the input of {@code buf[0]}. */
  long base;
  /** Records that start at or after this offset belong to the next part. */
  long end = Long.MAX_VALUE;
  private byte delimiter;
  /** Bytes that end an unquoted field: the delimiter, CR, LF, a quote, NUL. */
  private final boolean[] stop = new boolean[256];

  /** The current record: raw field bounds (quotes included) and their count. */
  int[] starts = new int[32];
  int[] ends = new int[32];
  int width;

  /**
   * Records of {@code in} (not closed), whose first byte is at offset {@code base} of the input;
   * {@code bytesRead} hears the total of {@code read} when {@code reports}.
   */
  CsvByteRecords(InputStream in, long base, CsvFormat format, LongConsumer bytesRead, AtomicLong read,
      boolean reports) {
    this.in = in;
    this.base = base;
    this.format = format;
    this.bytesRead = reports ? bytesRead : null;
    this.read = read;
  }

  /** Records of a later part of the same input, {@code partIn} starting at offset {@code from}, with this delimiter. */
  CsvByteRecords part(InputStream partIn, long from) {
    CsvByteRecords p = new CsvByteRecords(partIn, from, format, bytesRead, read, false);
    p.delimiter = delimiter;
    System.arraycopy(stop, 0, p.stop, 0, stop.length);
    return p;
  }

  /**
   * Reads the byte order mark (a UTF-16 one hands the input on), detects the delimiter unless the format
   * gives one, and reads the first record (the header) into the field bounds.
   */
  void header() throws IOException, Unhandled {
    fill();
    if (lim >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
      throw UNHANDLED;
    }
    if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    delimiter = (byte) format.delimiter();
    if (delimiter == 0) {
      delimiter = detect();
    }
    stop[delimiter & 0xFF] = true;
    stop['\n'] = true;
    stop['\r'] = true;
    stop['"'] = true;
    stop[0] = true;
    if (!next()) {
      throw UNHANDLED;
    }
  }

  /** Reads more bytes after {@code lim}, keeping {@code buf[pos, lim)}; false at the end of the input. */
  private boolean fill() throws IOException, Unhandled {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      base += pos;
      pos = 0;
    }
    if (lim == buf.length) {
      if (buf.length >= format.maxRecordChars()) {
        throw UNHANDLED; // a record this long is for the general reader to judge
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    long total = read.addAndGet(n);
    if (bytesRead != null) {
      bytesRead.accept(total);
    }
    return true;
  }

  /** Reads the next record into the field bounds; false at the end (of the input, or of this part). */
  boolean next() throws IOException, Unhandled {
    while (true) {
      while (pos < lim && (buf[pos] == '\n' || buf[pos] == '\r')) {
        pos++;
      }
      if (pos == lim) {
        // the buffer ended after line ends: read on, and skip any line ends that the new bytes begin with
        // (a part starting at an empty line, or a buffer refilled just before one)
        if (!fill()) {
          return false;
        }
        continue;
      }
      if (base + pos >= end) {
        return false; // the next part's
      }
      int after = record(pos);
      if (after >= 0) {
        if (after - pos >= format.maxRecordChars()) {
          throw UNHANDLED;
        }
        pos = after;
        return true;
      }
      int before = lim - pos;
      fill();
      if (lim - pos == before && !eof) {
        throw UNHANDLED;
      }
    }
  }

  /**
   * Splits the record starting at {@code from} into fields; the position after it (after its line end), or
   * -1 when the buffer ends before the record does and more input may follow.
   */
  private int record(int from) throws Unhandled {
    // the fields in locals: the client compiler does not hoist their loads out of the loops
    byte[] buf = this.buf;
    int lim = this.lim;
    boolean[] stop = this.stop;
    byte delimiter = this.delimiter;
    int[] starts = this.starts;
    int[] ends = this.ends;
    int i = from;
    int n = 0;
    while (true) {
      if (n == starts.length) {
        if (n >= format.maxColumns()) {
          throw UNHANDLED;
        }
        starts = this.starts = Arrays.copyOf(starts, n * 2);
        ends = this.ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = i;
      if (i < lim && buf[i] == '"') {
        i = quoted(i + 1);
        if (i < 0) {
          return -1;
        }
      } else {
        while (i < lim && !stop[buf[i] & 0xFF]) {
          i++;
        }
      }
      ends[n++] = i;
      if (i >= lim) {
        if (!eof) {
          return -1;
        }
        width = n;
        return i;
      }
      byte b = buf[i];
      if (b == delimiter) {
        i++;
        continue;
      }
      if (b == '\n' || b == '\r') {
        width = n;
        return i + 1;
      }
      throw UNHANDLED; // a quote inside an unquoted field, text after a closing quote, or NUL
    }
  }

  /** The end of a quoted field whose text starts at {@code i} (after the closing quote), or -1 for more input. */
  private int quoted(int i) throws Unhandled {
    while (true) {
      if (i >= lim) {
        if (eof) {
          throw UNHANDLED; // not closed
        }
        return -1;
      }
      byte b = buf[i];
      if (b == '"') {
        if (i + 1 >= lim && !eof) {
          return -1;
        }
        if (i + 1 < lim && buf[i + 1] == '"') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (b == '\n' || b == '\r' || b == 0) {
        throw UNHANDLED;
      }
      i++;
    }
  }

  /**
   * The delimiter of the first non-empty line, as {@code CsvParser} detects it: the one of comma and
   * semicolon that occurs more often outside quotes, comma on a tie.
   */
  private byte detect() throws IOException, Unhandled {
    while (indexOfLineEnd() < 0 && lim - pos < HEADER_LIMIT && fill()) {
      // read on until the first line is in the buffer
    }
    if (indexOfLineEnd() < 0 && lim - pos >= HEADER_LIMIT) {
      throw UNHANDLED; // CsvParser detects from as much of a long first line as fits its buffer
    }
    int from = pos;
    while (from < lim && (buf[from] == '\n' || buf[from] == '\r')) {
      from++;
    }
    // ISO-8859-1 maps each byte to one char: the ASCII delimiters, quotes and line ends stay what they are
    return (byte) CsvParser.delimiterOf(new String(buf, from, Math.min(lim - from, HEADER_LIMIT),
        StandardCharsets.ISO_8859_1));
  }

  /** The position of the end of the first non-empty line in the buffer (quotes considered), or -1. */
  private int indexOfLineEnd() {
    int from = pos;
    while (from < lim && (buf[from] == '\n' || buf[from] == '\r')) {
      from++;
    }
    // ISO-8859-1 maps each byte to one char: the quotes and line ends stay where they are
    int lineEnd = CsvParser.lineEnd(new String(buf, from, lim - from, StandardCharsets.ISO_8859_1), 0);
    return lineEnd < 0 ? -1 : from + lineEnd;
  }

  /** Whether field {@code f} of the current record is empty (no byte, not even quotes). */
  boolean isEmpty(int f) {
    return starts[f] == ends[f];
  }

  /** The id of field {@code f}'s bytes in {@code keys}, or -1 when they were never added. */
  int find(ByteKeys keys, int f) {
    return keys.find(buf, starts[f], ends[f]);
  }

  /** Adds field {@code f}'s bytes (not yet present) to {@code keys}; their id. */
  int add(ByteKeys keys, int f) {
    return keys.add(buf, starts[f], ends[f]);
  }

  /** The text of field {@code f}: decoded strictly, unquoted, un-neutralised (as {@link Cells#text}). */
  String text(int f) throws Unhandled {
    return FormulaGuard.restore(raw(f));
  }

  /** The text of field {@code f} decoded strictly and unquoted. */
  String raw(int f) throws Unhandled {
    String s;
    try {
      s = utf8.decode(ByteBuffer.wrap(buf, starts[f], ends[f] - starts[f])).toString();
    } catch (CharacterCodingException e) {
      throw UNHANDLED;
    }
    if (s.startsWith("\"")) {
      s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  /** Checks that field {@code f} (when at least 0) is valid UTF-8. */
  void checkText(int f) throws Unhandled {
    if (f >= 0) {
      for (int i = starts[f]; i < ends[f]; i++) {
        if (buf[i] < 0) {
          raw(f);
          return;
        }
      }
    }
  }
}
