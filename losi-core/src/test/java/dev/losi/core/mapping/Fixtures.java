package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-built editions for the mapping tests. */
final class Fixtures {

  private Fixtures() {}

  static Indicator ind(String code, String title, String criterion) {
    return Indicator.builder().code(code).title(title).criterion(criterion).channelScope(ChannelScope.CHANNEL_INDEPENDENT).build();
  }

  static Instrument instrument(String id, int year, Indicator... indicators) {
    return Instrument.builder().id(id).editionYear(year).title("test edition " + id)
        .addCriteria(Criterion.of("X", "Criterion X"), Criterion.of("Y", "Criterion Y"))
        .addIndicators(indicators).build();
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

  /** A random edition of {@code n} indicators whose criteria follow {@code pattern} (true = X). */
  static Instrument randomInstrument(String id, List<Boolean> pattern) {
    List<Indicator> is = new ArrayList<>();
    for (int i = 0; i < pattern.size(); i++) {
      is.add(ind(id + "-" + i, "Feature " + i, pattern.get(i) ? "X" : "Y"));
    }
    return instrument(id, 2000, is.toArray(Indicator[]::new));
  }

  /**
   * A random next edition of {@code a} and the mapping to it: for indicator i, op = ops[i % size]:
   * 0 same, 1 renamed, 2 moved, 3 removed, 4 split in two, 5 merged with the next indicator, 6 same
   * plus an added indicator. The next edition always ends with one added indicator.
   */
  static EditionMapping randomNext(Instrument a, String bId, List<Integer> ops) {
    List<Indicator> bs = new ArrayList<>();
    EditionMapping.Builder m = EditionMapping.builder();
    int n = 0;
    List<Indicator> as = a.indicators();
    for (int i = 0; i < as.size(); i++) {
      Indicator x = as.get(i);
      int op = ops.get(i % ops.size());
      String other = x.criterion().equals("X") ? "Y" : "X";
      if (op == 5 && i + 1 >= as.size()) {
        op = 0;
      }
      switch (op) {
        case 0, 6 -> {
          String c = bId + "-" + n++;
          bs.add(ind(c, x.title(), x.criterion()));
          m.same(x.code(), c);
          if (op == 6) {
            bs.add(ind(bId + "-" + n++, "New " + n, other));
          }
        }
        case 1 -> {
          String c = bId + "-" + n++;
          bs.add(ind(c, x.title() + " (renamed)", x.criterion()));
          m.renamed(x.code(), c);
        }
        case 2 -> {
          String c = bId + "-" + n++;
          bs.add(ind(c, x.title(), other));
          m.moved(x.code(), c);
        }
        case 3 -> m.removed(x.code());
        case 4 -> {
          String c1 = bId + "-" + n++;
          String c2 = bId + "-" + n++;
          bs.add(ind(c1, x.title() + " part 1", x.criterion()));
          bs.add(ind(c2, x.title() + " part 2", x.criterion()));
          m.split(x.code(), c1, c2);
        }
        case 5 -> {
          Indicator y = as.get(++i);
          String c = bId + "-" + n++;
          bs.add(ind(c, x.title() + " and " + y.title(), x.criterion()));
          m.merged(c, x.code(), y.code());
        }
        default -> throw new IllegalArgumentException("op " + op);
      }
    }
    bs.add(ind(bId + "-" + n, "Always new", "X"));
    Instrument b = instrument(bId, 2001, bs.toArray(Indicator[]::new));
    return m.from(a).to(b).build();
  }
}
