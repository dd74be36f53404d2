package dev.losi.io;

import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import java.util.regex.Pattern;

/** Exact number text: written so that it reads back to the same double, read strictly. */
final class Numbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  /** Longest number text accepted (guards against pathological inputs). */
  static final int MAX_NUMBER_CHARS = 100;
  /** The message of a number written correctly that a double cannot hold ({@code 1e400}). */
  static final String OUT_OF_RANGE = "is out of range: a number must be finite, at most about 1.8e308 in magnitude";

  private Numbers() {}

  /**
   * Longs and ints as integers; doubles by {@link NumberText#of(double)}: whole numbers below 2^53 in magnitude
   * as integers ({@code 1}, not {@code 1.0}), others as the shortest decimal that reads back to the same double.
   */
  static String format(Number n) {
    if (n instanceof Long || n instanceof Integer) {
      return Long.toString(n.longValue());
    }
    return NumberText.of(n.doubleValue());
  }

  /** The problem of a number text longer than {@link #MAX_NUMBER_CHARS}, quoting its first 20 characters. */
  static Problem tooLong(Problem.Builder at, String raw) {
    return at.value(raw.substring(0, 20) + "...").message("is a number text of " + raw.length()
        + " characters; at most " + MAX_NUMBER_CHARS + " are read").build();
  }

  /** True when the text has the form of a decimal number (dot as separator, optional exponent). */
  static boolean isDecimal(String s) {
    return DECIMAL.matcher(s).matches();
  }

  /** Parses a decimal number (dot as separator, optional exponent); null when the text is not one. */
  static Double parse(String s) {
    if (s.length() > MAX_NUMBER_CHARS || !isDecimal(s)) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isFinite(d) ? d : null;
  }
}
