package dev.losi.io;

import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.CsvWriter;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.TextStreams;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Package-private plumbing shared by the table readers and writers (instruments, adjustments,
 * assessments): opening a CSV stream or a workbook sheet and collecting its problems, the header
 * checks, the row-width check, and writing rows as CSV or a one-sheet workbook.
 */
final class Tables {

  private Tables() {}

  /** Reads a whole table; problems go to the collector, a fatal problem is thrown. */
  interface Reader<T> {
    T read(Table t, ProblemCollector problems) throws IOException, Table.Fatal;
  }

  /** Opens a workbook. */
  interface BookOpener {
    XlsxTable.Book open() throws IOException, Table.Fatal;
  }

  /**
   * Reads CSV from {@code in} (not closed) with {@code reader}, collecting up to
   * {@link CsvFormat#problemCap()} problems; throws them all, the fatal one included, at the end.
   */
  static <T> T readCsv(InputStream in, String source, CsvFormat format, Reader<T> reader) throws IOException {
    ProblemCollector problems = new ProblemCollector(format.problemCap());
    InputStream unclosed = TextStreams.unclosed(in);
    T result = null;
    try (CsvSource t = CsvSource.open(unclosed, source, format)) {
      result = reader.read(t, problems);
    } catch (Table.Fatal f) {
      problems.add(f.problem);
    }
    problems.throwIfAny();
    return result;
  }

  /** Reads the sheet {@code sheet} of the workbook {@code book} opens, like {@link #readCsv}. */
  static <T> T readSheet(BookOpener book, String sheet, int problemCap, Reader<T> reader) throws IOException {
    ProblemCollector problems = new ProblemCollector(problemCap);
    T result = null;
    try (XlsxTable.Book b = book.open(); XlsxTable t = b.sheet(sheet)) {
      result = reader.read(t, problems);
    } catch (Table.Fatal f) {
      problems.add(f.problem);
    }
    problems.throwIfAny();
    return result;
  }

  /** A header row and its column positions by name. */
  record Header(List<String> row, Map<String, Integer> columns) {}

  /**
   * Reads and checks the header of a table with a fixed set of columns: an empty table is "is empty:
   * expected a header with the columns ...", then {@link AssessmentTables#header} (repeated names are
   * reported but do not stop reading), then {@link #requireColumns} and {@link #rejectUnknownColumns}
   * (columns of {@code what}). Null when the table is empty or a column is missing or unknown.
   */
  static Header header(Table t, List<String> columns, List<String> required, String what, ProblemCollector problems)
      throws IOException, Table.Fatal {
    List<String> row = t.next(problems::add);
    if (row == null) {
      problems.add(t.atSource().message("is empty: expected a header with the columns " + String.join(",", columns))
          .build());
      return null;
    }
    Map<String, Integer> cols = Cells.header(t, row, problems);
    boolean ok = requireColumns(t, cols, required, problems);
    ok &= rejectUnknownColumns(t, cols, columns, what, problems);
    return ok ? new Header(row, cols) : null;
  }

  /** Reports each of {@code required} missing from the header {@code cols}; false when one is. */
  static boolean requireColumns(Table t, Map<String, Integer> cols, List<String> required, ProblemCollector problems) {
    boolean ok = true;
    for (String r : required) {
      if (!cols.containsKey(r)) {
        problems.add(t.atRow().field("header").message("lacks the required column " + r + " (found: "
            + String.join(",", cols.keySet()) + ")").build());
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Reports each header column not in {@code known} as "is not a column of {@code what} (expected
   * ...)"; false when there is one.
   */
  static boolean rejectUnknownColumns(Table t, Map<String, Integer> cols, List<String> known, String what,
      ProblemCollector problems) {
    boolean ok = true;
    for (Map.Entry<String, Integer> c : cols.entrySet()) {
      if (!known.contains(c.getKey())) {
        problems.add(t.at(c.getValue()).field("header").value(c.getKey())
            .message("is not a column of " + what + " (expected " + String.join(",", known) + ")").build());
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The next row with exactly {@code width} cells, or null at the end. A sheet's short rows are padded
   * with empty cells; any other row of another width is reported ("has N fields, the header has W")
   * and skipped.
   */
  static List<String> nextRow(Table t, int width, ProblemCollector problems) throws IOException, Table.Fatal {
    List<String> row;
    while ((row = t.next(problems::add)) != null) {
      while (t.omitsTrailingEmptyCells() && row.size() < width) {
        row.add("");
      }
      if (row.size() == width) {
        return row;
      }
      problems.add(t.atRow().message("has " + row.size() + " fields, the header has " + width + t.widthHint()).build());
    }
    return null;
  }

  /** The rows as CSV text in {@code format}. */
  static String toCsv(List<List<Object>> rows, CsvFormat format) {
    return TextStreams.written(out -> writeCsv(rows, out, format));
  }

  /** Writes the rows as CSV (UTF-8, BOM if the format asks) to {@code out}, flushed, not closed. */
  static void writeCsv(List<List<Object>> rows, OutputStream out, CsvFormat format) throws IOException {
    writeCsv(rows, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
  }

  /** Rows a block of {@link #writeCsv(List, Writer, CsvFormat, int)} formats at a time. */
  static final int CSV_BLOCK = 512;
  /** From this many rows {@link #writeCsv(List, Writer, CsvFormat)} formats blocks on the common pool. */
  static final int CSV_PARALLEL_ROWS = 8192;

  /**
   * Writes the rows as CSV text to {@code w}, flushed, not closed: on the caller's thread alone below
   * {@link #CSV_PARALLEL_ROWS} rows or on one processor, else as {@link #writeCsv(List, Writer, CsvFormat, int)}
   * with the machine's processors.
   */
  static void writeCsv(List<List<Object>> rows, Writer w, CsvFormat format) throws IOException {
    int threads = rows.size() >= CSV_PARALLEL_ROWS ? Runtime.getRuntime().availableProcessors() : 1;
    writeCsv(rows, w, format, threads);
  }

  /**
   * Writes the rows as CSV text to {@code w}, flushed, not closed. With {@code threads >= 2} the rows are
   * formatted {@code 8 * threads} blocks of {@link #CSV_BLOCK} at a time, on this thread and the common fork-join
   * pool (each block alone, with its own number texts, into text of its own: rows are read through {@code
   * rows.get}, which must be safe to call from several threads), then those blocks are written: the same
   * characters as one thread writes, with at most {@code 8 * threads} blocks of text held at once.
   */
  static void writeCsv(List<List<Object>> rows, Writer w, CsvFormat format, int threads) throws IOException {
    if (format.bom()) {
      w.write('\uFEFF');
    }
    int n = rows.size();
    if (threads < 2) {
      CsvCells cells = new CsvCells(w, format, new HashMap<>());
      for (List<Object> r : rows) {
        cells.record(r);
      }
      w.flush();
      return;
    }
    int blocks = (n + CSV_BLOCK - 1) / CSV_BLOCK;
    int round = 8 * threads;
    Map<Double, String> numbers = new ConcurrentHashMap<>(); // one text per distinct double for all the blocks
    for (int from = 0; from < blocks; from += round) {
      for (String t : formatBlocks(rows, format, from, Math.min(blocks, from + round), numbers)) {
        w.write(t);
      }
    }
    w.flush();
  }

  /** The texts of blocks {@code [from, to)} of the rows, in order, formatted on this thread and the common pool. */
  private static String[] formatBlocks(List<List<Object>> rows, CsvFormat format, int from, int to,
      Map<Double, String> numbers) {
    String[] texts = new String[to - from];
    IntStream.range(from, to).parallel().forEach(b -> {
      StringBuilderWriter text = new StringBuilderWriter();
      CsvCells cells = new CsvCells(text, format, numbers);
      try {
        for (int i = b * CSV_BLOCK, end = Math.min(rows.size(), i + CSV_BLOCK); i < end; i++) {
          cells.record(rows.get(i));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringBuilder does not fail
      }
      texts[b - from] = text.toString();
    });
    return texts;
  }

  /** Rows of cells (text or numbers) as CSV records: formula-guarded texts, each double's text made once. */
  private static final class CsvCells {
    private final CsvWriter csv;
    // the same few values (points over a maximum) recur on many rows: each double's text is made once, in a
    // map that the blocks of one table share (a concurrent one when they are formatted on several threads)
    private final Map<Double, String> numbers;
    private final List<String> cells = new ArrayList<>();

    CsvCells(Writer w, CsvFormat format, Map<Double, String> numbers) {
      this.csv = new CsvWriter(w, format.writeDelimiter(), format.lineSeparator());
      this.numbers = numbers;
    }

    void record(List<Object> r) throws IOException {
      cells.clear();
      for (Object c : r) {
        cells.add(c instanceof Double d ? numbers.computeIfAbsent(d, Numbers::format)
            : c instanceof String text ? FormulaGuard.neutralise(text) : Numbers.format((Number) c));
      }
      csv.record(cells);
    }
  }

  /** An unsynchronised writer into a {@link StringBuilder}: where a block's text is made. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder sb = new StringBuilder(1 << 16);

    @Override
    public void write(char[] cs, int off, int len) {
      sb.append(cs, off, len);
    }

    @Override
    public void write(String str) {
      sb.append(str);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /** Writes the rows as a standard CSV file, atomically. */
  static void writeCsv(List<List<Object>> rows, Path file) throws IOException {
    AtomicFiles.write(file, out -> writeCsv(rows, out, CsvFormat.standard()));
  }

  /** Writes the rows to a workbook with the one sheet {@code sheet}, atomically. */
  static void writeXlsx(List<List<Object>> rows, String sheet, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      try (XlsxOut x = new XlsxOut(out)) {
        x.sheet(sheet);
        rows.forEach(x::row);
      }
    });
  }
}
