package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.JsonSupport;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Every built-in instrument, as {@link Instruments#load} reads it (jackson-core's parser, no databind mapper),
 * equals, field by field, the instrument the databind reader makes of the same resource: the strict
 * {@code ObjectMapper.readTree} of {@link JsonSupport#strictMapper} and the same model mapping
 * ({@link InstrumentJson}), which is how losi-io read it before.
 */
class BundledInstrumentReaderTest {

  @Test
  void everyBuiltInInstrumentEqualsWhatTheDatabindReaderMakesOfIt() throws Exception {
    assertFalse(Instruments.ids().isEmpty());
    for (String id : Instruments.ids()) {
      Instrument expected = databind(id);
      Instrument actual = Instruments.load(id);
      assertEquals(expected.id(), actual.id());
      assertEquals(expected.editionYear(), actual.editionYear(), id);
      assertEquals(expected.title(), actual.title(), id);
      assertEquals(expected.provenance(), actual.provenance(), id);
      assertEquals(expected.declaredMaximum(), actual.declaredMaximum(), id);
      assertEquals(expected.criteria().size(), actual.criteria().size(), id);
      for (int i = 0; i < expected.criteria().size(); i++) {
        Criterion e = expected.criteria().get(i);
        Criterion a = actual.criteria().get(i);
        assertEquals(e.code(), a.code(), id + " criterion " + i);
        assertEquals(e.name(), a.name(), id + " criterion " + i);
      }
      assertEquals(expected.indicators().size(), actual.indicators().size(), id);
      for (int i = 0; i < expected.indicators().size(); i++) {
        Indicator e = expected.indicators().get(i);
        Indicator a = actual.indicators().get(i);
        String where = id + " indicator " + e.code();
        assertEquals(e.code(), a.code(), where);
        assertEquals(e.title(), a.title(), where);
        assertEquals(e.description(), a.description(), where);
        assertEquals(e.criterion(), a.criterion(), where);
        assertEquals(e.channelScope(), a.channelScope(), where);
        assertEquals(Double.doubleToRawLongBits(e.weight()), Double.doubleToRawLongBits(a.weight()), where);
        assertEquals(e.tags(), a.tags(), where);
        assertEquals(e.provenance(), a.provenance(), where);
      }
      assertEquals(expected, actual, id);
    }
  }

  private static Instrument databind(String id) throws Exception {
    JsonNode root;
    try (InputStream in = Instruments.class.getResourceAsStream("instruments/" + id + ".json")) {
      assertNotNull(in, id);
      root = JsonSupport.strictMapper(JsonLimits.DEFAULT).readTree(in);
    }
    ProblemCollector problems = new ProblemCollector();
    Instrument i = new InstrumentJson(new JsonModel(id + ".json", problems)).read(root);
    problems.throwIfAny();
    return i;
  }
}
