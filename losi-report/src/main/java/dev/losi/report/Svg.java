package dev.losi.report;

import java.util.Locale;

/**
 * A minimal SVG writer: rectangles, lines, circles and real {@code <text>} elements (searchable,
 * translatable, shaped by the reader's browser), with coordinates written in {@link Locale#ROOT} with at
 * most one decimal so the output is byte-identical everywhere. The image scales to its container
 * ({@code viewBox}, width 100%) and carries a title for screen readers.
 */
final class Svg {

  private final StringBuilder sb = new StringBuilder();

  /** Starts an image of this size in user units, with an accessible title. */
  Svg(double width, double height, String title) {
    sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(width)).append(' ')
        .append(n(height)).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
        .append("\" preserveAspectRatio=\"xMinYMin meet\"><title>").append(Html.escape(title)).append("</title>");
  }

  /** A filled rectangle. */
  Svg rect(double x, double y, double w, double h, String fill) {
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
        .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append("\"/>");
    return this;
  }

  /** A line with a stroke colour and width; {@code dash} empty for a solid line. */
  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
    sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append('"');
    if (!dash.isEmpty()) {
      sb.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    sb.append("/>");
    return this;
  }

  /** A filled circle with a thin dark outline. */
  Svg circle(double cx, double cy, double r, String fill) {
    sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"#222222\" stroke-width=\"0.6\"/>");
    return this;
  }

  /**
   * A text element. {@code anchor} is {@code start}, {@code middle} or {@code end}; {@code text} is plain
   * text, escaped here (isolate names in any script with {@link Html#isolated} before, then pass
   * {@code escaped = true}).
   */
  Svg text(double x, double y, String anchor, double size, String fill, String text, boolean escaped) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append("\">")
        .append(escaped ? text : Html.escape(text)).append("</text>");
    return this;
  }

  /** The finished image. */
  String end() {
    return sb + "</svg>";
  }

  /** A coordinate with at most one decimal, in Locale.ROOT. */
  static String n(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
