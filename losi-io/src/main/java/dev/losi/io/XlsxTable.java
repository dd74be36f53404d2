package dev.losi.io;

import dev.losi.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** A {@link Table} over one sheet of an XLSX workbook, and the checks done before opening one. */
final class XlsxTable implements Table {

  /** Cell formats are read so that date-formatted numbers (dates typed in a spreadsheet) become ISO dates. */
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

  private final String source;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private int rowNum;

  private XlsxTable(String source, String sheetName, Stream<Row> stream) {
    this.source = source;
    this.sheetName = sheetName;
    this.stream = stream;
    this.rows = stream.iterator();
  }

  /** An open workbook with its source name; closes the workbook and deletes a spooled copy. */
  static final class Book implements AutoCloseable {
    final String source;
    final ReadableWorkbook workbook;
    private final Path spooled;

    Book(String source, ReadableWorkbook workbook, Path spooled) {
      this.source = source;
      this.workbook = workbook;
      this.spooled = spooled;
    }

    /** The sheet with this name, or a fatal problem listing the sheets found. */
    XlsxTable sheet(String name) throws IOException, Fatal {
      try {
        return openSheet(name);
      } catch (IOException | RuntimeException e) {
        throw new Fatal(Problem.builder().source(source).column(name)
            .message("cannot be read as an XLSX sheet: " + e.getMessage()).build());
      }
    }

    private XlsxTable openSheet(String name) throws IOException, Fatal {
      Optional<Sheet> s = workbook.findSheet(name);
      if (s.isEmpty()) {
        List<String> names = new ArrayList<>();
        workbook.getSheets().forEach(x -> names.add(x.getName()));
        throw new Fatal(Problem.builder().source(source).message("has no sheet named \"" + name
            + "\" (sheets found: " + names + ")").build());
      }
      return new XlsxTable(source, name, s.get().openStream());
    }

    private boolean closed;

    /** Closes the workbook once; a second call does nothing. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        workbook.close();
      } finally {
        if (spooled != null) {
          Files.deleteIfExists(spooled);
        }
      }
    }
  }

  /** Checks the limits, then opens the workbook. */
  static Book open(Path file, XlsxLimits limits) throws IOException, Fatal {
    String source = file.getFileName().toString();
    check(file, source, limits);
    try {
      return new Book(source, new ReadableWorkbook(file.toFile(), OPTIONS), null);
    } catch (RuntimeException | IOException e) {
      throw new Fatal(Problem.builder().source(source).message("is not a readable XLSX workbook: " + e.getMessage()).build());
    }
  }

  /** Spools a stream to a temporary file (bounded by {@code maxFileBytes}), checks it and opens it. */
  static Book open(InputStream in, String source, XlsxLimits limits) throws IOException, Fatal {
    Path tmp = Files.createTempFile("losi-", ".xlsx");
    boolean ok = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > limits.maxFileBytes()) {
            throw new Fatal(Problem.builder().source(source).message("exceeds the XLSX limit maxFileBytes = "
                + limits.maxFileBytes() + " (XlsxLimits); reading stopped").build());
          }
          out.write(buf, 0, n);
        }
      }
      check(tmp, source, limits);
      Book b;
      try {
        b = new Book(source, new ReadableWorkbook(tmp.toFile(), OPTIONS), tmp);
      } catch (RuntimeException | IOException e) {
        throw new Fatal(Problem.builder().source(source).message("is not a readable XLSX workbook: " + e.getMessage()).build());
      }
      ok = true;
      return b;
    } finally {
      if (!ok) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Counts entries and inflates every entry, counting bytes, before any XML parser sees the file. */
  static void check(Path file, String source, XlsxLimits limits) throws IOException, Fatal {
    if (Files.size(file) == 0) {
      throw new Fatal(Problem.builder().source(source).message("is empty: expected an XLSX workbook").build());
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        throw new Fatal(Problem.builder().source(source).message("exceeds the XLSX limit maxEntries = "
            + limits.maxEntries() + " (XlsxLimits): the zip holds " + zip.size() + " entries; reading stopped").build());
      }
      long total = 0;
      byte[] buf = new byte[64 * 1024];
      SharedStringCheck strings = new SharedStringCheck();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        strings.start(entry.getName());
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buf)) > 0) {
            strings.feed(buf, n);
            total += n;
            if (total > limits.maxUncompressedBytes()) {
              throw new Fatal(Problem.builder().source(source).message("exceeds the XLSX limit maxUncompressedBytes = "
                  + limits.maxUncompressedBytes() + " (XlsxLimits); reading stopped").build());
            }
          }
        }
      }
      String damage = strings.damage();
      if (damage != null) {
        throw new Fatal(Problem.builder().source(source).message(damage).build());
      }
    } catch (ZipException e) {
      throw new Fatal(Problem.builder().source(source).message("is not an XLSX workbook (not a valid zip file: "
          + e.getMessage() + ")").build());
    } catch (IOException e) {
      throw new Fatal(Problem.builder().source(source).message("is not an XLSX workbook (a damaged zip entry: "
          + e.getMessage() + ")").build());
    }
  }

  @Override
  public List<String> next(ProblemSink problems) throws IOException, Fatal {
    try {
      Row row;
      do {
        if (!rows.hasNext()) {
          return null;
        }
        row = rows.next();
      } while (row.stream().allMatch(c -> c == null || c.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY
          || (c.getType() == org.dhatim.fastexcel.reader.CellType.STRING && (c.getText() == null || c.getText().isEmpty()))));
      rowNum = row.getRowNum();
      int n = row.getCellCount();
      List<String> cells = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        cells.add(text(row.getCell(i), i, problems));
      }
      // trailing empty cells are not significant in a sheet
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      return cells;
    } catch (RuntimeException e) {
      throw new Fatal(Problem.builder().source(source).column(sheetName + "!" + (rowNum + 1))
          .message("cannot be read: " + e.getMessage()).build());
    }
  }

  private String text(Cell c, int column, ProblemSink problems) {
    if (c == null) {
      return "";
    }
    switch (c.getType()) {
      case EMPTY:
        return "";
      case STRING:
        return c.getText() == null ? "" : c.getText();
      case NUMBER:
        if (isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
          java.time.LocalDateTime t = c.asDate();
          return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        }
        return c.getRawValue();
      case FORMULA:
        problems.add(at(column).value("=" + c.getFormula())
            .message("holds a formula; LOSI sheets hold values only (paste values)").build());
        return c.getRawValue() == null ? "" : c.getRawValue();
      case BOOLEAN:
        return c.getRawValue().equals("1") ? "TRUE" : "FALSE";
      default:
        problems.add(at(column).value(String.valueOf(c.getRawValue())).message("holds a spreadsheet error value").build());
        return "";
    }
  }

  /**
   * True for Excel's built-in date formats (ids 14 to 22 and 45 to 47) and for custom formats with day or
   * year placeholders and no digit placeholders (quoted text and bracketed sections ignored).
   */
  static boolean isDateFormat(Integer id, String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "")
        .toLowerCase(java.util.Locale.ROOT);
    return (f.contains("y") || f.contains("d")) && !f.contains("0") && !f.contains("#");
  }

  /** A1-style column letters for a 0-based column. */
  static String columnLetters(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int r = (c - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      c = (c - 1) / 26;
    }
    return sb.toString();
  }

  @Override
  public Problem.Builder at(int column) {
    return Problem.builder().source(source).column(sheetName + "!" + columnLetters(column) + rowNum);
  }

  @Override
  public long line() {
    return Math.max(1, rowNum);
  }

  @Override
  public Problem.Builder atRow() {
    return Problem.builder().source(source).column(sheetName + "!" + rowNum + ":" + rowNum);
  }

  @Override
  public Problem.Builder atSource() {
    return Problem.builder().source(source).column(sheetName);
  }

  @Override
  public boolean omitsTrailingEmptyCells() {
    return true;
  }

  @Override
  public void close() {
    stream.close();
  }
}
