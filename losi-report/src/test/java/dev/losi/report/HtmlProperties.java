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

  /** The text with characters HTML does not allow replaced by U+FFFD, as documented (code point by code point). */
  private static String expected(String text) {
    return text.codePoints()
        .map(cp -> Character.getType(cp) == Character.SURROGATE || cp == 0x7F || (cp < 0x20 && "\t\n\r".indexOf(cp) < 0)
            ? 0xFFFD : cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }
}
