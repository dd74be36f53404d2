package dev.losi.stats.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The byte-level reader of {@link ReliabilityCsv}: plain ASCII {@code unit,rater,value} CSV to rows of int
 * ids in one pass per byte, with no object per row. Each field is checked, split, stripped of spaces and
 * hashed in the same loop, and its bytes are interned into an id (units, raters and values numbered in order
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
   */
  private static Rows rows(byte[] b, int from, int to, byte[] kind, byte low, int[] role) {
    Interner units = new Interner(b, 1 << 10);
    Interner raters = new Interner(b, 16);
    Interner values = new Interner(b, 16);
    int columns = role.length;
    int[] rows = new int[3 * 1024];
    int n = 0;
    int pos = from;
    int unit = 0;
    int rater = 0;
    int value = 0;
    int unitFrom = 0; // the previous row's unit cell, [unitFrom, unitTo): empty before the first row
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
        int h = 1;
        int k = ORDINARY;
        while (pos < to) {
          int x = b[pos];
          // the bytes above the delimiter up to '~' are ordinary (LF, the quote and control bytes are below
          // it, non-ASCII bytes are negative): one test for most bytes, the table for the rest
          if ((x <= low || x == 0x7F) && (k = kind[x & 0xFF]) != ORDINARY) {
            break;
          }
          h = 31 * h + x;
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
          h = Interner.hash(b, a, z);
        }
        if (a == z) {
          return null; // an empty cell: the object path names it
        }
        switch (role[field]) {
          case UNIT -> {
            // the rows of a unit usually follow one another: the same cell as the row before keeps its id
            // without a look-up in the table (whose slots are spread over memory)
            if (!same(b, a, z, unitFrom, unitTo)) {
              unit = units.id(a, z, h);
              unitFrom = a;
              unitTo = z;
            }
          }
          case RATER -> rater = raters.id(a, z, h);
          case VALUE -> value = values.id(a, z, h);
          default -> { }
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
    private int size;
    private List<String> values;

    Interner(byte[] bytes, int slots) {
      this.bytes = bytes;
      this.slots = new int[slots];
      Arrays.fill(this.slots, -1);
    }

    /** {@code 31 * h + b} over the slice from {@code h = 1}: the hash that {@link #id} takes. */
    static int hash(byte[] b, int s, int e) {
      int h = 1;
      for (int i = s; i < e; i++) {
        h = 31 * h + b[i];
      }
      return h;
    }

    /** The number of the slice {@code [s, e)} with the given {@link #hash}; new numbers in order of first appearance. */
    int id(int s, int e, int hash) {
      int h = hash ^ (hash >>> 16);
      int mask = slots.length - 1;
      for (int at = h & mask; ; at = (at + 1) & mask) {
        int id = slots[at];
        if (id < 0) {
          return add(at, s, e, h);
        }
        if (hashes[id] == h && same(id, s, e)) {
          return id;
        }
      }
    }

    private boolean same(int id, int s, int e) {
      return ReliabilityBytes.same(bytes, s, e, from[id], to[id]);
    }

    private int add(int at, int s, int e, int h) {
      int id = size;
      if (id == from.length) {
        from = Arrays.copyOf(from, id * 2);
        to = Arrays.copyOf(to, id * 2);
        hashes = Arrays.copyOf(hashes, id * 2);
      }
      from[id] = s;
      to[id] = e;
      hashes[id] = h;
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
        ids[i] = id(s, e, hash(bytes, s, e));
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
