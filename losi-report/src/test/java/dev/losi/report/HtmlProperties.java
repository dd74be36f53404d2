package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Escaping: no text can open a tag or end an attribute, and unescaping gives the text back. */
class HtmlProperties {

  @Property
  void escapedTextHasNoMarkupAndRoundTrips(@ForAll String text) {
    String e = Html.escape(text);
    assertFalse(e.contains("<") || e.contains(">") || e.contains("\"") || e.contains("'"), e);
    String back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
    assertEquals(expected(text), back);
  }

  /** The text with characters HTML does not allow replaced by U+FFFD, as documented. */
  private static String expected(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
