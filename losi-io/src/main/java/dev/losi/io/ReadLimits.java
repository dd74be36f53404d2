package dev.losi.io;

import dev.losi.core.ProblemCollector;

/**
 * Every limit that reading an input is held to, in one value, whatever the format (in the manner of
 * Jackson's {@code StreamReadConstraints}): the CSV limits of {@link CsvFormat}, the {@link JsonLimits}, the
 * {@link XlsxLimits} and the cap on listed problems. A limit hit stops reading with a problem naming the
 * limit, never an {@link OutOfMemoryError}. Immutable and thread-safe; build one with {@link #builder()},
 * starting from the defaults, and hand it to {@link Assessments.Reader#withLimits}.
 *
 * <pre>{@code
 * ReadLimits small = ReadLimits.builder().maxDocumentLength(8L << 20).maxFileBytes(8L << 20).build();
 * Assessments.reader(instrument).withLimits(small).read(upload);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxRecordChars;
  private final int maxColumns;
  private final JsonLimits json;
  private final XlsxLimits xlsx;
  private final int problemCap;

  private ReadLimits(Builder b) {
    this.maxRecordChars = b.maxRecordChars;
    this.maxColumns = b.maxColumns;
    this.json = new JsonLimits(b.maxNestingDepth, b.maxStringLength, b.maxNumberLength, b.maxDocumentLength);
    this.xlsx = new XlsxLimits(b.maxEntries, b.maxUncompressedBytes, b.maxFileBytes);
    this.problemCap = b.problemCap;
  }

  /**
   * {@return the defaults: CSV {@value CsvFormat#DEFAULT_MAX_RECORD_CHARS} characters per record and
   * {@value CsvFormat#DEFAULT_MAX_COLUMNS} fields; JSON and XLSX as {@link JsonLimits#DEFAULT} and
   * {@link XlsxLimits#DEFAULT}; {@link ProblemCollector#DEFAULT_CAP} problems listed}
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the most characters in one CSV record (quotes and embedded line breaks included)} */
  public int maxRecordChars() {
    return maxRecordChars;
  }

  /** {@return the most fields in one CSV record} */
  public int maxColumns() {
    return maxColumns;
  }

  /** {@return the JSON limits} */
  public JsonLimits json() {
    return json;
  }

  /** {@return the XLSX limits} */
  public XlsxLimits xlsx() {
    return xlsx;
  }

  /** {@return how many problems an exception lists before it only counts the rest} */
  public int problemCap() {
    return problemCap;
  }

  /**
   * {@code format} with these CSV limits and problem cap (its delimiter and encoding kept).
   *
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the format with these limits
   */
  public CsvFormat applyTo(CsvFormat format) {
    return format.withMaxRecordChars(maxRecordChars).withMaxColumns(maxColumns).withProblemCap(problemCap);
  }

  /**
   * Builds {@link ReadLimits}; every limit must be at least 1. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int maxRecordChars = CsvFormat.DEFAULT_MAX_RECORD_CHARS;
    private int maxColumns = CsvFormat.DEFAULT_MAX_COLUMNS;
    private int maxNestingDepth = JsonLimits.DEFAULT.maxNestingDepth();
    private int maxStringLength = JsonLimits.DEFAULT.maxStringLength();
    private int maxNumberLength = JsonLimits.DEFAULT.maxNumberLength();
    private long maxDocumentLength = JsonLimits.DEFAULT.maxDocumentLength();
    private int maxEntries = XlsxLimits.DEFAULT.maxEntries();
    private long maxUncompressedBytes = XlsxLimits.DEFAULT.maxUncompressedBytes();
    private long maxFileBytes = XlsxLimits.DEFAULT.maxFileBytes();
    private int problemCap = ProblemCollector.DEFAULT_CAP;

    private Builder() {}

    /**
     * CSV: characters per record.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxRecordChars(int v) {
      maxRecordChars = positive("maxRecordChars", v);
      return this;
    }

    /**
     * CSV: fields per record.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxColumns(int v) {
      maxColumns = positive("maxColumns", v);
      return this;
    }

    /**
     * JSON: nesting of arrays and objects.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int v) {
      maxNestingDepth = positive("maxNestingDepth", v);
      return this;
    }

    /**
     * JSON: characters in one string value.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxStringLength(int v) {
      maxStringLength = positive("maxStringLength", v);
      return this;
    }

    /**
     * JSON: characters in one number literal.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int v) {
      maxNumberLength = positive("maxNumberLength", v);
      return this;
    }

    /**
     * JSON: bytes in one document.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long v) {
      maxDocumentLength = positive("maxDocumentLength", v);
      return this;
    }

    /**
     * XLSX: zip entries.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxEntries(int v) {
      maxEntries = positive("maxEntries", v);
      return this;
    }

    /**
     * XLSX: bytes of all entries once inflated.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxUncompressedBytes(long v) {
      maxUncompressedBytes = positive("maxUncompressedBytes", v);
      return this;
    }

    /**
     * XLSX: bytes of a workbook read from a stream.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder maxFileBytes(long v) {
      maxFileBytes = positive("maxFileBytes", v);
      return this;
    }

    /**
     * Problems listed before the rest are only counted.
     *
     * @param v the limit, at least 1
     * @return this builder
     */
    public Builder problemCap(int v) {
      problemCap = positive("problemCap", v);
      return this;
    }

    /** {@return the limits} */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

  }

  /**
   * {@code v} when it is at least 1; otherwise an {@link IllegalArgumentException} naming the limit: the one
   * check of every count limit of losi-io ({@code ReadLimits}, {@link CsvFormat}, the XLSX reader's cap).
   */
  static int positive(String name, int v) {
    return (int) positive(name, (long) v);
  }

  private static long positive(String name, long v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, got " + v);
    }
    return v;
  }
}
