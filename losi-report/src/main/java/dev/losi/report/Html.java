package dev.losi.report;

/**
 * HTML text building: escaping of text and attribute values, and names in any script isolated so that a
 * right-to-left name (القاهرة) does not reorder the text around it.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for an HTML text node or a double-quoted attribute value: {@code & < > " '} become
   * character references; characters that are not allowed in HTML (C0 controls other than tab, line feed
   * and carriage return, and lone surrogates) become U+FFFD, so no input can break the markup.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A name in any script as an isolated, escaped {@code <bdi>} element. */
  static String name(String text) {
    return "<bdi>" + escape(text) + "</bdi>";
  }

  /**
   * A name in any script for SVG text or other plain-text contexts: wrapped in the Unicode first-strong
   * isolate (U+2068) and pop directional isolate (U+2069), then escaped.
   */
  static String isolated(String text) {
    return escape("\u2068" + text + "\u2069");
  }
}
