package dev.losi.io;

import dev.losi.core.Problem;
import java.io.IOException;
import java.util.List;

/** A source of rows of text cells: a CSV file or an XLSX sheet. Package-private plumbing. */
interface Table extends AutoCloseable {

  /** Thrown when reading cannot go on (a limit, invalid encoding); carries the problem. */
  final class Fatal extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Fatal(Problem problem) {
      super(problem.toString());
      this.problem = problem;
    }
  }

  /** The next row's cells (text as stored, numbers in their shortest exact form), or null at the end. */
  List<String> next(ProblemSink problems) throws IOException, Fatal;

  /** A problem builder located at the given 0-based column of the row last returned (or the header). */
  Problem.Builder at(int column);

  /** The 1-based line (CSV) or row (XLSX) of the row last returned. */
  long line();

  /** A problem builder located at the row last returned, without a column. */
  Problem.Builder atRow();

  /** A problem builder naming only the source. */
  Problem.Builder atSource();

  /**
   * A hint to add when the row last returned has the wrong number of fields: for CSV, when a quoted field
   * of it ran over line ends, where the quote opened; else empty.
   */
  default String widthHint() {
    return "";
  }

  /** True when rows may omit trailing empty cells (a sheet); short rows are then padded, not reported. */
  default boolean omitsTrailingEmptyCells() {
    return false;
  }

  @Override
  void close() throws IOException;

  /** Where non-fatal problems go. */
  interface ProblemSink {
    void add(Problem p);
  }
}
