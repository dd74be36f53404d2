package dev.losi.report;

import dev.losi.core.Channel;
import dev.losi.core.level.Level;
import dev.losi.core.plan.Phase;
import dev.losi.core.scoring.ChannelDowngrade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The policy messages of the one-page summary, each computed from the data and shown with the rule that
 * produced it and the numbers behind it. No message is free text: a message whose rule finds nothing
 * (no city below very high, no service criterion, no city relying on the national portal, no improvement
 * plan with a change) is left out,
 * and the list is filled up to three with the strongest criterion and the least-met indicator.
 */
final class PolicyMessages {

  private PolicyMessages() {}

  /** Points within which a city counts as close to the next level. */
  static final int NEAR = 3;
  /** The criterion code whose indicators are services. */
  static final String SERVICES = "SP";
  /** How many names or indicators a message lists before "and N more". */
  static final int LIST = 5;

  /** One message: a headline, the rule that produced it, and the numbers behind it. */
  record Message(String id, String headline, String rule, String numbers) {}

  static List<Message> compute(StudyResults study, Optional<PlanOverview> plans, Labels l) {
    List<Message> out = new ArrayList<>();
    out.add(weakestCriterion(study, l));
    nearNextLevel(study, l).ifPresent(out::add);
    plans.flatMap(p -> quickFixes(p, l)).ifPresent(out::add);
    servicesMissing(study, l).ifPresent(out::add);
    nationalPortal(study, l).ifPresent(out::add);
    if (out.size() < 3) {
      out.add(strongestCriterion(study, l));
    }
    if (out.size() < 3) {
      out.add(leastMetIndicator(study, l));
    }
    return List.copyOf(out);
  }

  /** The criterion with the lowest median sub-index (first in instrument order on ties). */
  static String weakest(StudyResults study) {
    return study.criteria.stream().min(Comparator.comparingDouble(study.medianByCriterion::get)).orElseThrow();
  }

  /** How many cities have this criterion among their lowest sub-indices (ties count for each tied criterion). */
  static int citiesWeakestIn(StudyResults study, String criterion) {
    int n = 0;
    for (StudyResults.CityResult c : study.cities) {
      double min = study.criteria.stream().mapToDouble(k -> c.score().byCriterion().get(k).value()).min().orElseThrow();
      if (c.score().byCriterion().get(criterion).value() == min) {
        n++;
      }
    }
    return n;
  }

  private static Message weakestCriterion(StudyResults study, Labels l) {
    String c = weakest(study);
    int n = citiesWeakestIn(study, c);
    return new Message("weakest-criterion", l.format("msg.weakest.headline", c, Methods.criterionName(study.instrument, c)),
        l.get("msg.weakest.rule"), l.format("msg.weakest.numbers", l.number(study.medianByCriterion.get(c), 2), n,
            study.cities.size()));
  }

  private static Message strongestCriterion(StudyResults study, Labels l) {
    String c = study.criteria.stream().max(Comparator.comparingDouble(study.medianByCriterion::get)).orElseThrow();
    return new Message("strongest-criterion", l.format("msg.strongest.headline", c, Methods.criterionName(study.instrument, c)),
        l.get("msg.strongest.rule"), l.format("msg.strongest.numbers", l.number(study.medianByCriterion.get(c), 2)));
  }

  private static Message leastMetIndicator(StudyResults study, Labels l) {
    StudyResults.Uptake u = study.uptake.get(study.uptake.size() - 1);
    return new Message("least-met-indicator", l.format("msg.leastMet.headline", u.indicator().code(), u.indicator().title()),
        l.get("msg.leastMet.rule"), l.format("rank.of", u.met(), u.cities()));
  }

  static Optional<Message> nearNextLevel(StudyResults study, Labels l) {
    List<String> near = new ArrayList<>();
    int below = 0;
    for (StudyResults.CityResult c : study.cities) {
      if (c.score().level() == Level.VERY_HIGH) {
        continue;
      }
      OptionalInt q = StudyResults.pointsToNextLevel(c.score().standard());
      if (q.isEmpty()) {
        continue;
      }
      below++;
      if (q.getAsInt() <= NEAR) {
        near.add(l.format("msg.near.city", "\u2068" + c.name() + "\u2069", q.getAsInt()));
      }
    }
    if (below == 0) {
      return Optional.empty();
    }
    return Optional.of(new Message("near-next-level", l.format("msg.near.headline", near.size(), below, NEAR),
        l.format("msg.near.rule", NEAR), near.isEmpty() ? l.get("msg.near.nobody") : list(near, l)));
  }

  /**
   * From the improvement plans: how many of the cities with changes to make the quick fixes alone would move
   * up a level, then with the moderate, the hard and every change; left out when no city has a change.
   */
  static Optional<Message> quickFixes(PlanOverview p, Labels l) {
    if (p.withChanges() == 0) {
      return Optional.empty();
    }
    PlanOverview.PhaseRow quick = p.row(Phase.QUICK_FIXES);
    List<String> names = quick.upNames().stream().map(n -> "\u2068" + n + "\u2069").toList();
    return Optional.of(new Message("plan-quick-fixes", l.format("msg.plan.headline", quick.up(), p.withChanges()),
        l.format("msg.plan.rule", p.target(l)), l.format("msg.plan.numbers", quick.up(), quick.changes(),
            p.row(Phase.MODERATE).up(), p.row(Phase.HARD).up(), p.row(Phase.UNCLASSIFIED).up())
            + (names.isEmpty() ? "" : " " + l.format("msg.plan.cities", list(names, l)))));
  }

  static Optional<Message> servicesMissing(StudyResults study, Labels l) {
    if (!study.criteria.contains(SERVICES)) {
      return Optional.empty();
    }
    List<StudyResults.Uptake> sp = study.uptake.stream().filter(u -> u.indicator().criterion().equals(SERVICES)).toList();
    List<StudyResults.Uptake> low = new ArrayList<>(sp);
    low.sort(Comparator.comparingInt(StudyResults.Uptake::met)); // stable: ties keep instrument order
    low = low.subList(0, Math.min(3, low.size()));
    List<String> items = new ArrayList<>();
    for (StudyResults.Uptake u : low) {
      items.add(l.format("msg.services.item", u.indicator().code(), StudyPage.shorten(u.indicator().title(), 60), u.met(),
          u.cities()));
    }
    return Optional.of(new Message("services-missing", l.format("msg.services.headline", low.size()),
        l.format("msg.services.rule", SERVICES), String.join("; ", items)));
  }

  static Optional<Message> nationalPortal(StudyResults study, Labels l) {
    List<String> names = new ArrayList<>();
    int items = 0;
    for (StudyResults.CityResult c : study.cities) {
      int k = 0;
      for (ChannelDowngrade d : c.score().downgrades()) {
        if (d.channels().contains(Channel.NATIONAL_PORTAL)) {
          k++;
        }
      }
      if (k > 0) {
        names.add(l.format("msg.national.city", "\u2068" + c.name() + "\u2069", k));
        items += k;
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Message("national-portal", l.format("msg.national.headline", names.size(), study.cities.size()),
        l.get("msg.national.rule"), l.format("msg.national.numbers", items, list(names, l))));
  }

  private static String list(List<String> items, Labels l) {
    if (items.size() <= LIST) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, LIST)) + l.format("list.more", items.size() - LIST);
  }
}
