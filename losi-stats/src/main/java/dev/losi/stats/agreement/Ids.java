package dev.losi.stats.agreement;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/** The unit and rater ids of {@link ReliabilityData}: numbered ids made on demand, copies and the distinctness check. */
final class Ids {

  private Ids() {}

  /** The ids {@code "1"} to {@code "n"}, made on demand (no string per id is kept). Immutable. */
  static List<String> numbered(int n) {
    return new Numbered(n);
  }

  /**
   * The ids stored one after another as ISO-8859-1 bytes, id {@code i} ending (exclusive) at {@code ends[i]}:
   * each string is made when asked for, so there is no string per id until then. Immutable; the arrays are
   * taken as they are and must not change.
   */
  static List<String> slices(byte[] text, int[] ends) {
    return new Slices(text, ends);
  }

  /** An immutable copy, or the list itself when it is already immutable ({@link List#copyOf} keeps those). */
  static List<String> copy(List<String> ids) {
    return ids instanceof Numbered || ids instanceof Slices ? ids : List.copyOf(ids);
  }

  /**
   * Checks that no id is blank or repeated, by an open-addressing table of positions over
   * {@link String#hashCode} (no object per id).
   *
   * @throws IllegalArgumentException naming the first id that is blank or seen before
   */
  static void requireDistinct(List<String> ids) {
    int n = ids.size();
    int[] slots = new int[Integer.highestOneBit(Math.max(1, n)) << 2];
    Arrays.fill(slots, -1);
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      if (id.isBlank()) {
        throw repeated(id);
      }
      int h = id.hashCode();
      for (int at = (h ^ (h >>> 16)) & mask; ; at = (at + 1) & mask) {
        int j = slots[at];
        if (j < 0) {
          slots[at] = i;
          break;
        }
        if (ids.get(j).equals(id)) {
          throw repeated(id);
        }
      }
    }
  }

  private static IllegalArgumentException repeated(String id) {
    return new IllegalArgumentException("id \"" + id + "\" is blank or repeated");
  }

  private static final class Numbered extends AbstractList<String> implements RandomAccess {
    private final int size;

    Numbered(int size) {
      this.size = size;
    }

    @Override
    public String get(int index) {
      Objects.checkIndex(index, size);
      return Integer.toString(index + 1);
    }

    @Override
    public int size() {
      return size;
    }
  }

  private static final class Slices extends AbstractList<String> implements RandomAccess {
    private final byte[] text;
    private final int[] ends;

    Slices(byte[] text, int[] ends) {
      this.text = text;
      this.ends = ends;
    }

    @Override
    public String get(int index) {
      Objects.checkIndex(index, ends.length);
      int from = index == 0 ? 0 : ends[index - 1];
      return new String(text, from, ends[index] - from, StandardCharsets.ISO_8859_1);
    }

    @Override
    public int size() {
      return ends.length;
    }
  }
}
