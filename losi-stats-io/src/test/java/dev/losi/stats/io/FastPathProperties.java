package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.losi.core.LosiValidationException;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Fast path == object path: the byte-level readers of {@link ReliabilityCsv} and {@link PairedData} give the
 * same data as the CsvTable object path (the independent second implementation, run in the test), or the
 * same problems in the same order, over random CSV texts with bad rows, quotes, CR, tabs, semicolons,
 * empty lines, spaces, duplicates and odd numbers. Numbers are checked bit for bit against
 * {@link Double#parseDouble}.
 */
class FastPathProperties {

  @Property(tries = 400)
  void reliabilityFastPathEqualsObjectPath(@ForAll("reliabilityText") String text, @ForAll("level") MeasurementLevel level,
      @ForAll boolean declare) throws IOException {
    List<String> categories = declare ? List.of("0", "1", "2", "3") : List.of();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String fast = describe(() -> ReliabilityCsv.read("r.csv", new ByteArrayInputStream(bytes), level, categories));
    String slow = describe(() -> ReliabilityCsv.readByObjects("r.csv", bytes, level, categories));
    assertEquals(slow, fast);
  }

  /**
   * Mostly plain texts, so that the byte-level reader takes most of them, on one thread and with the rows
   * split in two at every size: the same data as the object path, or null (then the object path reads it).
   */
  @Property(tries = 600)
  void reliabilityBytesEqualObjectPathOnOneAndTwoThreads(@ForAll("plainReliabilityText") String text,
      @ForAll("level") MeasurementLevel level, @ForAll boolean declare) throws IOException {
    List<String> categories = declare ? List.of("0", "1", "2", "3") : List.of();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String slow = describe(() -> ReliabilityCsv.readByObjects("r.csv", bytes, level, categories));
    ReliabilityData one = ReliabilityCsv.packed(bytes, level, categories, Integer.MAX_VALUE);
    ReliabilityData two = ReliabilityCsv.packed(bytes, level, categories, 1);
    assertEquals(one == null, two == null);
    Statistics.label("byte level").collect(one != null ? "read at the byte level" : "handed to the object path");
    if (one != null) {
      assertEquals(slow, describe(() -> one));
      assertEquals(slow, describe(() -> two));
    }
    assertEquals(slow, describe(() -> ReliabilityCsv.read("r.csv", new ByteArrayInputStream(bytes), level, categories)));
    Statistics.label("byte level").coverage(c -> c.check("read at the byte level").percentage(p -> p > 30));
  }

  @Property(tries = 400)
  void pairedFastPathEqualsObjectPath(@ForAll("pairedText") String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String fast = describePairs(() -> PairedData.read("p.csv", new ByteArrayInputStream(bytes), "x", "y"));
    String slow = describePairs(() -> PairedData.readByObjects("p.csv", bytes, "x", "y"));
    assertEquals(slow, fast);
  }

  /** Two threads == one: the rows split at a line break near the middle, each half parsed alone, then joined. */
  @Property(tries = 400)
  void pairedHalvesEqualTheWhole(@ForAll("pairedText") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    PairedData whole = PairedData.packed("p.csv", bytes, "x", "y", Integer.MAX_VALUE);
    PairedData halves = PairedData.packed("p.csv", bytes, "x", "y", 1);
    assertEquals(whole == null, halves == null);
    if (whole != null) {
      assertEquals(java.util.Arrays.toString(whole.x()), java.util.Arrays.toString(halves.x()));
      assertEquals(java.util.Arrays.toString(whole.y()), java.util.Arrays.toString(halves.y()));
      assertEquals(whole.size(), halves.size());
    }
  }

  @Property(tries = 2000)
  void numbersAreParsedAsParseDouble(@ForAll("numberText") String number) {
    byte[] bytes = ("x\n" + number + "\n").getBytes(StandardCharsets.US_ASCII);
    AsciiCsv csv = AsciiCsv.open(bytes);
    assertNotNull(csv);
    assertEquals(1, csv.next());
    double parsed = Double.parseDouble(number);
    double expected = Double.isFinite(parsed) ? parsed : Double.NaN; // out of range: the object path's problem
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(csv.number(0)), number);
  }

  @Property(tries = 2000)
  void doublesReadBackBitForBit(@ForAll long bits, @ForAll @IntRange(min = 1, max = 17) int digits) {
    double d = Double.longBitsToDouble(bits);
    for (String text : new String[] {Double.toString(d), String.format(Locale.ROOT, "%." + digits + "g", d),
        String.format(Locale.ROOT, "%." + digits + "e", d), String.format(Locale.ROOT, "%." + digits + "f", d)}) {
      if (!Double.isFinite(d) || text.length() > 100) {
        continue;
      }
      AsciiCsv csv = AsciiCsv.open(("x\n" + text + "\n").getBytes(StandardCharsets.US_ASCII));
      assertEquals(1, csv.next());
      double parsed = Double.parseDouble(text); // rounding to few digits may overflow: then the object path's problem
      double expected = Double.isFinite(parsed) ? parsed : Double.NaN;
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(csv.number(0)), text);
    }
  }

  /** The fast path is taken for plain input (else the properties above would compare the object path with itself). */
  @Example
  void plainInputTakesTheFastPath() throws IOException {
    byte[] ratings = "unit,rater,value\nu1,r1,1\nu1,r2,2\nu2,r1,1\n".getBytes(StandardCharsets.US_ASCII);
    ReliabilityData d = ReliabilityCsv.packed(ratings, MeasurementLevel.NOMINAL, List.of());
    assertNotNull(d);
    assertEquals(describe(() -> ReliabilityCsv.readByObjects("r.csv", ratings, MeasurementLevel.NOMINAL, List.of())),
        describe(() -> d));
    assertEquals(List.of("u1", "u2"), d.unitIds());
    assertEquals(-1, d.code(1, 1));
    byte[] pairs = "id,x,y\n1,0.316,-2\n2,1e-3,.5\n".getBytes(StandardCharsets.US_ASCII);
    PairedData p = PairedData.packed("p.csv", pairs, "x", "y");
    assertNotNull(p);
    assertEquals(describePairs(() -> PairedData.readByObjects("p.csv", pairs, "x", "y")), describePairs(() -> p));
  }

  /** Hand-picked edges of the number rule and of the exact fast path (2^53, 10^22, 19 digits, signed zero). */
  @Example
  void edgesOfTheNumberRule() throws IOException {
    String[] texts = {"0", "-0", "+0.0", "-0e9", ".5", "5.", "9007199254740992", "9007199254740993",
        "1e22", "1e23", "1e-22", "1e-23", "123456789012345678", "1234567890123456789", "0.000000000000000000001",
        "4.9e-324", "2e-324", "1.7976931348623157e308", "00012.5000", "1E+2", "1e-0"};
    for (String t : texts) {
      AsciiCsv csv = AsciiCsv.open(("x\n" + t + "\n").getBytes(StandardCharsets.US_ASCII));
      assertEquals(1, csv.next());
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)), Double.doubleToRawLongBits(csv.number(0)), t);
    }
    for (String bad : new String[] {".", "1e", "e5", "1e999", "-", "1.2.3", "0x10", "NaN", "Infinity", "1d", "1,5"}) {
      byte[] bytes = ("x,y\n" + bad + ",1\n").getBytes(StandardCharsets.US_ASCII);
      assertEquals(describePairs(() -> PairedData.readByObjects("p.csv", bytes, "x", "y")),
          describePairs(() -> PairedData.read("p.csv", new ByteArrayInputStream(bytes), "x", "y")), bad);
    }
  }

  @Provide
  Arbitrary<MeasurementLevel> level() {
    return Arbitraries.of(MeasurementLevel.NOMINAL, MeasurementLevel.ORDINAL, MeasurementLevel.INTERVAL);
  }

  @Provide
  Arbitrary<String> reliabilityText() {
    Arbitrary<String> id = Arbitraries.of("u1", "u2", "u3", "u10", " u1", "u1 ", "", " ", "u\"1", "é", "u;1");
    Arbitrary<String> rater = Arbitraries.of("r1", "r2", "r3", "r1 ", "", "r\t2");
    Arbitrary<String> value = Arbitraries.of("0", "1", "2", "3", "1.0", "a", "b", " 2", "", "7", "-1");
    Arbitrary<String> row = Combinators.combine(id, rater, value, Arbitraries.of(",", ";"))
        .as((u, r, v, d) -> u + d + r + d + v);
    Arbitrary<String> odd = Arbitraries.of("u1,r1", "u1,r1,1,9", "", "\"u2\",r1,1");
    Arbitrary<String> line = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, row), net.jqwik.api.Tuple.of(1, odd));
    Arbitrary<String> header = Arbitraries.of("unit,rater,value", "unit;rater;value", "\uFEFFunit,rater,value",
        " unit , rater,value", "unit,rater,value,note", "unit,rater", "unit,unit,value", "");
    Arbitrary<String> end = Arbitraries.of("\n", "\n", "\n", "\r\n", "\n\n");
    return Combinators.combine(header, line.list().ofMaxSize(25), end)
        .as((h, rows, e) -> h + e + rows.stream().collect(Collectors.joining(e)) + (rows.size() % 2 == 0 ? e : ""));
  }

  /** Rows of plain ids with a few bad ones (an empty cell, a quote, CR, a wrong field count, a repeat). */
  @Provide
  Arbitrary<String> plainReliabilityText() {
    // units from a pool of 3 half of the time, so that rows of one unit often follow one another (the byte-level
    // reader then keeps the previous row's id) and often do not (a look-up; u1 and u2 have the same length)
    // and ids of 7 to 10 bytes, about the 8 bytes up to which the reader compares a cell as one long (its key):
    // u1234567 (8 bytes) and u12345678 (9) share their last 8 bytes, so equal keys must not be taken for equal
    // cells of more than 8 bytes
    Arbitrary<String> unit = Arbitraries.oneOf(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 3),
        Arbitraries.of(234567, 1234567, 12345678, 112345678, 2345678)).map(i -> "u" + i);
    Arbitrary<String> rater = Arbitraries.of("r1", "r2", "r3", "rater 4", "rater 12", "rater 123", "xrater 12");
    Arbitrary<String> value = Arbitraries.of("0", "1", "2", "3", "3", " 1", "2 ");
    Arbitrary<String> row = Combinators.combine(unit, rater, value).as((u, r, v) -> u + "," + r + "," + v);
    Arbitrary<String> bad = Arbitraries.of("u1,r1,", "u2,\"r1\",1", "u3,r1,1\r", "u4,r2", "u5,r1,1,1", "u1,r1,0", "u9,r1,7",
        "u9,r1,a", "   ", ",r1,1", "u\u00e9,r1,1");
    Arbitrary<String> line = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(60, row), net.jqwik.api.Tuple.of(1, bad),
        net.jqwik.api.Tuple.of(2, Arbitraries.just("")));
    Arbitrary<String> header = Arbitraries.of("unit,rater,value", "unit,rater,value", "value,unit,rater",
        "\uFEFFunit,rater,value", "unit , rater , value", "unit,note,rater,value");
    return Combinators.combine(header, line.list().ofMaxSize(80), Arbitraries.of(true, false)).as((h, rows, lastLf) -> {
      StringBuilder sb = new StringBuilder(h).append('\n');
      java.util.Set<String> cells = new java.util.HashSet<>();
      for (String r : rows) {
        String[] f = r.split(",", -1);
        if (f.length == 3 && !cells.add(f[0] + "," + f[1]) && !r.equals("u1,r1,0")) {
          continue; // one rating per unit and rater, except the deliberate repeat
        }
        if (h.startsWith("value") && f.length == 3) {
          r = f[2] + "," + f[0] + "," + f[1];
        } else if (h.contains("note") && f.length == 3) {
          r = f[0] + ",n," + f[1] + "," + f[2];
        }
        sb.append(r).append('\n');
      }
      return lastLf || sb.length() == 0 ? sb.toString() : sb.substring(0, sb.length() - 1);
    });
  }

  @Provide
  Arbitrary<String> pairedText() {
    Arbitrary<String> cell = Arbitraries.oneOf(numberText(), Arbitraries.of("", " ", "1e999", "abc", "1,5", " 2 ",
        "\"3\"", "0x1p3", "NaN"));
    Arbitrary<String> row = Combinators.combine(Arbitraries.integers().between(1, 99), cell, cell)
        .as((i, x, y) -> i + "," + x + "," + y);
    Arbitrary<String> header = Arbitraries.of("id,x,y", "x,y", "id,y,x", "id,x,z", "id;x;y", "id,x,y,y");
    return Combinators.combine(header, row.list().ofMaxSize(20), Arbitraries.of("\n", "\r\n", "\n\n"))
        .as((h, rows, e) -> h + e + String.join(e, rows));
  }

  @Provide
  Arbitrary<String> numberText() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(22);
    Arbitrary<String> sign = Arbitraries.of("", "", "-", "+");
    Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.integers().between(-330, 330).map(e -> "e" + e), Arbitraries.integers().between(0, 30).map(e -> "E+" + e));
    return Arbitraries.oneOf(
        Combinators.combine(sign, digits, exponent).as((s, d, e) -> s + d + e),
        Combinators.combine(sign, digits, digits, exponent).as((s, a, b, e) -> s + a + "." + b + e),
        Combinators.combine(sign, digits, exponent).as((s, d, e) -> s + "." + d + e),
        Combinators.combine(sign, digits).as((s, d) -> s + d + "."));
  }

  private interface Read<T> {
    T get() throws IOException;
  }

  private static String describe(Read<ReliabilityData> read) throws IOException {
    try {
      ReliabilityData d = read.get();
      return d.scale() + " units " + d.unitIds() + " raters " + d.raterIds() + " codes " + java.util.Arrays.toString(d.codes());
    } catch (LosiValidationException e) {
      return "problems " + e.problems() + " total " + e.total();
    }
  }

  private static String describePairs(Read<PairedData> read) throws IOException {
    try {
      PairedData p = read.get();
      StringBuilder sb = new StringBuilder(p.source() + " " + p.size());
      double[] x = p.x();
      double[] y = p.y();
      for (int i = 0; i < x.length; i++) {
        sb.append(' ').append(Double.doubleToRawLongBits(x[i])).append('/').append(Double.doubleToRawLongBits(y[i]));
      }
      return sb.toString();
    } catch (LosiValidationException e) {
      return "problems " + e.problems() + " total " + e.total();
    }
  }

}
