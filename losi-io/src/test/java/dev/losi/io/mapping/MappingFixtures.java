package dev.losi.io.mapping;

import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.testing.EditionFixtures;
import java.util.List;

/** Small hand-built editions for the mapping io tests; the random ones come from losi-core's {@link EditionFixtures}. */
final class MappingFixtures {

  private MappingFixtures() {}

  static Indicator ind(String code, String title, String criterion) {
    return EditionFixtures.ind(code, title, criterion);
  }

  static Instrument instrument(String id, Indicator... indicators) {
    return EditionFixtures.instrument(id, 2020, indicators);
  }

  static final Instrument A = instrument("T-A", ind("a1", "Portal", "X"), ind("a2", "Email", "X"), ind("a3", "Open data", "X"),
      ind("a4", "Services", "Y"), ind("a5", "Tax", "Y"), ind("a6", "Fees", "Y"), ind("a7", "Fax", "Y"));

  static final Instrument B = instrument("T-B", ind("b1", "Portal", "X"), ind("b2", "E-mail contact", "X"),
      ind("b3", "Open data", "Y"), ind("b4", "Services info", "Y"), ind("b5", "Services online", "Y"), ind("b6", "Payments", "Y"),
      ind("b7", "Chatbot", "X"), ind("b8", "AI", "X"));

  /** Every relation: a1 same, a2 renamed, a3 moved, a4 split, a5+a6 merged, a7 removed, b7 added explicitly, b8 implicitly. */
  static EditionMapping aToB() {
    return EditionMapping.builder().from(A).to(B).description("hand-built")
        .same("a1", "b1").renamed("a2", "b2").moved("a3", "b3").split("a4", "b4", "b5").merged("b6", "a5", "a6")
        .removed("a7").added("b7").build();
  }

  /** A random next edition with notes on its SAME and ADDED rows: {@link EditionFixtures#randomNext(Instrument, String, List, List)}. */
  static EditionMapping randomNext(Instrument a, String bId, List<Integer> ops, List<String> notes) {
    return EditionFixtures.randomNext(a, bId, ops, notes);
  }
}
