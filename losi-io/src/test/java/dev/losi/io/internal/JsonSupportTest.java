package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.io.JsonLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shared strict mapper: every limit of JsonLimits, repeated keys and trailing tokens are rejected. */
class JsonSupportTest {

  private final ObjectMapper mapper = JsonSupport.strictMapper(new JsonLimits(3, 10, 5, 200));

  @Test
  void limitsAreEnforced() throws JsonProcessingException {
    assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[[[[1]]]]"));
    assertThrows(StreamConstraintsException.class, () -> mapper.readTree("{\"a\": \"01234567890\"}"));
    assertThrows(StreamConstraintsException.class, () -> mapper.readTree("{\"a\": 1234567}"));
    // the document length is checked when the parser loads more input, so read a stream larger than its buffer
    byte[] big = ("[" + "1,".repeat(10_000) + "1]").getBytes(StandardCharsets.UTF_8);
    assertThrows(StreamConstraintsException.class, () -> mapper.readTree(new ByteArrayInputStream(big)));
    assertEquals(1, mapper.readTree("[[[1]]]").get(0).get(0).get(0).intValue(), "within limits reads");
  }

  @Test
  void repeatedKeysAndTrailingTokensAreErrorsWithTheirLine() {
    JsonProcessingException dup = assertThrows(JsonProcessingException.class,
        () -> mapper.readTree("{\n\"a\": 1,\n\"a\": 2}"));
    assertTrue(dup.getOriginalMessage().contains("Duplicate field 'a'"), dup.getOriginalMessage());
    assertEquals(3, JsonSupport.line(dup));
    assertThrows(JsonProcessingException.class, () -> mapper.readTree("{} {}"));
  }

  @Test
  void textIsPrettyAndEndsWithOneLineBreak() throws JsonProcessingException {
    String text = JsonSupport.text(JsonSupport.prettyWriter(mapper), mapper.readTree("{\"a\":1}"));
    assertEquals("{\n  \"a\" : 1\n}\n", text.replace(System.lineSeparator(), "\n"));
  }
}
