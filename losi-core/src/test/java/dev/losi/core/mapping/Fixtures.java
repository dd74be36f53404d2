package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.testing.EditionFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-built editions for the mapping tests. */
final class Fixtures {

  private Fixtures() {}

  static Indicator ind(String code, String title, String criterion) {
    return EditionFixtures.ind(code, title, criterion);
  }

  static Instrument instrument(String id, int year, Indicator... indicators) {
    return EditionFixtures.instrument(id, year, indicators);
  }

  /**
   * Edition A (7 indicators) of the hand-built pair:
   * a1 SAME b1, a2 RENAMED b2, a3 MOVED b3 (X to Y), a4 SPLIT b4+b5, a5+a6 MERGED b6, a7 REMOVED;
   * b7 is ADDED.
   */
  static final Instrument A = instrument("T-A", 2020,
      ind("a1", "Portal", "X"), ind("a2", "Email", "X"), ind("a3", "Open data", "X"), ind("a4", "Services", "Y"),
      ind("a5", "Tax", "Y"), ind("a6", "Fees", "Y"), ind("a7", "Fax", "Y"));

  /** Edition B (7 indicators) of the hand-built pair. */
  static final Instrument B = instrument("T-B", 2022,
      ind("b1", "Portal", "X"), ind("b2", "E-mail contact", "X"), ind("b3", "Open data", "Y"), ind("b4", "Services info", "Y"),
      ind("b5", "Services online", "Y"), ind("b6", "Payments", "Y"), ind("b7", "Chatbot", "X"));

  /** The hand-built mapping A to B covering every relation. */
  static EditionMapping aToB() {
    return EditionMapping.builder().from(A).to(B)
        .same("a1", "b1").renamed("a2", "b2").moved("a3", "b3").split("a4", "b4", "b5").merged("b6", "a5", "a6")
        .removed("a7").build();
  }

  static Assessment assessment(String instrumentId, String city, Map<String, Answer> answers) {
    List<Response> rs = new ArrayList<>();
    answers.forEach((k, v) -> rs.add(Response.of(k, v)));
    return Assessment.builder().city(City.of(city, "City " + city, "BRA")).instrumentId(instrumentId).assessorId("UN")
        .responses(rs).build();
  }

  /** Every indicator of the instrument answered in order with the given answers (cycled). */
  static Assessment assessment(Instrument instrument, String city, List<Answer> answers) {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < instrument.size(); i++) {
      rs.add(Response.of(instrument.indicators().get(i).code(), answers.get(i % answers.size())));
    }
    return Assessment.builder().city(City.of(city, "City " + city, "BRA")).instrumentId(instrument.id()).assessorId("UN")
        .responses(rs).build();
  }

  /** A random edition: {@link EditionFixtures#randomInstrument}. */
  static Instrument randomInstrument(String id, List<Boolean> pattern) {
    return EditionFixtures.randomInstrument(id, pattern);
  }

  /** A random next edition and the mapping to it, without notes: {@link EditionFixtures#randomNext}. */
  static EditionMapping randomNext(Instrument a, String bId, List<Integer> ops) {
    return EditionFixtures.randomNext(a, bId, ops);
  }
}
