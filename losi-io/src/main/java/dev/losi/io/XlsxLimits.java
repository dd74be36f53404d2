package dev.losi.io;

/**
 * Limits checked on an XLSX file before it is handed to the spreadsheet reader, against zip bombs and
 * hostile workbooks. The zip is inspected entry by entry and every entry is inflated while counting
 * bytes (declared sizes are not trusted); a limit hit is an error naming the limit, for example
 * {@code book.xlsx: exceeds the XLSX limit maxUncompressedBytes = 268435456 (XlsxLimits); reading stopped},
 * never an {@link OutOfMemoryError}. Immutable and thread-safe.
 *
 * @param maxEntries the most zip entries the file may hold
 * @param maxUncompressedBytes the most bytes all entries may hold together once inflated
 * @param maxFileBytes the largest file accepted from a stream (it is spooled to a temporary file)
 *
 * @since 0.1.0
 */
public record XlsxLimits(int maxEntries, long maxUncompressedBytes, long maxFileBytes) {

  /** The defaults: 1,000 entries, 256 MiB uncompressed, 64 MiB file. */
  public static final XlsxLimits DEFAULT = new XlsxLimits(1_000, 256L << 20, 64L << 20);

  /**
   * Checks that every limit is at least 1.
   *
   * @param maxEntries the most zip entries the file may hold
   * @param maxUncompressedBytes the most bytes all entries may hold together once inflated
   * @param maxFileBytes the largest file accepted from a stream
   */
  public XlsxLimits {
    if (maxEntries < 1 || maxUncompressedBytes < 1 || maxFileBytes < 1) {
      throw new IllegalArgumentException("every XLSX limit must be >= 1: " + this);
    }
  }
}
