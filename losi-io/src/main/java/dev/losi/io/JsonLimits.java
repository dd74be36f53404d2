package dev.losi.io;

/**
 * Limits applied while parsing JSON, against hostile or broken documents (enforced by Jackson's
 * {@code StreamReadConstraints}). A document that exceeds one is rejected with a problem naming the
 * limit, for example {@code doc.json:1: exceeds the JSON limit maxNestingDepth = 64 (JsonLimits)}.
 * Immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects (LOSI documents need about 6)
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number literal, in characters
 * @param maxDocumentLength the longest document, in bytes (or characters for text input)
 *
 * @since 0.1.0
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {

  /** The defaults: nesting 64, strings 1,000,000 characters, numbers 100 characters, documents 256 MiB. */
  public static final JsonLimits DEFAULT = new JsonLimits(64, 1_000_000, 100, 256L << 20);

  /**
   * Checks that every limit is at least 1.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxStringLength the longest string value, in characters
   * @param maxNumberLength the longest number literal, in characters
   * @param maxDocumentLength the longest document, in bytes
   */
  public JsonLimits {
    if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxDocumentLength < 1) {
      throw new IllegalArgumentException("every JSON limit must be >= 1: " + this);
    }
  }
}
