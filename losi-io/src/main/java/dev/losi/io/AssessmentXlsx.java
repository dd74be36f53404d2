package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Assessments as XLSX workbooks: a sheet named {@value #SHEET} holding the long or the wide layout of
 * {@link AssessmentCsv} (same columns, same value codes). Numbers are numeric cells; text cells are
 * neutralised against formula injection exactly as in CSV; formulas in an input are reported, not
 * evaluated. Problems name the sheet and cell, for example
 * {@code book.xlsx:assessments!F7: city "MZ-MPM" assessor "B" indicator "#255": value "2" is not one of 1, 0, NA (blank means not assessed)}.
 * Before a workbook is parsed its zip is checked against {@link XlsxLimits}.
 *
 * <p>Readers and writers are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssessmentXlsx {

  /** The name of the sheet holding the assessments. */
  public static final String SHEET = "assessments";

  private AssessmentXlsx() {}

  /**
   * A reader of the long layout, checking against {@code instrument}.
   *
   * @param instrument the instrument the input is checked against
   * @return the reader
   */
  public static Reader reader(Instrument instrument) {
    return new Reader(IndicatorCodes.of(instrument), AssessmentLayout.LONG, SHEET, XlsxLimits.DEFAULT,
        ProblemCollector.DEFAULT_CAP);
  }

  /**
   * A reader of the wide layout, checking against {@code instrument}.
   *
   * @param instrument the instrument the input is checked against
   * @return the reader
   */
  public static Reader wideReader(Instrument instrument) {
    return new Reader(IndicatorCodes.of(instrument), AssessmentLayout.WIDE, SHEET, XlsxLimits.DEFAULT,
        ProblemCollector.DEFAULT_CAP);
  }

  /** {@return a writer of the long layout} */
  public static Writer writer() {
    return new Writer(null);
  }

  /**
   * A writer of the wide layout, one column per indicator of {@code instrument}.
   *
   * @param instrument the instrument the input is checked against
   * @return the writer
   */
  public static Writer wideWriter(Instrument instrument) {
    return new Writer(Objects.requireNonNull(instrument, "instrument"));
  }

  /**
   * Reads assessments from the {@value #SHEET} sheet; the checks are those of {@link AssessmentCsv.Reader}.
   *
   * @since 0.1.0
   */
  public static final class Reader {
    private final IndicatorCodes codes;
    private final AssessmentLayout layout;
    private final String sheet;
    private final XlsxLimits limits;
    private final int problemCap;

    private Reader(IndicatorCodes codes, AssessmentLayout layout, String sheet, XlsxLimits limits, int problemCap) {
      this.codes = codes;
      this.layout = Objects.requireNonNull(layout, "layout");
      this.sheet = Objects.requireNonNull(sheet, "sheet");
      this.limits = Objects.requireNonNull(limits, "limits");
      this.problemCap = ReadLimits.positive("problemCap", problemCap);
    }

    /**
     * This reader with other limits.
     *
     * @param limits the limits
     * @return a copy of this reader with that setting
     */
    public Reader limits(XlsxLimits limits) {
      return new Reader(codes, layout, sheet, limits, problemCap);
    }

    /**
     * This reader listing at most {@code cap} problems (the rest are counted).
     *
     * @param cap at least 1
     * @return a copy of this reader with that setting
     */
    public Reader problemCap(int cap) {
      return new Reader(codes, layout, sheet, limits, cap);
    }

    /**
     * This reader with another layout; {@link AssessmentLayout#AUTO} recognises it from the header row.
     *
     * @param layout long, wide or {@link AssessmentLayout#AUTO}
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader layout(AssessmentLayout layout) {
      return new Reader(codes, layout, sheet, limits, problemCap);
    }

    /**
     * This reader reading the sheet named {@code sheet} instead of {@value AssessmentXlsx#SHEET}.
     *
     * @param sheet the sheet name
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader sheet(String sheet) {
      return new Reader(codes, layout, sheet, limits, problemCap);
    }

    /**
     * This reader accepting (or, by default, refusing) the user-assigned country codes of ISO 3166-1
     * (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), which test data and synthetic samples use. Any other code must be
     * an officially assigned ISO 3166-1 alpha-3 code (the 249 of Debian's iso-codes), whatever this option.
     *
     * @param allow true to accept user-assigned codes
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader allowUserAssignedCountries(boolean allow) {
      return new Reader(codes.withUserAssignedCountries(allow), layout, sheet, limits,
          problemCap);
    }

    /**
     * This reader accepting the codes of the local indicators that {@code ADD_LOCAL_INDICATOR} adjustments
     * add; see {@link AssessmentCsv.Reader#adjustments}.
     *
     * @param adjustments the adjustments whose {@code ADD_LOCAL_INDICATOR} entries add local indicator codes
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader adjustments(Collection<CountryAdjustment> adjustments) {
      return new Reader(IndicatorCodes.of(codes.instrument(), List.copyOf(adjustments))
          .withUserAssignedCountries(codes.userAssignedCountries()), layout, sheet, limits,
          problemCap);
    }

    /**
     * Reads and groups all assessments of a workbook.
     *
     * @param file the file to read; problems name it
     * @return the assessments read
     * @throws LosiValidationException with every problem found
     * @throws IOException when the input cannot be read
     */
    public List<Assessment> read(Path file) throws IOException {
      AssessmentTables.Assembler a = new AssessmentTables.Assembler();
      forEachRow(file, a);
      return a.assessments();
    }

    /**
     * Reads and groups all assessments of a workbook given as bytes (spooled to a temporary file).
     *
     * @param in the bytes, read to the end
     * @param source names the input in problems, for example its file name
     * @return the assessments read
     * @throws IOException when the input cannot be read
     */
    public List<Assessment> read(InputStream in, String source) throws IOException {
      AssessmentTables.Assembler a = new AssessmentTables.Assembler();
      forEachRow(in, source, a);
      return a.assessments();
    }

    /**
     * Streams the rows of a workbook; see {@link AssessmentCsv.Reader#forEachRow(Path, Consumer)}.
     *
     * @param file the file to read; problems name it
     * @param sink receives each valid row as soon as it is read, on the reading thread
     * @return the number of rows handed to {@code sink}
     * @throws IOException when the input cannot be read
     */
    public long forEachRow(Path file, Consumer<AssessmentRow> sink) throws IOException {
      return run(sink, () -> XlsxTable.open(file, limits));
    }

    /**
     * Streams the rows of a workbook given as bytes. The stream is not closed.
     *
     * @param in the bytes, read to the end
     * @param source names the input in problems, for example its file name
     * @param sink receives each valid row as soon as it is read, on the reading thread
     * @return the number of rows handed to {@code sink}
     * @throws IOException when the input cannot be read
     */
    public long forEachRow(InputStream in, String source, Consumer<AssessmentRow> sink) throws IOException {
      return run(sink, () -> XlsxTable.open(in, source, limits));
    }

    /** Streams the rows of the workbook {@code opener} opens (and this reader closes). */
    long forEachRow(Tables.BookOpener opener, Consumer<AssessmentRow> sink) throws IOException {
      return run(sink, opener);
    }

    private long run(Consumer<AssessmentRow> sink, Tables.BookOpener opener) throws IOException {
      return Tables.readSheet(opener, sheet, problemCap, AssessmentTables.counting(codes, layout, sink));
    }
  }

  /**
   * Writes assessments to a workbook with one sheet, {@value #SHEET}.
   *
   * @since 0.1.0
   */
  public static final class Writer {
    private final Instrument wideInstrument;

    private Writer(Instrument wideInstrument) {
      this.wideInstrument = wideInstrument;
    }

    /**
     * Writes a workbook file atomically (never a partial file).
     *
     * @param assessments the assessments to write
     * @param file the file to write
     * @throws IllegalArgumentException when a value cannot be represented (see {@code docs/formats.md})
     * @throws IOException when writing fails
     */
    public void write(Collection<Assessment> assessments, Path file) throws IOException {
      AtomicFiles.write(file, out -> write(assessments, out));
    }

    /**
     * Writes a workbook to a stream (not closed).
     *
     * @param assessments the assessments to write
     * @param out the stream written to
     * @throws IOException when writing fails
     */
    public void write(Collection<Assessment> assessments, OutputStream out) throws IOException {
      List<Assessment> list = List.copyOf(assessments);
      AssessmentRows.checkTable(list);
      try (XlsxOut x = new XlsxOut(out)) {
        x.sheet(SHEET);
        if (wideInstrument == null) {
          x.row(AssessmentRows.longHeader());
          for (Assessment a : list) {
            AssessmentRows.longRows(a, x::row);
          }
        } else {
          boolean[][] ev = AssessmentRows.evidenceColumns(wideInstrument, list);
          x.row(AssessmentRows.wideHeader(wideInstrument, ev));
          for (Assessment a : list) {
            x.row(AssessmentRows.wideRow(wideInstrument, a, ev));
          }
        }
      }
    }
  }
}
