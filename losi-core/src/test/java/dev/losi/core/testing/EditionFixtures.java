package dev.losi.core.testing;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Link;
import dev.losi.core.mapping.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built and random editions for the edition-mapping tests of losi-core and losi-io (shared through
 * losi-core's test-jar, which holds only this package). Criteria are {@code X} and {@code Y}; every indicator
 * is channel-independent.
 */
public final class EditionFixtures {

  private EditionFixtures() {}

  /** A channel-independent indicator. */
  public static Indicator ind(String code, String title, String criterion) {
    return Indicator.builder().code(code).title(title).criterion(criterion).channelScope(ChannelScope.CHANNEL_INDEPENDENT).build();
  }

  /** An edition with the criteria X and Y. */
  public static Instrument instrument(String id, int year, Indicator... indicators) {
    return Instrument.builder().id(id).editionYear(year).title("test edition " + id)
        .addCriteria(Criterion.of("X", "Criterion X"), Criterion.of("Y", "Criterion Y"))
        .addIndicators(indicators).build();
  }

  /** A random edition (year 2000) of {@code pattern.size()} indicators whose criteria follow {@code pattern} (true = X). */
  public static Instrument randomInstrument(String id, List<Boolean> pattern) {
    List<Indicator> is = new ArrayList<>();
    for (int i = 0; i < pattern.size(); i++) {
      is.add(ind(id + "-" + i, "Feature " + i, pattern.get(i) ? "X" : "Y"));
    }
    return instrument(id, 2000, is.toArray(Indicator[]::new));
  }

  /** {@link #randomNext(Instrument, String, List, List)} without notes. */
  public static EditionMapping randomNext(Instrument a, String bId, List<Integer> ops) {
    return randomNext(a, bId, ops, List.of());
  }

  /**
   * A random next edition of {@code a} (one year later) and the mapping to it: for indicator i,
   * op = ops[i % size]: 0 same, 1 renamed, 2 moved, 3 removed, 4 split in two, 5 merged with the next
   * indicator, 6 same plus an added indicator. The next edition always ends with one (implicitly) added
   * indicator. With {@code notes}, the SAME rows carry note i % size and op 6 adds an explicit ADDED row
   * with it; without (an empty list), rows have no notes and op 6's indicator is added implicitly.
   */
  public static EditionMapping randomNext(Instrument a, String bId, List<Integer> ops, List<String> notes) {
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
          if (notes.isEmpty()) {
            m.same(x.code(), c);
          } else {
            m.addLink(Link.of(x.code(), c, Relation.SAME, notes.get(i % notes.size())));
          }
          if (op == 6) {
            String added = bId + "-" + n++;
            bs.add(ind(added, "New " + n, other));
            if (!notes.isEmpty()) {
              m.addLink(Link.builder().to(added).relation(Relation.ADDED).note(notes.get(i % notes.size())).build());
            }
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
    return m.from(a).to(instrument(bId, a.editionYear() + 1, bs.toArray(Indicator[]::new))).build();
  }
}
