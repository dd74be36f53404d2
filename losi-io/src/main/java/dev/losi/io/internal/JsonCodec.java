package dev.losi.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.losi.io.JsonLimits;

/**
 * Internal, not API: what each JSON document class of losi-io holds ({@code LosiJson}, {@code MappingJson}):
 * its parsing limits, the strict mapper that enforces them ({@link JsonSupport#strictMapper}) and that
 * mapper's pretty writer. Immutable and thread-safe.
 *
 * @param limits the parsing limits
 * @param mapper the strict mapper made with {@code limits}
 * @param writer the pretty-printing writer of {@code mapper}
 * @since 0.1.0
 */
public record JsonCodec(JsonLimits limits, ObjectMapper mapper, ObjectWriter writer) {

  /** The strict mapper and pretty writer for {@code limits}. */
  public static JsonCodec of(JsonLimits limits) {
    ObjectMapper mapper = JsonSupport.strictMapper(limits);
    return new JsonCodec(limits, mapper, JsonSupport.prettyWriter(mapper));
  }

  /** The pretty text of {@code node}, followed by one line break. */
  public String text(JsonNode node) {
    return JsonSupport.text(writer, node);
  }
}
