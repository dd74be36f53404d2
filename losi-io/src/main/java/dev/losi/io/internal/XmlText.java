package dev.losi.io.internal;

/**
 * What an XLSX cell (XML 1.0) can hold: every character but the C0 control characters other than tab, line
 * feed and carriage return, and U+FFFE, U+FFFF.
 *
 * @since 0.1.0
 */
public final class XmlText {

  private XmlText() {}

  /** The first character of {@code s} that XML 1.0 cannot hold, or -1 when there is none. */
  public static int firstUnstorable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
        return ch;
      }
    }
    return -1;
  }

  /** The message for a text holding {@code ch}: what it is and the remedy. */
  public static String unstorable(int ch) {
    return "holds the control character U+" + String.format(java.util.Locale.ROOT, "%04X", ch)
        + ", which an XLSX workbook (XML 1.0) cannot store: remove it from the input, or write CSV or JSON";
  }
}
