package dev.losi.io;

import java.util.Arrays;

/**
 * The packed answers of many groups (one city, assessor and date each) in a few shared arrays, with no object
 * per group: a group's answers are kept sparse, as a chain of (position, packed answer) entries, until it has
 * more than {@link #SPARSE} of them; then they move to a dense slot of {@code size} ints, {@link #NOT_GIVEN}
 * where no row answered. The dense slots are held in blocks of {@value #BLOCK_SLOTS}, so that the store grows by
 * adding a block, never by copying the slots it has.
 *
 * <p>Memory: 8 bytes per group, 12 per answer of a group with at most {@link #SPARSE} answers, and
 * {@code 4 * size} (plus the {@link #SPARSE} entries it started with) per group with more, the last block's
 * unused slots besides. A file of one-row
 * cities so costs about 20 bytes a city; a complete assessment of LOSI 2024 about 480 bytes.
 *
 * <p>Not thread-safe: one reader (or one part of a parallel scan) fills its own.
 */
final class GroupAnswers {

  /** A position no row answered. */
  static final int NOT_GIVEN = -1;
  /** The most answers a group keeps as a chain of entries. */
  static final int SPARSE = 8;

  private final int size;
  private int groups;
  /** Per group: the first entry of its chain (-1: none yet), or {@code -2 - slot} once dense. */
  private int[] head = new int[64];
  /** Per group: its number of entries while sparse. */
  private byte[] count = new byte[64];
  /** Per entry, three ints: its position, its packed answer, the next entry of its chain (-1: none). */
  private int[] entry = new int[3 * 64];
  private int entries;
  /** Slots per block of the dense store. */
  static final int BLOCK_SLOTS = 64;
  /** The dense store: slot {@code s} is {@code blocks[s / BLOCK_SLOTS]} from {@code (s % BLOCK_SLOTS) * size}. */
  private int[][] blocks = new int[8][];
  private int slots;

  /** A store for an instrument of {@code size} indicators. */
  GroupAnswers(int size) {
    this.size = size;
  }

  /** The number of indicators of each group. */
  int size() {
    return size;
  }

  /** The number of groups. */
  int groups() {
    return groups;
  }

  /** Starts a group with no answer; its index, counting from 0 in order. */
  int add() {
    if (groups == head.length) {
      head = Arrays.copyOf(head, groups * 2);
      count = Arrays.copyOf(count, groups * 2);
    }
    head[groups] = -1;
    return groups++;
  }

  /**
   * Sets the answer at {@code position} (in instrument order) of group {@code g}, unless one is already there.
   *
   * @return false, changing nothing, when the position was already answered
   */
  boolean putNew(int g, int position, int packed) {
    return put(g, position, packed, false);
  }

  /** Sets the answer at {@code position} of group {@code g}, replacing any answer there. */
  void set(int g, int position, int packed) {
    put(g, position, packed, true);
  }

  private boolean put(int g, int position, int packed, boolean replace) {
    int h = head[g];
    if (h <= -2) {
      int[] block = block(-2 - h);
      int at = offset(-2 - h) + position;
      if (block[at] != NOT_GIVEN && !replace) {
        return false;
      }
      block[at] = packed;
      return true;
    }
    for (int e = h; e >= 0; e = entry[3 * e + 2]) {
      if (entry[3 * e] == position) {
        if (!replace) {
          return false;
        }
        entry[3 * e + 1] = packed;
        return true;
      }
    }
    if (count[g] == SPARSE) {
      toDense(g);
      block(-2 - head[g])[offset(-2 - head[g]) + position] = packed;
      return true;
    }
    if (3 * entries == entry.length) {
      entry = Arrays.copyOf(entry, entry.length * 2);
    }
    entry[3 * entries] = position;
    entry[3 * entries + 1] = packed;
    entry[3 * entries + 2] = h;
    head[g] = entries++;
    count[g]++;
    return true;
  }

  /** Moves group {@code g}'s entries to a dense slot of its own. */
  private void toDense(int g) {
    int slot = newSlot();
    int[] block = block(slot);
    int from = offset(slot);
    for (int e = head[g]; e >= 0; e = entry[3 * e + 2]) {
      block[from + entry[3 * e]] = entry[3 * e + 1];
    }
    head[g] = -2 - slot;
  }

  /** The block that holds dense slot {@code slot}. */
  private int[] block(int slot) {
    return blocks[slot / BLOCK_SLOTS];
  }

  /** Where dense slot {@code slot} starts in its {@link #block}. */
  private int offset(int slot) {
    return slot % BLOCK_SLOTS * size;
  }

  /** A new dense slot, all {@link #NOT_GIVEN}; a new block when the last is full. */
  private int newSlot() {
    if (slots == Integer.MAX_VALUE) {
      throw new OutOfMemoryError("more than " + slots + " complete assessments");
    }
    int b = slots / BLOCK_SLOTS;
    if (slots % BLOCK_SLOTS == 0) {
      if (b == blocks.length) {
        blocks = Arrays.copyOf(blocks, 2 * b);
      }
      blocks[b] = new int[BLOCK_SLOTS * size];
      Arrays.fill(blocks[b], NOT_GIVEN);
    }
    return slots++;
  }

  /**
   * Gives group {@code g}, which has no answer yet, the answers of group {@code theirs} of {@code from} (a store
   * of the same size): its dense slot copied whole, or its entries one by one.
   */
  void copyNew(int g, GroupAnswers from, int theirs) {
    if (head[g] != -1) {
      throw new IllegalStateException("group " + g + " has answers");
    }
    int h = from.head[theirs];
    if (h <= -2) {
      int slot = newSlot();
      System.arraycopy(from.block(-2 - h), from.offset(-2 - h), block(slot), offset(slot), size);
      head[g] = -2 - slot;
      return;
    }
    from.forEach(theirs, (position, packed) -> put(g, position, packed, true));
  }

  /** Whether group {@code g} has no answer yet. */
  boolean isEmpty(int g) {
    return head[g] == -1;
  }

  /**
   * Writes group {@code g}'s answers into {@code out[0, size)}: the packed answer at each answered position,
   * {@code missing} at the others.
   */
  void copyTo(int g, int[] out, int missing) {
    int h = head[g];
    if (h <= -2) {
      System.arraycopy(block(-2 - h), offset(-2 - h), out, 0, size);
      if (missing != NOT_GIVEN) {
        for (int i = 0; i < size; i++) {
          if (out[i] == NOT_GIVEN) {
            out[i] = missing;
          }
        }
      }
      return;
    }
    Arrays.fill(out, 0, size, missing);
    for (int e = h; e >= 0; e = entry[3 * e + 2]) {
      out[entry[3 * e]] = entry[3 * e + 1];
    }
  }

  /** What hears the answers of a group. */
  interface Answers<X extends Exception> {
    void answer(int position, int packed) throws X;
  }

  /** Hands each answered position of group {@code g} and its packed answer to {@code to}, in no set order. */
  <X extends Exception> void forEach(int g, Answers<X> to) throws X {
    int h = head[g];
    if (h <= -2) {
      int[] block = block(-2 - h);
      int from = offset(-2 - h);
      for (int i = 0; i < size; i++) {
        if (block[from + i] != NOT_GIVEN) {
          to.answer(i, block[from + i]);
        }
      }
      return;
    }
    for (int e = h; e >= 0; e = entry[3 * e + 2]) {
      to.answer(entry[3 * e], entry[3 * e + 1]);
    }
  }
}
