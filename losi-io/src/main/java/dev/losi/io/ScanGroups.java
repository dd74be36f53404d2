package dev.losi.io;

import java.util.Arrays;

/**
 * The groups of a byte-level scan ({@link LongCsvScan}): one per city, assessor and date (given as indexes of
 * the scan), numbered in order of first appearance, with their packed answers in one {@link GroupAnswers}
 * store. The index from (city, assessor, date) to group is an open-addressing table of group numbers, whose
 * keys are read back from the groups themselves.
 *
 * <p>Memory: 12 bytes per group for its city, assessor and date, 8 to 16 for the index, and its answers.
 *
 * <p>Not thread-safe: each part of a parallel scan has its own.
 */
final class ScanGroups {

  private final GroupAnswers answers;
  /** Per group: city, assessor, date. */
  private int[] keys = new int[3 * 64];
  /** Group number + 1 per slot; 0 for an empty slot. At most half full. */
  private int[] slots = new int[128];
  private int lastCity = -1;
  private int lastAssessor = -1;
  private int lastDate = -1;
  private int lastGroup;

  /** Groups for an instrument of {@code size} indicators. */
  ScanGroups(int size) {
    answers = new GroupAnswers(size);
  }

  /** The answers of the groups. */
  GroupAnswers answers() {
    return answers;
  }

  /** The number of groups. */
  int count() {
    return answers.groups();
  }

  int city(int g) {
    return keys[3 * g];
  }

  int assessor(int g) {
    return keys[3 * g + 1];
  }

  int date(int g) {
    return keys[3 * g + 2];
  }

  private static int hash(int city, int assessor, int date) {
    long h = ((long) city << 32 | (long) assessor << 16 | date) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }

  /** The group of a city, assessor and date (each at least 0), started when new. */
  int group(int city, int assessor, int date) {
    if (city == lastCity && assessor == lastAssessor && date == lastDate) {
      return lastGroup;
    }
    int mask = slots.length - 1;
    int s = hash(city, assessor, date) & mask;
    int g;
    while (true) {
      int at = slots[s] - 1;
      if (at < 0) {
        g = add(city, assessor, date, s);
        break;
      }
      if (keys[3 * at] == city && keys[3 * at + 1] == assessor && keys[3 * at + 2] == date) {
        g = at;
        break;
      }
      s = (s + 1) & mask;
    }
    lastCity = city;
    lastAssessor = assessor;
    lastDate = date;
    lastGroup = g;
    return g;
  }

  private int add(int city, int assessor, int date, int slot) {
    int g = answers.add();
    if (3 * g + 3 > keys.length) {
      keys = Arrays.copyOf(keys, keys.length * 2);
    }
    keys[3 * g] = city;
    keys[3 * g + 1] = assessor;
    keys[3 * g + 2] = date;
    slots[slot] = g + 1;
    if (2 * (g + 1) > slots.length) {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int k = 0; k <= g; k++) {
        int s = hash(keys[3 * k], keys[3 * k + 1], keys[3 * k + 2]) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = k + 1;
      }
    }
    return g;
  }
}
