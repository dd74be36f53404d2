package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  private static CsvParser open(String text) throws Exception {
    return CsvParser.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (char) 0, 10_000, 100);
  }

  /** A semicolon file (as Excel writes in many locales) that starts with empty lines is still semicolon. */
  @Test
  void delimiterIsDetectedFromTheFirstNonEmptyLine() throws Exception {
    try (CsvParser p = open("\r\n\nunit;rater;value\r\nu1;r1;1,5\r\n")) {
      assertEquals(List.of("unit", "rater", "value"), p.next());
      assertEquals(';', p.delimiter());
      assertEquals(List.of("u1", "r1", "1,5"), p.next());
    }
  }

  /** Hand-made: two commas against one quoted semicolon and none outside quotes. */
  @Test
  void quotedSemicolonsDoNotCount() throws Exception {
    try (CsvParser p = open("a,\"b;c\",d\n")) {
      assertEquals(List.of("a", "b;c", "d"), p.next());
      assertEquals(',', p.delimiter());
    }
  }
}
