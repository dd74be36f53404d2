package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fast path == slow path for numbers: {@link JsonOut} (with {@link JsonNumbers}' cached texts) writes, in a
 * pretty-printed object and array, the same text as jackson-core's own {@link JsonGenerator#writeNumberField(String,
 * double)} and {@link JsonGenerator#writeNumber(double)} with the documents' printer (the second implementation,
 * run in the test), over random lists of doubles that repeat values (cache hits), collide in cache slots (values
 * from few bit patterns) and hold NaN, infinities, -0.0, subnormals and extremes.
 */
class JsonNumbersProperties {

  private static final JsonFactory FACTORY = new JsonFactory();

  private static String jackson(List<Double> xs) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JacksonReference.printer());
      g.writeStartObject();
      for (int i = 0; i < xs.size(); i++) {
        g.writeNumberField("v" + i, xs.get(i));
      }
      g.writeArrayFieldStart("all");
      for (double x : xs) {
        g.writeNumber(x);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static String cached(List<Double> xs) {
    return JsonText.text(g -> {
      g.writeStartObject();
      for (int i = 0; i < xs.size(); i++) {
        g.writeNumberField("v" + i, xs.get(i));
      }
      g.writeArrayFieldStart("all");
      for (double x : xs) {
        g.writeNumber(x);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void assertSameText(List<Double> xs) throws IOException {
    String jackson = jackson(xs) + "\n";
    assertEquals(jackson, cached(xs));
    assertEquals(jackson, cached(xs), "second pass, all hits");
  }

  @Property(tries = 300)
  void cachedTextsAreTheGeneratorsTexts(@ForAll("doubles") List<Double> xs) throws IOException {
    assertSameText(xs);
  }

  @Example
  void specialValuesAndSlotCollisionsAreWrittenAsTheGeneratorWritesThem() throws IOException {
    // 1.0 and 1.0 + 2^-52 * 2^13 differ only in bits the slot hash folds together with others: whatever slot
    // they take, each must come back as its own text after the other replaced it.
    double a = 1.0;
    double b = Double.longBitsToDouble(Double.doubleToRawLongBits(1.0) + (1L << 13));
    assertSameText(List.of(a, b, a, b, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
        Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 2e-3, 3.356043432531422E-4, Double.NaN));
  }

  @Provide
  Arbitrary<List<Double>> doubles() {
    Arbitrary<Double> any = Arbitraries.longs().map(Double::longBitsToDouble);
    Arbitrary<Double> unit = Arbitraries.doubles().between(-1, 1);
    Arbitrary<Double> few = Arbitraries.integers().between(0, 7).map(k -> Double.longBitsToDouble(
        Double.doubleToRawLongBits(0.5) + ((long) k << 13)));
    Arbitrary<Double> special = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
        0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 1.0E-5);
    return Arbitraries.frequencyOf(
        Tuple.of(3, any), Tuple.of(3, unit), Tuple.of(3, few),
        Tuple.of(1, special)).list().ofMaxSize(60);
  }
}
