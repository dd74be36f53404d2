package dev.losi.io.mapping;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.mapping.EditionMapping;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built editions and random mappings for the mapping io tests. */
final class MappingFixtures {

  private MappingFixtures() {}

  static Indicator ind(String code, String title, String criterion) {
    return Indicator.builder().code(code).title(title).criterion(criterion).channelScope(ChannelScope.CHANNEL_INDEPENDENT).build();
  }

  static Instrument instrument(String id, Indicator... indicators) {
    return Instrument.builder().id(id).editionYear(2020).title("test edition " + id)
        .addCriteria(Criterion.of("X", "Criterion X"), Criterion.of("Y", "Criterion Y"))
        .addIndicators(indicators).build();
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

  /** A random next edition, as in losi-core's mapping tests: op 0 same, 1 renamed, 2 moved, 3 removed, 4 split, 5 merged, 6 same plus an added. */
  static EditionMapping randomNext(Instrument a, String bId, List<Integer> ops, List<String> notes) {
    List<Indicator> bs = new ArrayList<>();
    EditionMapping.Builder m = EditionMapping.builder();
    int n = 0;
    List<Indicator> as = a.indicators();
    for (int i = 0; i < as.size(); i++) {
      Indicator x = as.get(i);
      int op = ops.get(i % ops.size());
      String note = notes.get(i % notes.size());
      String other = x.criterion().equals("X") ? "Y" : "X";
      if (op == 5 && i + 1 >= as.size()) {
        op = 0;
      }
      switch (op) {
        case 0, 6 -> {
          String c = bId + "-" + n++;
          bs.add(ind(c, x.title(), x.criterion()));
          m.addLink(dev.losi.core.mapping.Link.of(x.code(), c, dev.losi.core.mapping.Relation.SAME, note));
          if (op == 6) {
            String added = bId + "-" + n++;
            bs.add(ind(added, "New " + n, other));
            m.addLink(dev.losi.core.mapping.Link.builder().to(added).relation(dev.losi.core.mapping.Relation.ADDED).note(note).build());
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
    return m.from(a).to(instrument(bId, bs.toArray(Indicator[]::new))).build();
  }
}
