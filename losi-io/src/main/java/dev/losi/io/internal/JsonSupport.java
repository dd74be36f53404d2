package dev.losi.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.losi.io.JsonLimits;
import java.io.UncheckedIOException;

/**
 * Internal, not API: the Jackson set-up shared by the JSON readers and writers of losi-io
 * ({@code LosiJson}, {@code MappingJson}).
 *
 * @since 0.1.0
 */
public final class JsonSupport {

  private JsonSupport() {}

  /**
   * A mapper whose parser enforces {@code limits} (Jackson {@code StreamReadConstraints}: nesting depth,
   * string length, number length, document length), rejects repeated keys
   * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}) and anything after the root value
   * ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}).
   */
  public static ObjectMapper strictMapper(JsonLimits limits) {
    return strictMapper(JsonTrees.strictFactory(limits));
  }

  /** The mapper of {@link #strictMapper(JsonLimits)} over a factory made by {@link JsonTrees#strictFactory}. */
  static ObjectMapper strictMapper(JsonFactory factory) {
    return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * A new mapper for writing: each double as its shortest decimal by jackson-core's Schubfach conversion
   * ({@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER}), the digits of {@code dev.losi.core.NumberText} and of
   * {@code Double.toString} from Java 19, so a document has the same text on every Java version (Java 17's
   * {@code Double.toString} writes other digits for some values, for example 9.999999999999999E22 for 1e23).
   */
  public static ObjectMapper writingMapper() {
    return new ObjectMapper(JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build());
  }

  /** The pretty-printing writer of {@code mapper}. */
  public static ObjectWriter prettyWriter(ObjectMapper mapper) {
    return mapper.writer().with(SerializationFeature.INDENT_OUTPUT);
  }

  /** The text of {@code node} by {@code writer}, followed by one line break. */
  public static String text(ObjectWriter writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of a parse error; 1 when Jackson gives no location. */
  public static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
  }
}
