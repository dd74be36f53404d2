package dev.losi.stats.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The byte-level reader of {@link ReliabilityCsv}: plain ASCII {@code unit,rater,value} CSV to rows of int
 * ids in one pass per byte, with no object per row. Each field is checked, split, stripped of spaces and
 * packed into a long (its key, see {@link #rows}) in the same loop, and its bytes are interned into an id (units, raters and values numbered in order
 * of first appearance). It takes exactly the input that {@link AsciiCsv#open} and {@link AsciiCsv#next}
 * take (the same byte, line-length, header and field rules) and gives null for anything else, so that the
 * object path reads it and reports every problem.
 *
 * <p>From {@link #PARALLEL_MIN_BYTES} (32 MiB) of rows on, the rows are split in two at a line break near the middle
 * and each half is read on its own thread with its own ids; the second half's ids are then renumbered after
 * the first half's in their order of first appearance, which is the order one thread would give.
 */
final class ReliabilityBytes {

  private ReliabilityBytes() {}

  /**
   * From this many bytes of rows, the rows are read on two threads (the caller's and the common pool's).
   * Joining the halves (renumbering the second's ids) and starting the pool cost more than the second thread
   * saves on smaller inputs: on 2 cores, a 5.3 MB file (100k units x 5 raters) took 44 ms on two threads
   * and 38 ms on one, a 58 MB file (1M x 5) about 390 and 405 ms (docs/performance.md, "CLI start-up").
   */
  static final int PARALLEL_MIN_BYTES = 32 << 20;

  /** The ratings of a file as ids: units, raters and values in order of first appearance, and the rows. */
  static final class Rows {
    final Interner units;
    final Interner raters;
    final Interner values;
    /** {@code (unit, rater, value)} ids, three per row, in file order. */
    final int[] rows;
    /** The number of ints used in {@link #rows} (three per row). */
    final int length;

    Rows(Interner units, Interner raters, Interner values, int[] rows, int length) {
      this.units = units;
      this.raters = raters;
      this.values = values;
      this.rows = rows;
      this.length = length;
    }
  }

  private static final byte ORDINARY = 0;
  private static final byte DELIMITER = 1;
  private static final byte LINE_FEED = 2;
  private static final byte BAD = 3;

  private static final int IGNORED = 0;
  private static final int UNIT = 1;
  private static final int RATER = 2;
  private static final int VALUE = 3;

  /**
   * The rows of the bytes, or null when the input is not for the fast path (see the class comment) or
   * has no column unit, rater or value; rows are read on two threads from {@code parallelMinBytes}.
   */
  static Rows read(byte[] b, int parallelMinBytes) {
    AsciiCsv csv = AsciiCsv.header(b);
    if (csv == null) {
      return null;
    }
    int[] role = new int[csv.header.size()];
    for (String[] c : new String[][] {{"unit", "1"}, {"rater", "2"}, {"value", "3"}}) {
      int at = csv.column(c[0]);
      if (at < 0) {
        return null;
      }
      role[at] = Integer.parseInt(c[1]);
    }
    byte[] kind = new byte[256];
    for (int c = 0; c < 256; c++) {
      kind[c] = AsciiCsv.plain((byte) c) ? ORDINARY : BAD;
    }
    byte d = csv.delimiter();
    kind[d] = DELIMITER;
    kind['\n'] = LINE_FEED;
    int from = csv.rowsStart();
    int mid = from + (b.length - from) / 2;
    while (mid < b.length && b[mid] != '\n') {
      mid++;
    }
    if (b.length - from < parallelMinBytes || mid >= b.length) {
      return rows(b, from, b.length, kind, d, role);
    }
    int cut = mid + 1;
    ForkJoinTask<Rows> second = ForkJoinPool.commonPool().submit(() -> rows(b, cut, b.length, kind, d, role));
    Rows first = rows(b, from, cut, kind, d, role);
    Rows rest = second.join();
    return first == null || rest == null ? null : join(first, rest);
  }

  /**
   * The rows of {@code [from, to)}, which start at a line start and end at a line end; null as in
   * {@link #read}. {@code low} is the delimiter, {@code kind} the class of every byte.
   *
   * <p>Each field's bytes are packed into a long as they are scanned ({@link #key}): for a field of at most 8
   * bytes that long is the field itself (no byte of a field is 0), so a field is compared with the previous
   * row's unit, and looked up among the raters and values already seen (a small table of the last id of each
   * key, here in the loop), by one comparison of longs and no call. Only a field not found that way goes to its
   * {@link Interner}, and only a field longer than 8 bytes is compared byte by byte.
   */
  private static Rows rows(byte[] b, int from, int to, byte[] kind, byte low, int[] role) {
    Interner units = new Interner(b, tableSize((to - from) / 32));
    Interner raters = new Interner(b, 16);
    Interner values = new Interner(b, 16);
    // the last id of each key seen among the raters (slots 0 to 15) and the values (16 to 31), by a hash of the key
    long[] seenKeys = new long[32];
    int[] seenIds = new int[32];
    int columns = role.length;
    int[] rows = new int[3 * Math.max(1024, (to - from) / 16)];
    int n = 0;
    int pos = from;
    int unit = 0;
    int rater = 0;
    int value = 0;
    long unitKey = 0; // the previous row's unit cell: its key, and [unitFrom, unitTo) (empty before the first row)
    int unitFrom = 0;
    int unitTo = 0;
    while (pos < to) {
      if (b[pos] == '\n') {
        pos++; // empty lines are skipped, as the object path skips them
        continue;
      }
      int lineStart = pos;
      int field = 0;
      while (true) {
        int s = pos;
        long key = 0;
        int k = ORDINARY;
        while (pos < to) {
          int x = b[pos];
          // the bytes above the delimiter up to '~' are ordinary (LF, the quote and control bytes are below
          // it, non-ASCII bytes are negative): one test for most bytes, the table for the rest
          if ((x <= low || x == 0x7F) && (k = kind[x & 0xFF]) != ORDINARY) {
            break;
          }
          key = key << 8 | x;
          pos++;
        }
        // k is ORDINARY here only at the end of the range, which ends a line as a LF does
        if (k == BAD || field == columns) {
          return null;
        }
        int a = s;
        int z = pos;
        if (a < z && (b[a] == ' ' || b[z - 1] == ' ')) {
          while (a < z && b[a] == ' ') {
            a++;
          }
          while (z > a && b[z - 1] == ' ') {
            z--;
          }
          key = key(b, a, z);
        } else if (z - a > Long.BYTES) {
          key = 0;
        }
        if (a == z) {
          return null; // an empty cell: the object path names it
        }
        int r = role[field];
        if (r == UNIT) {
          // the rows of a unit usually follow one another: the same cell as the row before keeps its id
          // without a look-up in the table (whose slots are spread over memory)
          if (key == 0 ? !same(b, a, z, unitFrom, unitTo) : key != unitKey) {
            unit = units.id(a, z, key);
            unitKey = key;
            unitFrom = a;
            unitTo = z;
          }
        } else if (r != IGNORED) {
          int at = (r - RATER) << 4 | (int) (key * 0x9E3779B97F4A7C15L >>> 60);
          int id;
          if (key != 0 && seenKeys[at] == key) {
            id = seenIds[at];
          } else {
            id = (r == RATER ? raters : values).id(a, z, key);
            seenKeys[at] = key;
            seenIds[at] = id;
          }
          if (r == RATER) {
            rater = id;
          } else {
            value = id;
          }
        }
        field++;
        if (k != DELIMITER) {
          break;
        }
        pos++;
      }
      if (field != columns || pos - lineStart >= AsciiCsv.LONGEST) {
        return null;
      }
      pos++; // the LF (or past the end)
      if (n == rows.length) {
        rows = Arrays.copyOf(rows, 2 * n);
      }
      rows[n] = unit;
      rows[n + 1] = rater;
      rows[n + 2] = value;
      n += 3;
    }
    return new Rows(units, raters, values, rows, n);
  }

  /**
   * The bytes of {@code [s, e)} packed into a long, the first byte highest, when there are at most 8 of them
   * (then distinct slices of bytes other than 0 have distinct keys, none of them 0), else 0.
   */
  static long key(byte[] b, int s, int e) {
    if (e - s > Long.BYTES) {
      return 0;
    }
    long key = 0;
    for (int i = s; i < e; i++) {
      key = key << 8 | b[i];
    }
    return key;
  }

  /** The smallest power of two of at least {@code n} slots, and at least 1,024. */
  private static int tableSize(int n) {
    return Math.max(1 << 10, Integer.highestOneBit(Math.max(1, n - 1)) << 1);
  }

  /** Whether {@code [s, e)} and {@code [f, g)} hold the same bytes. */
  private static boolean same(byte[] b, int s, int e, int f, int g) {
    if (e - s != g - f) {
      return false;
    }
    for (int i = s; i < e; i++, f++) {
      if (b[i] != b[f]) {
        return false;
      }
    }
    return true;
  }

  /** The rows of the first part, then the second's with its ids renumbered after the first's. */
  private static Rows join(Rows first, Rows second) {
    int[] unit = first.units.addAll(second.units);
    int[] rater = first.raters.addAll(second.raters);
    int[] value = first.values.addAll(second.values);
    int[] rows = Arrays.copyOf(first.rows, first.length + second.length);
    int[] r = second.rows;
    for (int i = 0, o = first.length; i < second.length; i += 3, o += 3) {
      rows[o] = unit[r[i]];
      rows[o + 1] = rater[r[i + 1]];
      rows[o + 2] = value[r[i + 2]];
    }
    return new Rows(first.units, first.raters, first.values, rows, rows.length);
  }

  /**
   * Byte slices of one array numbered in order of first appearance: an open-addressing hash table over the
   * slices, with the {@link String}s made only when asked for. Not thread-safe.
   */
  static final class Interner {
    private final byte[] bytes;
    private int[] slots;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int[] hashes = new int[16];
    /** The {@link ReliabilityBytes#key} of each slice (0 for one of more than 8 bytes). */
    private long[] keys = new long[16];
    private int size;
    private List<String> values;

    Interner(byte[] bytes, int slots) {
      this.bytes = bytes;
      this.slots = new int[slots];
      Arrays.fill(this.slots, -1);
    }

    /**
     * The hash of the slice {@code [s, e)} whose {@link ReliabilityBytes#key} is {@code key}: of the key when it is not 0,
     * else {@code 31 * h + b} over the bytes from {@code h = 1}; its high bits folded into the low ones.
     */
    static int hash(byte[] b, int s, int e, long key) {
      int h;
      if (key != 0) {
        h = (int) (key * 0x9E3779B97F4A7C15L >>> 32);
      } else {
        h = 1;
        for (int i = s; i < e; i++) {
          h = 31 * h + b[i];
        }
      }
      return h ^ (h >>> 16);
    }

    /**
     * The number of the slice {@code [s, e)}, whose {@link ReliabilityBytes#key} is {@code key}; new numbers in order of first
     * appearance.
     */
    int id(int s, int e, long key) {
      int h = hash(bytes, s, e, key);
      int mask = slots.length - 1;
      for (int at = h & mask; ; at = (at + 1) & mask) {
        int id = slots[at];
        if (id < 0) {
          return add(at, s, e, h, key);
        }
        if (hashes[id] == h && (key != 0 ? keys[id] == key : same(id, s, e))) {
          return id;
        }
      }
    }

    private boolean same(int id, int s, int e) {
      return ReliabilityBytes.same(bytes, s, e, from[id], to[id]);
    }

    private int add(int at, int s, int e, int h, long key) {
      int id = size;
      if (id == from.length) {
        from = Arrays.copyOf(from, id * 2);
        to = Arrays.copyOf(to, id * 2);
        hashes = Arrays.copyOf(hashes, id * 2);
        keys = Arrays.copyOf(keys, id * 2);
      }
      from[id] = s;
      to[id] = e;
      hashes[id] = h;
      keys[id] = key;
      slots[at] = id;
      size++;
      values = null;
      if (2 * size > slots.length) {
        rehash();
      }
      return id;
    }

    private void rehash() {
      int[] bigger = new int[slots.length * 2];
      Arrays.fill(bigger, -1);
      int mask = bigger.length - 1;
      for (int id = 0; id < size; id++) {
        int at = hashes[id] & mask;
        while (bigger[at] >= 0) {
          at = (at + 1) & mask;
        }
        bigger[at] = id;
      }
      slots = bigger;
    }

    /**
     * Numbers every slice of {@code other} (over the same bytes) here, in its order: the slices new here get
     * the next numbers. Returns this interner's number of each of {@code other}'s.
     */
    int[] addAll(Interner other) {
      int[] ids = new int[other.size];
      for (int i = 0; i < other.size; i++) {
        int s = other.from[i];
        int e = other.to[i];
        ids[i] = id(s, e, key(bytes, s, e));
      }
      return ids;
    }

    /** How many distinct slices. */
    int size() {
      return size;
    }

    /**
     * The slices one after another, in order of first appearance, into {@code text}; returns the end (exclusive)
     * of each in it (no string per slice).
     */
    int[] pack(byte[] text) {
      int[] ends = new int[size];
      int at = 0;
      for (int id = 0; id < size; id++) {
        int n = to[id] - from[id];
        System.arraycopy(bytes, from[id], text, at, n);
        at += n;
        ends[id] = at;
      }
      return ends;
    }

    /** The total length of the slices. */
    int textLength() {
      int n = 0;
      for (int id = 0; id < size; id++) {
        n += to[id] - from[id];
      }
      return n;
    }

    /** The slices as text, in order of first appearance (an immutable list). */
    List<String> values() {
      if (values == null) {
        String[] v = new String[size];
        for (int id = 0; id < size; id++) {
          v[id] = new String(bytes, from[id], to[id] - from[id], StandardCharsets.ISO_8859_1);
        }
        values = List.of(v);
      }
      return values;
    }
  }
}
