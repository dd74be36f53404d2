package dev.losi.core;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One thing wrong with an input: where it is (file, line or record, column or cell), which city,
 * assessor and indicator it concerns, which field holds the bad value, and what was expected.
 *
 * <p>Problems are collected rather than thrown one at a time (see {@link ProblemCollector}), so a
 * user sees every mistake in a file at once. {@link #toString()} renders the one-line form used in
 * error messages and by the command line, for example:
 *
 * <pre>{@code assessments.csv:17: city "Maputo" assessor "B" indicator "#255": value "2" is not one of 1, 0, NA}</pre>
 *
 * <p>Every part but the message is optional; absent parts are simply left out of the rendering.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Problem {

  Problem() {}

  /** {@return the file, sheet or document the problem was found in, for example {@code assessments.csv}} */
  public abstract Optional<String> source();

  /**
   * {@return the 1-based line (CSV), row (XLSX) or record number in {@link #source()}, when the format has one}
   */
  public abstract OptionalLong line();

  /** {@return the column name, spreadsheet cell (for example {@code Sheet1!C7}) or JSON path, when known} */
  public abstract Optional<String> column();

  /** {@return the id of the city the problem concerns} */
  public abstract Optional<String> city();

  /** {@return the id of the assessor the problem concerns} */
  public abstract Optional<String> assessor();

  /** {@return the code of the indicator the problem concerns, for example {@code #255}} */
  public abstract Optional<String> indicator();

  /** {@return the name of the field holding the offending value, for example {@code value} or {@code weight}} */
  public abstract Optional<String> field();

  /** {@return the offending value exactly as found in the input} */
  public abstract Optional<String> value();

  /** {@return what is wrong and what was expected, for example {@code is not one of 1, 0, NA}} */
  public abstract String message();

  /**
   * Starts a problem with the given message.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A problem that has only a message.
   *
   * @param message what is wrong and what was expected
   * @return the problem, with no file, line, city or field
   */
  public static Problem of(String message) {
    return builder().message(message).build();
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("a problem needs a non-blank message");
    }
    if (line().isPresent() && line().getAsLong() < 1) {
      throw new IllegalArgumentException("line numbers are 1-based, got " + line().getAsLong());
    }
  }

  /**
   * The one-line rendering: {@code source:line: city "c" assessor "a" indicator "i": field "value" message}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    source().ifPresent(sb::append);
    line().ifPresent(l -> sb.append(':').append(l));
    column().ifPresent(c -> sb.append(sb.length() > 0 ? ":" : "").append(c.contains(" ") ? "[" + c + "]" : c));
    if (sb.length() > 0) {
      sb.append(": ");
    }
    int contextStart = sb.length();
    city().ifPresent(c -> sb.append("city ").append(quote(c)).append(' '));
    assessor().ifPresent(a -> sb.append("assessor ").append(quote(a)).append(' '));
    indicator().ifPresent(i -> sb.append("indicator ").append(quote(i)).append(' '));
    if (sb.length() > contextStart) {
      sb.setLength(sb.length() - 1);
      sb.append(": ");
    }
    if (field().isPresent()) {
      sb.append(field().get()).append(' ');
      value().ifPresent(v -> sb.append(quote(v)).append(' '));
    } else {
      value().ifPresent(v -> sb.append(quote(v)).append(' '));
    }
    sb.append(message());
    return sb.toString();
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> q.append(c);
      }
    }
    return q.append('"').toString();
  }

  /**
   * Builds {@link Problem}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
