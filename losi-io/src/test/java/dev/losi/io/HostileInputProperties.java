package dev.losi.io;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the bytes, a reader either returns a result or throws {@link LosiValidationException}: never
 * another runtime exception (a bug that would show a stack trace) and never partial garbage.
 */
class HostileInputProperties {

  private static final Instrument INSTRUMENT = Fixtures.small();

  /** Mutations of a valid file: truncated, bytes replaced, and pieces of CSV and JSON syntax inserted. */
  @Provide
  Arbitrary<byte[]> mutatedCsv() {
    byte[] valid = AssessmentCsv.writer().toString(List.of(Fixtures.full(Fixtures.maputo(), "A"),
        Fixtures.full(Fixtures.addis(), "B"))).getBytes(StandardCharsets.UTF_8);
    return mutations(valid, new String[] {"\"", ",", ";", "\n", "\r", "'=", "\u00e9", "NA", "#999", "\uFEFF"});
  }

  @Provide
  Arbitrary<byte[]> mutatedJson() {
    byte[] valid = LosiJson.standard().writeAssessments(List.of(Fixtures.full(Fixtures.cairo(), "A")))
        .getBytes(StandardCharsets.UTF_8);
    return mutations(valid, new String[] {"{", "}", "[", "]", "\"", ",", ":", "null", "1e999", "-0", "\"x\":1,"});
  }

  @Provide
  Arbitrary<byte[]> mutatedXlsx() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    AssessmentXlsx.writer().write(List.of(Fixtures.full(Fixtures.maputo(), "A")), out);
    return mutations(out.toByteArray(), new String[] {"PK", "<", ">", "\"", "&", "<c t=\"s\"><v>99</v></c>"});
  }

  @Property(tries = 150)
  void xlsxReadersFailOnlyWithValidationErrors(@ForAll("mutatedXlsx") byte[] bytes) throws Exception {
    try {
      AssessmentXlsx.reader(INSTRUMENT).read(new ByteArrayInputStream(bytes), "m.xlsx");
    } catch (LosiValidationException expected) {
      // fine
    }
  }

  private static Arbitrary<byte[]> mutations(byte[] valid, String[] pieces) {
    Arbitrary<Integer> pos = Arbitraries.integers().between(0, valid.length);
    Arbitrary<byte[]> insert = pos.flatMap(p -> Arbitraries.of(pieces).map(piece -> {
      byte[] b = piece.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[valid.length + b.length];
      System.arraycopy(valid, 0, out, 0, p);
      System.arraycopy(b, 0, out, p, b.length);
      System.arraycopy(valid, p, out, p + b.length, valid.length - p);
      return out;
    }));
    Arbitrary<byte[]> truncate = pos.map(p -> java.util.Arrays.copyOf(valid, p));
    Arbitrary<byte[]> replace = pos.filter(p -> p < valid.length).flatMap(p -> Arbitraries.integers().between(0, 255)
        .map(v -> {
          byte[] out = valid.clone();
          out[p] = (byte) (int) v;
          return out;
        }));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.oneOf(insert, truncate, replace, random);
  }

  @Property(tries = 300)
  void csvReadersFailOnlyWithValidationErrors(@ForAll("mutatedCsv") byte[] bytes) throws Exception {
    try {
      AssessmentCsv.reader(INSTRUMENT).read(new ByteArrayInputStream(bytes), "m.csv");
    } catch (LosiValidationException expected) {
      // fine: a clear list of problems
    }
    try {
      AssessmentCsv.wideReader(INSTRUMENT).read(new ByteArrayInputStream(bytes), "m.csv");
    } catch (LosiValidationException expected) {
      // fine
    }
    try {
      InstrumentTables.readCsv(new ByteArrayInputStream(bytes), "m.csv", CsvFormat.standard());
    } catch (LosiValidationException expected) {
      // fine
    }
  }

  @Property(tries = 300)
  void jsonReadersFailOnlyWithValidationErrors(@ForAll("mutatedJson") byte[] bytes) throws Exception {
    try {
      LosiJson.standard().readAssessments(new ByteArrayInputStream(bytes), "m.json");
    } catch (LosiValidationException expected) {
      // fine
    }
    try {
      LosiJson.standard().readInstrument(new ByteArrayInputStream(bytes), "m.json");
    } catch (LosiValidationException expected) {
      // fine
    }
    try {
      LosiJson.standard().readAdjustments(new ByteArrayInputStream(bytes), "m.json");
    } catch (LosiValidationException expected) {
      // fine
    }
  }
}
