package dev.losi.stats.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes doubles as jackson-core's {@link JsonGenerator#writeNumber(double)} does (the text of
 * {@link Double#toString(double)}), from a small cache of recent texts: the documents of a review repeat a
 * few thousand distinct values (a city's percent agreement over 95 items takes at most 96) across hundreds of
 * thousands of fields, and the shortest-digit conversion is the costly part of writing one. The cache is a
 * direct-mapped table of immutable entries keyed by the value's bits, so a value always gives the same text
 * and any thread may read or replace an entry (final fields publish it whole). Non-finite values go to the
 * generator, which writes them as it always does.
 */
final class JsonNumbers {

  private static final int SLOTS = 1 << 13;
  private static final Entry[] CACHE = new Entry[SLOTS];

  private JsonNumbers() {}

  /** One value's bits and its text (a record: final fields, published whole). */
  private record Entry(long bits, String text) {}

  /** Writes {@code name: x}, the text {@link JsonGenerator#writeNumberField(String, double)} writes. */
  static void field(JsonGenerator g, String name, double x) throws IOException {
    g.writeFieldName(name);
    value(g, x);
  }

  /** Writes {@code x}, the text {@link JsonGenerator#writeNumber(double)} writes. */
  static void value(JsonGenerator g, double x) throws IOException {
    if (!Double.isFinite(x)) {
      g.writeNumber(x);
      return;
    }
    long bits = Double.doubleToRawLongBits(x);
    int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) & (SLOTS - 1);
    Entry e = CACHE[slot];
    if (e == null || e.bits() != bits) {
      e = new Entry(bits, Double.toString(x));
      CACHE[slot] = e;
    }
    g.writeNumber(e.text());
  }
}
