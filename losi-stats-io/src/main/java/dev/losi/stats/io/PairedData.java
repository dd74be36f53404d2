package dev.losi.stats.io;

import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Two numeric columns of a CSV file, paired by row: the input of {@code losi correlate --data FILE --x
 * COLUMN --y COLUMN}. Every row needs a number in both columns: a plain decimal with a point
 * ({@code 0.391}, {@code -2}, {@code 1e-3}), finite (so {@code 1e999} is refused at its line), at most 100
 * characters. Other columns are ignored. Plain ASCII input is parsed from its bytes (held in memory whole
 * while it is read) to the doubles {@link Double#parseDouble} gives; other input is read by {@link CsvTable},
 * with the same result and the same problems. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PairedData {

  private final String source;
  private final String xColumn;
  private final String yColumn;
  private final double[] x;
  private final double[] y;

  private PairedData(String source, String xColumn, String yColumn, double[] x, double[] y) {
    this.source = source;
    this.xColumn = xColumn;
    this.yColumn = yColumn;
    this.x = x;
    this.y = y;
  }

  /**
   * Reads the two columns of a file.
   *
   * @param file a CSV file with a header line; its path as given names it in problems
   * @param xColumn the header of the first column, e.g. {@code losi}
   * @param yColumn the header of the second column, e.g. {@code osi}
   * @return the pairs in row order, at least one
   * @throws LosiValidationException listing every problem with file, line and column: a column the
   *     header lacks, an empty cell, a cell that is not a finite number, no data rows
   */
  public static PairedData read(Path file, String xColumn, String yColumn) {
    byte[] bytes = AsciiCsv.readAll(file);
    PairedData fast = bytes == null ? null : packed(file.toString(), bytes, xColumn, yColumn);
    return fast != null ? fast : of(CsvTable.read(file), xColumn, yColumn);
  }

  /**
   * Reads the two columns from CSV bytes (UTF-8), as {@link #read(Path, String, String)}.
   *
   * @param source the name of the input in problems
   * @param in the CSV bytes, read to the end
   * @param xColumn the header of the first column
   * @param yColumn the header of the second column
   * @return the pairs in row order, at least one
   * @throws IOException when the stream cannot be read
   */
  public static PairedData read(String source, InputStream in, String xColumn, String yColumn) throws IOException {
    byte[] bytes = AsciiCsv.readAll(in);
    PairedData fast = packed(source, bytes, xColumn, yColumn);
    return fast != null ? fast : readByObjects(source, bytes, xColumn, yColumn);
  }

  /** The object path only (for the property that the fast path agrees with it). */
  static PairedData readByObjects(String source, byte[] bytes, String xColumn, String yColumn) throws IOException {
    return of(CsvTable.read(new java.io.ByteArrayInputStream(bytes), source, CsvFormat.standard()), xColumn, yColumn);
  }

  /**
   * The fast path: plain ASCII bytes straight to two double arrays, or null when the input has any problem
   * or unusual form (the object path then reads it and reports every problem).
   */
  static PairedData packed(String source, byte[] bytes, String xColumn, String yColumn) {
    return packed(source, bytes, xColumn, yColumn, PARALLEL_MIN_BYTES);
  }

  /** As {@link #packed(String, byte[], String, String)}, on two threads from {@code parallelMinBytes} of rows. */
  static PairedData packed(String source, byte[] bytes, String xColumn, String yColumn, int parallelMinBytes) {
    AsciiCsv csv = AsciiCsv.open(bytes);
    if (csv == null) {
      return null;
    }
    int xc = csv.column(xColumn);
    int yc = csv.column(yColumn);
    if (xc < 0 || yc < 0) {
      return null;
    }
    AsciiCsv[] halves = csv.halves(parallelMinBytes);
    double[][] columns;
    if (halves == null) {
      columns = columns(csv, xc, yc);
    } else {
      // Two threads, each parsing its half of the rows; joined in row order, so the result is the same.
      ForkJoinTask<double[][]> second = ForkJoinPool.commonPool().submit(() -> columns(halves[1], xc, yc));
      double[][] first = columns(halves[0], xc, yc);
      double[][] rest = second.join();
      columns = first == null || rest == null ? null : new double[][] {concat(first[0], rest[0]), concat(first[1], rest[1])};
    }
    if (columns == null || columns[0].length == 0) {
      return null;
    }
    return new PairedData(source, xColumn, yColumn, columns[0], columns[1]);
  }

  /** From this many bytes of rows, the fast path parses on two threads (of the common fork-join pool). */
  static final int PARALLEL_MIN_BYTES = 1 << 20;

  /** The two columns of the cursor's rows, or null when a row is not for the fast path. */
  private static double[][] columns(AsciiCsv csv, int xc, int yc) {
    double[] xs = new double[1024];
    double[] ys = new double[1024];
    int n = 0;
    for (int k = csv.next(); k != 0; k = csv.next()) {
      double a = k < 0 ? Double.NaN : csv.number(xc);
      double b = k < 0 ? Double.NaN : csv.number(yc);
      if (Double.isNaN(a) || Double.isNaN(b)) {
        return null;
      }
      if (n == xs.length) {
        xs = java.util.Arrays.copyOf(xs, 2 * n);
        ys = java.util.Arrays.copyOf(ys, 2 * n);
      }
      xs[n] = a;
      ys[n++] = b;
    }
    return new double[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static PairedData of(CsvTable t, String xColumn, String yColumn) {
    ProblemCollector problems = new ProblemCollector();
    for (String c : new String[] {xColumn, yColumn}) {
      if (!t.has(c)) {
        problems.add(t.atHeader().column(c).message("is not a column of the file; columns are " + t.header()).build());
      }
    }
    problems.throwIfAny();
    double[] xs = new double[t.rows().size()];
    double[] ys = new double[t.rows().size()];
    String empty = "every row needs a number in both columns";
    for (int i = 0; i < xs.length; i++) {
      CsvTable.Row r = t.rows().get(i);
      OptionalDouble a = t.number(r, xColumn, empty, problems);
      OptionalDouble b = t.number(r, yColumn, empty, problems);
      xs[i] = a.orElse(Double.NaN);
      ys[i] = b.orElse(Double.NaN);
    }
    if (t.rows().isEmpty()) {
      problems.add(Problem.builder().source(t.source()).message("has no data rows").build());
    }
    problems.throwIfAny();
    return new PairedData(t.source(), xColumn, yColumn, xs, ys);
  }

  /** {@return the name of the input (the file path as given)} */
  public String source() {
    return source;
  }

  /** {@return the name of the first column} */
  public String xColumn() {
    return xColumn;
  }

  /** {@return the name of the second column} */
  public String yColumn() {
    return yColumn;
  }

  /** {@return the number of pairs (rows), at least 1} */
  public int size() {
    return x.length;
  }

  /** {@return the first column's values, in row order (a copy)} */
  public double[] x() {
    return x.clone();
  }

  /** {@return the second column's values, in row order (a copy)} */
  public double[] y() {
    return y.clone();
  }
}
