package dev.losi.stats.io;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * The text of a finite double, from a small cache of recent texts: the shortest decimal that reads back to the
 * same double, in the form of {@link Double#toString(double)} (the Schubfach conversion of jackson-core's
 * {@link NumberOutput#toString(double, boolean)}, which is what {@code Double.toString} gives from Java 19; Java
 * 17's gives the same text except for some values from 10^16 to 10^26 and some subnormal ones: this text is
 * the same on every Java version, and the conversion is about three times faster than Java 17's). The
 * documents of a review repeat a few thousand distinct values (a city's percent agreement over 95 items takes
 * at most 96) across hundreds of thousands of fields, and the shortest-digit conversion is the costly part of
 * writing one. The cache is a direct-mapped table of immutable entries keyed by the value's bits, so a value
 * always gives the same text and any thread may read or replace an entry (final fields publish it whole).
 */
final class JsonNumbers {

  private static final int SLOTS = 1 << 13;
  private static final Entry[] CACHE = new Entry[SLOTS];

  private JsonNumbers() {}

  /** One value's bits and its text (a record: final fields, published whole). */
  private record Entry(long bits, String text) {}

  /** {@return the shortest decimal of {@code x}} (see the class comment) */
  static String text(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) & (SLOTS - 1);
    Entry e = CACHE[slot];
    if (e == null || e.bits() != bits) {
      e = new Entry(bits, NumberOutput.toString(x, true));
      CACHE[slot] = e;
    }
    return e.text();
  }
}
