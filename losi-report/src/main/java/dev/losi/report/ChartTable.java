package dev.losi.report;

import dev.losi.core.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of one chart as a table, written as CSV beside the report so that spreadsheet and Tableau
 * users can rebuild the chart: RFC 4180 quoting, LF line ends, UTF-8; a text cell that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe.
 * Numbers are full precision in Locale.ROOT.
 */
final class ChartTable {

  private final String name;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with a file-name stem (e.g. {@code criteria}) and its header. */
  ChartTable(String name, String... header) {
    this.name = name;
    this.header = List.of(header);
  }

  /** The file-name stem. */
  String name() {
    return name;
  }

  /** Adds a row; each cell is a String (text) or a Number. */
  ChartTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row of " + cells.length + " cells for " + header.size() + " columns");
    }
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c instanceof Number num ? number(num) : text(c.toString()));
    }
    rows.add(r);
    return this;
  }

  /** The CSV text. */
  String csv() {
    StringBuilder sb = new StringBuilder();
    line(sb, header.stream().map(ChartTable::quote).toList());
    rows.forEach(r -> line(sb, r));
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append(String.join(",", cells)).append('\n');
  }

  private static String number(Number n) {
    if (n instanceof Double d) {
      if (d.isNaN()) {
        return "";
      }
      return NumberText.of(d);
    }
    return n.toString();
  }

  private static String text(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    return quote(s);
  }

  private static String quote(String s) {
    boolean q = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return q ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
