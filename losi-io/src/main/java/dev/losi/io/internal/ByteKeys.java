package dev.losi.io.internal;

import java.util.Arrays;

/**
 * An interning table of byte sequences: each distinct sequence gets a dense id (0, 1, 2, ... in order of
 * first {@link #add}), and {@link #find} looks a sequence up in a byte array without copying it. Open
 * addressing with linear probing; the keys are copied once into one growing pool. What the byte-level CSV
 * reader uses so that a value repeated on a million rows (a city id, an assessor, an indicator code) costs
 * one hash and one comparison per row, and no object.
 *
 * <p>Not thread-safe.
 */
public final class ByteKeys {

  private byte[] pool = new byte[1024];
  private int poolSize;
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];
  /** Slot to id + 1; 0 is an empty slot. */
  private int[] slots = new int[128];
  private int size;

  /** The number of keys. */
  public int size() {
    return size;
  }

  /** The hash of {@code b[from, to)}. */
  public static int hash(byte[] b, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }

  /**
   * Whether {@code a[aFrom, aFrom + n)} and {@code b[bFrom, bFrom + n)} hold the same bytes: a plain loop for the
   * short values of a CSV cell (an id, a code), which the client compiler runs faster than the call to
   * {@link Arrays#equals(byte[], int, int, byte[], int, int)} and its range checks; that call beyond 32 bytes.
   * The ranges must lie within the arrays.
   */
  public static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
    if (n > 32) {
      return Arrays.equals(a, aFrom, aFrom + n, b, bFrom, bFrom + n);
    }
    for (int i = 0; i < n; i++) {
      if (a[aFrom + i] != b[bFrom + i]) {
        return false;
      }
    }
    return true;
  }

  /** The id of {@code b[from, to)}, or -1 when it was never added. */
  public int find(byte[] b, int from, int to) {
    int h = hash(b, from, to);
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int id = slots[s] - 1;
      if (id < 0) {
        return -1;
      }
      if (hashes[id] == h && lengths[id] == to - from && same(pool, offsets[id], b, from, to - from)) {
        return id;
      }
    }
  }

  /** Adds {@code b[from, to)}, which must not be present yet, and returns its id. */
  public int add(byte[] b, int from, int to) {
    int len = to - from;
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
      lengths = Arrays.copyOf(lengths, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(b, from, pool, poolSize, len);
    int id = size++;
    offsets[id] = poolSize;
    lengths[id] = len;
    hashes[id] = hash(b, from, to);
    poolSize += len;
    if (size * 2 > slots.length) {
      rehash();
    } else {
      place(id);
    }
    return id;
  }

  private void place(int id) {
    int mask = slots.length - 1;
    int s = hashes[id] & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = id + 1;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    for (int id = 0; id < size; id++) {
      place(id);
    }
  }
}
