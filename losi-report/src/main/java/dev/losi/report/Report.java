package dev.losi.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One written report: a self-contained HTML document (inline CSS and SVG, no script, nothing loaded from
 * the network) and the data of each of its charts as CSV.
 *
 * @param name a file-name stem for the report, e.g. {@code study}, {@code summary} or
 *     {@code scorecard-BR-SAO}: letters, digits, {@code - _ .} only
 * @param html the HTML document, UTF-8 when written
 * @param chartData CSV file name (e.g. {@code study-levels.csv}) to CSV text (LF line ends), sorted by name
 * @since 0.1.0
 */
public record Report(String name, String html, Map<String, String> chartData) {

  /**
   * Copies the chart data into a sorted, unmodifiable map.
   *
   * @param name the file-name stem; letters, digits, {@code - _ .} only
   * @param html the HTML document
   * @param chartData CSV file name to CSV text; copied, any order
   */
  public Report {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(html, "html");
    chartData = Collections.unmodifiableMap(new TreeMap<>(chartData));
  }

  /** A file-name stem made of the id's letters, digits, {@code - _ .}; anything else becomes {@code _}. */
  static String stem(String prefix, String id) {
    StringBuilder sb = new StringBuilder(prefix);
    id.codePoints().forEach(c -> sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')
        ? (char) c : '_'));
    return sb.toString();
  }
}
