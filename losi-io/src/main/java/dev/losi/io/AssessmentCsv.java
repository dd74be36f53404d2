package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.CsvWriter;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.TextStreams;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Assessments as CSV, in two layouts (see {@code docs/formats.md}):
 *
 * <ul>
 *   <li><b>long</b>: one row per city, assessor and indicator, columns
 *       {@code city_id,city_name,country,assessor,indicator,value} and optionally
 *       {@code evidence_channel,evidence_url,note,date,instrument,population,size_class,region};
 *   <li><b>wide</b>: one row per city and assessor, one column per indicator code (optionally with
 *       {@code CODE:channel}, {@code CODE:url} and {@code CODE:note} evidence columns).
 * </ul>
 *
 * <p>Values: {@code 1} present, {@code 0} absent, {@code NA} not applicable, blank not assessed.
 * Reading checks everything against the instrument and collects every problem of the file (up to
 * {@link CsvFormat#problemCap()}, the rest counted) into one {@link LosiValidationException} whose
 * problems name the file, line, city, assessor, indicator, field and value, for example
 * {@code assessments.csv:17: city "MZ-MPM" assessor "B" indicator "#255": value "2" is not one of 1, 0, NA (blank means not assessed)}.
 *
 * <p>Example:
 * <pre>{@code
 * List<Assessment> all = AssessmentCsv.reader(instrument).read(Path.of("assessments.csv"));
 * AssessmentCsv.writer().write(all, Path.of("copy.csv"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AssessmentCsv {

  private AssessmentCsv() {}

  /**
   * A reader of the long layout, checking against {@code instrument}, with {@link CsvFormat#standard()}.
   *
   * @param instrument the instrument the input is checked against
   * @return the reader
   */
  public static Reader reader(Instrument instrument) {
    return new Reader(IndicatorCodes.of(instrument), CsvFormat.standard(), AssessmentLayout.LONG);
  }

  /**
   * A reader of the wide layout, checking against {@code instrument}, with {@link CsvFormat#standard()}.
   *
   * @param instrument the instrument the input is checked against
   * @return the reader
   */
  public static Reader wideReader(Instrument instrument) {
    return new Reader(IndicatorCodes.of(instrument), CsvFormat.standard(), AssessmentLayout.WIDE);
  }

  /** {@return a writer of the long layout with {@link CsvFormat#standard()}} */
  public static Writer writer() {
    return new Writer(null, CsvFormat.standard());
  }

  /**
   * A writer of the wide layout with one column per indicator of {@code instrument}, in instrument order.
   *
   * @param instrument the instrument the input is checked against
   * @return the writer
   */
  public static Writer wideWriter(Instrument instrument) {
    return new Writer(Objects.requireNonNull(instrument, "instrument"), CsvFormat.standard());
  }

  /**
   * Reads assessments from CSV. Immutable and thread-safe.
   *
   * <p>Rows of one city and assessor (and date, when given) need not be adjacent; they are grouped
   * into one {@link Assessment} in order of first appearance, with responses in row order (long) or
   * instrument order (wide). Checks: required columns present and no unknown or repeated column;
   * every row has as many fields as the header; value codes; indicator codes known to the instrument;
   * the {@code instrument} column, if present, equal to the instrument's id; channel names; ISO dates;
   * population a whole number; the city fields of one {@code city_id} equal on every row; no
   * duplicate row (same city, assessor, date and indicator); valid UTF-8; not empty; the limits of
   * the {@link CsvFormat}. Empty lines are skipped.
   *
   * @since 0.1.0
   */
  public static final class Reader {
    private final IndicatorCodes codes;
    private final CsvFormat format;
    private final AssessmentLayout layout;

    private Reader(IndicatorCodes codes, CsvFormat format, AssessmentLayout layout) {
      this.codes = codes;
      this.format = Objects.requireNonNull(format, "format");
      this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * This reader with another format (delimiter, encoding, limits, problem cap).
     *
     * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
     * @return a copy of this reader with that setting
     */
    public Reader format(CsvFormat format) {
      return new Reader(codes, format, layout);
    }

    /**
     * This reader with another layout; {@link AssessmentLayout#AUTO} recognises it from the header row.
     *
     * @param layout long, wide or {@link AssessmentLayout#AUTO}
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader layout(AssessmentLayout layout) {
      return new Reader(codes, format, layout);
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
      return new Reader(codes.withUserAssignedCountries(allow), format, layout);
    }

    /**
     * This reader accepting, besides the instrument's indicator codes, the codes of the local indicators
     * that the {@code ADD_LOCAL_INDICATOR} adjustments among {@code adjustments} add (as a row of the long
     * layout or a column of the wide one). Which cities a local indicator applies to is checked when
     * scoring.
     *
     * @param adjustments the adjustments whose {@code ADD_LOCAL_INDICATOR} entries add local indicator codes
     * @return a copy of this reader with that setting
     * @since 0.1.0
     */
    public Reader adjustments(Collection<CountryAdjustment> adjustments) {
      return new Reader(IndicatorCodes.of(codes.instrument(), List.copyOf(adjustments))
          .withUserAssignedCountries(codes.userAssignedCountries()), format, layout);
    }

    /**
     * Reads and groups all assessments of a file.
     *
     * @param file the file to read; problems name it
     * @return the assessments read
     * @throws LosiValidationException with every problem found, if any
     * @throws IOException when the file cannot be read
     */
    public List<Assessment> read(Path file) throws IOException {
      return TextStreams.readFile(file, this::read);
    }

    /**
     * Reads and groups all assessments from UTF-8 bytes; {@code source} names them in problems
     * (for example the file name). The stream is not closed.
     *
     * @param in the bytes, read to the end
     * @param source names the input in problems, for example its file name
     * @return the assessments read
     * @throws IOException when the input cannot be read
     */
    public List<Assessment> read(InputStream in, String source) throws IOException {
      AssessmentTables.Assembler assembler = new AssessmentTables.Assembler();
      forEachRow(in, source, assembler);
      return assembler.assessments();
    }

    /**
     * Reads and groups all assessments from CSV text (for tests and small inputs).
     *
     * @param csv the CSV text
     * @param source names the input in problems, for example its file name
     * @return the assessments read
     */
    public List<Assessment> read(String csv, String source) {
      return TextStreams.read(csv, source, this::read);
    }

    /**
     * Streams a file: each valid answer is handed to {@code sink} as soon as its row is read, and
     * the file text is never held in memory (memory grows only with the number of distinct cities
     * and city-assessor pairs, for the consistency and duplicate checks). At the end, if any problem
     * was found, a {@link LosiValidationException} lists them all: rows already handed on must then
     * be discarded by the caller.
     *
     * @param file the file to read; problems name it
     * @param sink receives each valid row as soon as it is read, on the reading thread
     * @return the number of rows handed to {@code sink}
     * @throws IOException when the input cannot be read
     */
    public long forEachRow(Path file, Consumer<AssessmentRow> sink) throws IOException {
      return TextStreams.readFile(file, (in, source) -> forEachRow(in, source, sink));
    }

    /**
     * Streams UTF-8 bytes; see {@link #forEachRow(Path, Consumer)}. The stream is not closed.
     *
     * @param in the bytes, read to the end
     * @param source names the input in problems, for example its file name
     * @param sink receives each valid row as soon as it is read, on the reading thread
     * @return the number of rows handed to {@code sink}
     * @throws IOException when the input cannot be read
     */
    public long forEachRow(InputStream in, String source, Consumer<AssessmentRow> sink) throws IOException {
      return Tables.readCsv(in, source, format, AssessmentTables.counting(codes, layout, sink));
    }
  }

  /**
   * Writes assessments as CSV: UTF-8, RFC 4180 quoting, every column of the layout, text cells
   * neutralised against formula injection (see {@code docs/formats.md}); numbers written so that they
   * read back to the same value. Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Writer {
    private final Instrument wideInstrument;
    private final CsvFormat format;

    private Writer(Instrument wideInstrument, CsvFormat format) {
      this.wideInstrument = wideInstrument;
      this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * This writer with another format (delimiter, line separator, BOM).
     *
     * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
     * @return a copy of this writer with that setting
     */
    public Writer format(CsvFormat format) {
      return new Writer(wideInstrument, format);
    }

    /**
     * Writes to a file atomically where the file system allows: a temporary file beside it is written
     * and then moved into place, so a failure never leaves a partial file.
     *
     * @param assessments the assessments to write
     * @param file the file to write
     * @throws IllegalArgumentException when an assessment cannot be represented (no responses; for the
     *     wide layout, another instrument or an unknown indicator code)
     * @throws IOException when writing fails
     */
    public void write(Collection<Assessment> assessments, Path file) throws IOException {
      AtomicFiles.write(file, out -> write(assessments, out));
    }

    /**
     * Writes to a stream (not closed, flushed).
     *
     * @param assessments the assessments to write
     * @param out the stream written to
     * @throws IOException when writing fails
     */
    public void write(Collection<Assessment> assessments, OutputStream out) throws IOException {
      List<Assessment> list = List.copyOf(assessments);
      AssessmentRows.checkTable(list);
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      if (format.bom()) {
        w.write('\uFEFF');
      }
      CsvWriter csv = new CsvWriter(w, format.writeDelimiter(), format.lineSeparator());
      IOException[] failure = {null};
      Consumer<List<Object>> record = cells -> {
        if (failure[0] != null) {
          return;
        }
        try {
          csv.record(texts(cells));
        } catch (IOException e) {
          failure[0] = e;
        }
      };
      if (wideInstrument == null) {
        record.accept(AssessmentRows.longHeader());
        for (Assessment a : list) {
          AssessmentRows.longRows(a, record);
        }
      } else {
        boolean[][] ev = AssessmentRows.evidenceColumns(wideInstrument, list);
        record.accept(AssessmentRows.wideHeader(wideInstrument, ev));
        for (Assessment a : list) {
          record.accept(AssessmentRows.wideRow(wideInstrument, a, ev));
        }
      }
      if (failure[0] != null) {
        throw failure[0];
      }
      w.flush();
    }

    /**
     * The CSV text (for tests and small outputs).
     *
     * @param assessments the assessments to write
     * @return the CSV text
     */
    public String toString(Collection<Assessment> assessments) {
      return TextStreams.written(out -> write(assessments, out));
    }
  }

  /** Cells to CSV text: numbers in their exact shortest form, text neutralised. */
  static List<String> texts(List<Object> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (Object c : cells) {
      out.add(c instanceof String ? FormulaGuard.neutralise((String) c) : Numbers.format((Number) c));
    }
    return out;
  }
}
