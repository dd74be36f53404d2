package dev.losi.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The report charts, drawn with {@link Svg}: horizontal bars (optionally with median and best markers), a
 * heat map and a scatter plot with a fitted line. Every bar and cell carries its value as text, so colour
 * is never the only carrier of meaning. Labels are plain text; names are isolated for bidirectional text.
 */
final class Charts {

  private Charts() {}

  static final double WIDTH = 640;
  private static final double LABEL = 200;
  private static final String INK = "#222222";
  private static final String GRID = "#BBBBBB";

  /** One bar: a label (plain text), its value, colour and printed value, and optional markers. */
  record Bar(String label, double value, String fill, String valueText, OptionalDouble median, OptionalDouble best) {
    Bar(String label, double value, String fill, String valueText) {
      this(label, value, fill, valueText, OptionalDouble.empty(), OptionalDouble.empty());
    }
  }

  /**
   * Horizontal bars from 0 to {@code max}, {@code rowHeight} user units per bar, grid lines at the
   * {@code ticks} (printed with {@code tickLabels}); a legend line explains the markers when any bar has
   * them.
   */
  static String bars(String title, List<Bar> bars, double max, double rowHeight, double[] ticks, String[] tickLabels,
      String medianLabel, String bestLabel) {
    return bars(title, bars, LABEL, max, rowHeight, ticks, tickLabels, medianLabel, bestLabel);
  }

  /** Like {@link #bars(String, List, double, double, double[], String[], String, String)} with a label column width. */
  static String bars(String title, List<Bar> bars, double labelWidth, double max, double rowHeight, double[] ticks,
      String[] tickLabels, String medianLabel, String bestLabel) {
    double plot = WIDTH - labelWidth - 70;
    boolean markers = bars.stream().anyMatch(b -> b.median().isPresent() || b.best().isPresent());
    double top = 6;
    double plotH = bars.size() * rowHeight;
    double height = top + plotH + 18 + (markers ? 18 : 0);
    Svg s = new Svg(WIDTH, height, title);
    double font = Math.min(12, rowHeight * 0.62);
    for (int i = 0; i < ticks.length; i++) {
      double x = labelWidth + plot * ticks[i] / max;
      s.line(x, top, x, top + plotH, GRID, 0.6, "2 2");
      s.text(x, top + plotH + 13, "middle", 10, INK, tickLabels[i], false);
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * rowHeight;
      double w = plot * b.value() / max;
      s.text(labelWidth - 6, y + rowHeight * 0.68, "end", font, INK, Html.isolated(b.label()), true);
      s.rect(labelWidth, y + rowHeight * 0.15, w, rowHeight * 0.7, b.fill());
      double end = Math.max(b.value(), Math.max(b.median().orElse(0), b.best().orElse(0)));
      s.text(labelWidth + plot * end / max + 5, y + rowHeight * 0.68, "start", font, INK, b.valueText(), false);
      b.median().ifPresent(m -> s.line(labelWidth + plot * m / max, y + 1, labelWidth + plot * m / max, y + rowHeight - 1, INK, 2, ""));
      b.best().ifPresent(m -> s.line(labelWidth + plot * m / max, y + 1, labelWidth + plot * m / max, y + rowHeight - 1, INK, 2, "3 2"));
    }
    s.line(labelWidth, top, labelWidth, top + plotH, INK, 1, "");
    if (markers) {
      double y = top + plotH + 30;
      s.line(labelWidth, y - 9, labelWidth, y + 2, INK, 2, "");
      s.text(labelWidth + 5, y, "start", 10, INK, medianLabel, false);
      double x2 = labelWidth + 170;
      s.line(x2, y - 9, x2, y + 2, INK, 2, "3 2");
      s.text(x2 + 5, y, "start", 10, INK, bestLabel, false);
    }
    return s.end();
  }

  /** A heat map: one row per label, one column per column label, values in [0, 1] (NaN: no value). */
  static String heatMap(String title, List<String> rows, List<String> columns, double[][] values,
      java.util.function.DoubleFunction<String> format) {
    double cellW = Math.min(72, (WIDTH - LABEL) / Math.max(1, columns.size()));
    double cellH = 16;
    double top = 18;
    Svg s = new Svg(WIDTH, top + rows.size() * cellH + 4, title);
    for (int j = 0; j < columns.size(); j++) {
      s.text(LABEL + (j + 0.5) * cellW, 12, "middle", 10, INK, columns.get(j), false);
    }
    for (int i = 0; i < rows.size(); i++) {
      double y = top + i * cellH;
      s.text(LABEL - 6, y + 11.5, "end", 10, INK, Html.isolated(rows.get(i)), true);
      for (int j = 0; j < columns.size(); j++) {
        double v = values[i][j];
        if (Double.isNaN(v)) {
          s.rect(LABEL + j * cellW, y, cellW - 1, cellH - 1, "#EEEEEE");
          continue;
        }
        s.rect(LABEL + j * cellW, y, cellW - 1, cellH - 1, Palette.sequential(v));
        s.text(LABEL + (j + 0.5) * cellW, y + 11.5, "middle", 9.5, Palette.textOn(v), format.apply(v), false);
      }
    }
    return s.end();
  }

  /** One point of a scatter plot, labelled when {@code label} is not empty. */
  record Point(double x, double y, String fill, String label) {}

  /**
   * A scatter plot on [0, 1] x [0, 1], grid lines at 0, 0.25, 0.5, 0.75 and 1 printed with
   * {@code tickLabels}, and the line {@code y = intercept + slope x} when {@code line} is true, clipped
   * to the square.
   */
  static String scatter(String title, List<Point> points, boolean line, double intercept, double slope,
      String[] tickLabels, String xLabel, String yLabel) {
    double left = 48;
    double size = 380;
    double top = 10;
    Svg s = new Svg(WIDTH, top + size + 40, title);
    for (int k = 0; k <= 4; k++) {
      double t = k / 4.0;
      double x = left + size * t;
      double y = top + size * (1 - t);
      s.line(x, top, x, top + size, GRID, 0.6, "2 2").line(left, y, left + size, y, GRID, 0.6, "2 2");
      s.text(x, top + size + 14, "middle", 10, INK, tickLabels[k], false);
      s.text(left - 5, y + 3.5, "end", 10, INK, tickLabels[k], false);
    }
    s.text(left + size / 2, top + size + 32, "middle", 11, INK, xLabel, false);
    s.text(left + size + 8, top + 12, "start", 11, INK, yLabel, false);
    if (line) {
      double[] seg = clip(intercept, slope);
      if (seg.length == 2) {
        s.line(left + size * seg[0], top + size * (1 - (intercept + slope * seg[0])), left + size * seg[1],
            top + size * (1 - (intercept + slope * seg[1])), INK, 1.4, "");
      }
    }
    for (Point p : points) {
      s.circle(left + size * p.x(), top + size * (1 - p.y()), 4.5, p.fill());
    }
    for (Point p : points) {
      if (!p.label().isEmpty()) {
        s.text(left + size * p.x() + 7, top + size * (1 - p.y()) + 3.5, "start", 10, INK, Html.isolated(p.label()), true);
      }
    }
    return s.end();
  }

  /**
   * The x interval within [0, 1] where {@code 0 <= intercept + slope x <= 1}, as {x0, x1}; empty when the
   * line misses the unit square.
   */
  static double[] clip(double intercept, double slope) {
    double lo = 0;
    double hi = 1;
    if (slope == 0) {
      return intercept >= 0 && intercept <= 1 ? new double[] {0, 1} : new double[0];
    }
    double a = (0 - intercept) / slope;
    double b = (1 - intercept) / slope;
    lo = Math.max(lo, Math.min(a, b));
    hi = Math.min(hi, Math.max(a, b));
    return lo <= hi ? new double[] {lo, hi} : new double[0];
  }
  /**
   * A rank interval on the axis of ranks 1 (left) to {@code n}: a band from {@code low} to {@code high},
   * a dot at the point rank and a bar at the median rank, each labelled with its rank in text; the ends of
   * the axis are labelled too. A collapsed interval ({@code low == high}) is drawn as a short band around
   * the point.
   */
  static String rankInterval(String title, int n, int low, int high, int point, int median, String intervalLabel,
      String pointLabel, String medianLabel) {
    double left = 40;
    double plot = WIDTH - left - 40;
    double axis = 44;
    Svg s = new Svg(WIDTH, 96, title);
    java.util.function.IntToDoubleFunction x = r -> left + (n <= 1 ? plot / 2 : plot * (r - 1) / (n - 1));
    s.line(left, axis, left + plot, axis, INK, 1, "");
    for (int r : new int[] {1, n}) {
      s.line(x.applyAsDouble(r), axis - 4, x.applyAsDouble(r), axis + 4, INK, 1, "");
      s.text(x.applyAsDouble(r), axis + 18, "middle", 10, INK, Integer.toString(r), false);
    }
    double x0 = x.applyAsDouble(low);
    double x1 = x.applyAsDouble(high);
    s.rect(Math.min(x0, x1) - 3, axis - 7, Math.abs(x1 - x0) + 6, 14, "#56B4E9");
    s.text((x0 + x1) / 2, axis - 12, "middle", 10, INK, intervalLabel, false);
    s.line(x.applyAsDouble(median), axis - 9, x.applyAsDouble(median), axis + 9, INK, 2, "");
    s.circle(x.applyAsDouble(point), axis, 5, "#0072B2");
    s.text(left, 84, "start", 10, INK, pointLabel, false);
    s.text(left + plot, 84, "end", 10, INK, medianLabel, false);
    return s.end();
  }
  /**
   * A square matrix of counts, rows and columns in the same order (earlier edition down the side, later
   * across): the diagonal (unchanged) light grey, cells left of it (a better level later, the levels being
   * listed best first) sky blue, cells right of it (a worse level) orange; every count is printed, and the row and column
   * headings name the editions, so colour never carries meaning alone.
   */
  static String matrix(String title, List<String> labels, int[][] counts, String rowTitle, String columnTitle) {
    int k = labels.size();
    double left = 150;
    double top = 42;
    double cell = Math.min(96, (WIDTH - left - 10) / Math.max(1, k));
    double cellH = 26;
    Svg s = new Svg(WIDTH, top + k * cellH + 8, title);
    s.text(left + k * cell / 2, 12, "middle", 11, INK, columnTitle, false);
    s.text(6, 12, "start", 11, INK, rowTitle, false);
    for (int j = 0; j < k; j++) {
      s.text(left + (j + 0.5) * cell, top - 8, "middle", 10, INK, labels.get(j), false);
    }
    for (int i = 0; i < k; i++) {
      double y = top + i * cellH;
      s.text(left - 6, y + cellH * 0.65, "end", 10, INK, labels.get(i), false);
      for (int j = 0; j < k; j++) {
        String fill = i == j ? "#DDDDDD" : j < i ? "#56B4E9" : "#E69F00";
        s.rect(left + j * cell, y, cell - 1, cellH - 1, fill);
        s.text(left + (j + 0.5) * cell, y + cellH * 0.65, "middle", 11, INK, Integer.toString(counts[i][j]), false);
      }
    }
    return s.end();
  }
}
