package dev.losi.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.losi.io.JsonLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * Internal, not API: what each JSON document class of losi-io holds ({@code LosiJson}, {@code MappingJson}):
 * its parsing limits, the strict parser factory that enforces them ({@link JsonTrees#strictFactory}), and the
 * strict mapper over that factory ({@link JsonSupport#strictMapper}) with its pretty writer. Each is made on
 * first use: reading goes through {@link #tree(InputStream)} (jackson-core only), and making a databind mapper
 * costs more than reading a small document; a command that reads no JSON makes neither. Thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonCodec {

  private final JsonLimits limits;
  private JsonFactory factory;
  private ObjectMapper mapper;
  private ObjectWriter writer;

  private JsonCodec(JsonLimits limits) {
    this.limits = limits;
  }

  /** The codec for {@code limits}. */
  public static JsonCodec of(JsonLimits limits) {
    return new JsonCodec(limits);
  }

  /** The parsing limits. */
  public JsonLimits limits() {
    return limits;
  }

  /** The strict factory made with the limits, made on the first call. */
  public synchronized JsonFactory factory() {
    if (factory == null) {
      factory = JsonTrees.strictFactory(limits);
    }
    return factory;
  }

  /** The strict mapper over {@link #factory()}, made on the first call. */
  public synchronized ObjectMapper mapper() {
    if (mapper == null) {
      mapper = JsonSupport.strictMapper(factory());
    }
    return mapper;
  }

  /** The pretty-printing writer of {@link #mapper()}, made on the first call. */
  public synchronized ObjectWriter writer() {
    if (writer == null) {
      writer = JsonSupport.prettyWriter(mapper());
    }
    return writer;
  }

  /**
   * The tree of the document in {@code in} as {@link JsonTrees#document} builds it (the tree
   * {@code mapper().readTree} would build); {@code null} when the input has no value. The stream is not closed.
   *
   * @throws IOException for a syntax error, a token after the value, a limit exceeded, or a failed read
   */
  public JsonNode tree(InputStream in) throws IOException {
    try (JsonParser p = factory().createParser(TextStreams.unclosed(in))) {
      return JsonTrees.document(p);
    }
  }

  /** The pretty text of {@code node}, followed by one line break. */
  public String text(JsonNode node) {
    return JsonSupport.text(writer(), node);
  }
}
