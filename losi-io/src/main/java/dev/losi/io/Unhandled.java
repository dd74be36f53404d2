package dev.losi.io;

/**
 * What the byte-level CSV reading ({@link CsvByteRecords}, {@link LongCsvScan}) throws when the input needs
 * the general reader: anything that is not plainly valid, and a few valid rarities. Thrown without a stack
 * trace, as the one {@link #UNHANDLED} instance.
 */
final class Unhandled extends Exception {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final Unhandled UNHANDLED = new Unhandled();

  private Unhandled() {
    super(null, null, false, false);
  }
}
