package dev.losi.cli.internal;

import java.util.regex.Pattern;

/** Strict parsing of decimal numbers from text inputs (no NaN, no infinity, no hexadecimal). */
public final class Numbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Numbers() {}

  /** True when the text (already stripped) is a plain decimal number such as {@code 0.39198} or {@code 1e-3}. */
  public static boolean isDecimal(String s) {
    return DECIMAL.matcher(s).matches();
  }
}
