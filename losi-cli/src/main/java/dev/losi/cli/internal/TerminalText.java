package dev.losi.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Neutralises control characters in text meant for a terminal, so that a name or value holding an escape
 * sequence cannot move the cursor, change colours, set the window title or hide text.
 *
 * <p>Kept as they are: line feed, carriage return and tab. Every other C0 control (U+0000 to U+001F),
 * DEL (U+007F) and every C1 control (U+0080 to U+009F) is shown as its visible escape, for example
 * {@code ESC} (U+001B) as {@code \x1B}. Text without such characters passes through unchanged.
 */
public final class TerminalText {

  private TerminalText() {}

  /** True for a character that a terminal could interpret as a control. */
  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * The text with every control character replaced by its visible escape.
   *
   * @param text any text
   * @return the neutralised text, the same instance when nothing needed replacing
   */
  public static String neutralise(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      append(sb, text.charAt(i));
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, char c) {
    if (isControl(c)) {
      sb.append("\\x").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
    } else {
      sb.append(c);
    }
  }

  /**
   * A writer that neutralises control characters on their way to {@code out}.
   *
   * @param out the terminal's writer
   * @return a print writer that flushes when {@code out} is flushed
   */
  public static PrintWriter writer(Writer out) {
    return new PrintWriter(new Filter(out), true);
  }

  private static final class Filter extends FilterWriter {
    Filter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      write(new String(cbuf, off, len));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      String s = neutralise(str.substring(off, off + len));
      out.write(s, 0, s.length());
    }
  }
}
