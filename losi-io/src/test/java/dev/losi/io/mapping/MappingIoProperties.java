package dev.losi.io.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Instrument;
import dev.losi.core.mapping.EditionMapping;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips of random mappings (every relation, notes with any characters) through JSON and CSV. */
class MappingIoProperties {

  @Provide
  Arbitrary<List<Integer>> ops() {
    return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> notes() {
    // any text a Link accepts: every code point except lone surrogates (which the model rejects)
    return Arbitraries.strings().all().ofMaxLength(20).filter(s -> s.codePoints().noneMatch(cp -> cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)))
        .list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(1, 12);
  }

  private static EditionMapping random(int n, List<Integer> ops, List<String> notes) {
    List<dev.losi.core.Indicator> is = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      is.add(MappingFixtures.ind("A-" + i, "Feature " + i, i % 3 == 0 ? "X" : "Y"));
    }
    Instrument a = MappingFixtures.instrument("A", is.toArray(dev.losi.core.Indicator[]::new));
    return MappingFixtures.randomNext(a, "B", ops, notes);
  }

  @Property(tries = 200)
  void jsonRoundTrips(@ForAll("sizes") int n, @ForAll("ops") List<Integer> ops, @ForAll("notes") List<String> notes) {
    EditionMapping m = random(n, ops, notes);
    assertEquals(m, MappingJson.standard().read(MappingJson.standard().write(m), "p.json", List.of(m.from(), m.to())));
  }

  @Property(tries = 200)
  void csvRoundTrips(@ForAll("sizes") int n, @ForAll("ops") List<Integer> ops, @ForAll("notes") List<String> notes) {
    EditionMapping m = random(n, ops, notes).withDescription("");
    assertEquals(m, MappingCsv.read(MappingCsv.toCsv(m), "p.csv", m.from(), m.to(), m.coveredCriteria()));
  }
}
