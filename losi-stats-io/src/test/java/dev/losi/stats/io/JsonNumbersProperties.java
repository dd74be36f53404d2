package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

  private static final JsonFactory FACTORY = JacksonReference.factory();

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

  /**
   * The text of a finite double, against its definition: it reads back to the same double ({@link
   * Double#parseDouble}); when it has more than two significant digits, no decimal with one digit fewer does (the
   * nearest such decimals below and above the exact value, by {@link BigDecimal} rounding, both read back to other
   * doubles; with one or two digits the specification of {@code Double.toString} takes the closer of the one- and
   * two-digit decimals, so {@code 4.9E-324} rather than {@code 5.0E-324}); and it is {@link
   * Double#toString(double)}'s text, on Java 19 and later always, on Java 17 and 18 except from 10^16 to 10^26 and
   * below the normal doubles, where their {@code Double.toString} may write other digits (an 18-digit text,
   * 9.999999999999999E22 for 1e23, 1.0E-323 for 9.9E-324).
   */
  @Property(tries = 2000)
  void aTextIsTheShortestDecimalOfItsDouble(@ForAll("finite") double x) {
    String text = JsonNumbers.text(x);
    assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
    BigDecimal exact = new BigDecimal(x);
    int digits = new BigDecimal(text).stripTrailingZeros().precision();
    if (x != 0 && digits > 2) {
      for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal shorter = exact.round(new MathContext(digits - 1, m));
        assertTrue(shorter.doubleValue() != x, text + " is not the shortest: " + shorter + " reads back to it too");
      }
    }
    boolean jdk17Differs = Runtime.version().feature() < 19
        && (Math.abs(x) >= 1e16 && Math.abs(x) < 1e26 || Math.abs(x) < Double.MIN_NORMAL);
    if (!jdk17Differs) {
      assertEquals(Double.toString(x), text);
    }
  }

  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)),
        Tuple.of(2, Arbitraries.doubles().between(-1, 1)),
        Tuple.of(1, Arbitraries.integers().between(0, 95).flatMap(k ->
            Arbitraries.integers().between(Math.max(1, k), 95).map(n -> (double) k / n))),
        Tuple.of(1, Arbitraries.doubles().between(1e16, 1e26)),
        Tuple.of(1, Arbitraries.longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble)),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e23, 2e-3, 1.0E-5, 1e7, 9999999.0,
            2.82879384806159E17, 6.6332621121664288E16)));
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
