package dev.losi.io.internal;

/**
 * Formula-injection neutralising for text cells of spreadsheet exports (OWASP "CSV injection").
 *
 * <p>Rule: a text value that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return, or with one or more apostrophes followed by one of these, is written with one extra leading
 * apostrophe. Reading removes one leading apostrophe exactly when the cell holds one or more
 * apostrophes followed by one of these characters. So every text reads back to itself, a
 * spreadsheet never sees a formula, and a text such as {@code 'hello} is left alone both ways.
 * Numeric columns are written as numbers and never neutralised.
 *
 * @since 0.1.0
 */
public final class FormulaGuard {

  private FormulaGuard() {}

  private static boolean trigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static boolean apostrophesThenTrigger(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return i < s.length() && trigger(s.charAt(i));
  }

  /** The text to write for {@code s}. */
  public static String neutralise(String s) {
    return apostrophesThenTrigger(s) ? "'" + s : s;
  }

  /** The original text of a cell written by {@link #neutralise(String)}. */
  public static String restore(String s) {
    return !s.isEmpty() && s.charAt(0) == '\'' && apostrophesThenTrigger(s) ? s.substring(1) : s;
  }
}
