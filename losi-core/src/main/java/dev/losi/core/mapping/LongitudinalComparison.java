package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares cities across two editions on the {@link CommonCore} of an {@link EditionMapping}.
 *
 * <p>For each city assessed in both editions (matched by {@link City#id()}): its core score in each
 * edition (share of the core indicators that count as present), the change, the core indicators gained
 * (not present before, present after) and lost, and its official score and level in each edition,
 * computed by {@link Scorer}. For the set of cities: the matrix of official level transitions (as in
 * the 2022 Survey) and of core-score level transitions.
 *
 * <p>An indicator counts as present on the core exactly when the {@link Scorer} counts it as present:
 * answered {@link Answer#PRESENT} and not downgraded for naming only non-MGP channels
 * ({@link CityScore#downgrades()}). {@code NOT_APPLICABLE} and {@code NOT_ASSESSED} (when the policy
 * allows it) count as not present.
 *
 * <p>Input rules, all problems reported together: every assessment must score against its edition's
 * instrument (right instrument id, known codes, and no unassessed indicator under
 * {@link MissingAnswerPolicy#REJECT}); at most one assessment per city per edition (consolidate
 * several assessors first).
 *
 * @since 0.1.0
 */
public final class LongitudinalComparison {

  private LongitudinalComparison() {}

  /**
   * Compares two editions.
   *
   * @param mapping the mapping from the earlier to the later edition
   * @param before assessments of {@code mapping.from()}, at most one per city
   * @param after assessments of {@code mapping.to()}, at most one per city
   * @param missing how unassessed indicators are treated when scoring
   * @return the comparison: the common core, each city's change on it and both official scores
   * @throws LosiValidationException on bad input (every problem reported)
   * @throws IllegalArgumentException if the editions have no indicator in common
   */
  public static LongitudinalReport compare(EditionMapping mapping, List<Assessment> before, List<Assessment> after,
      MissingAnswerPolicy missing) {
    CommonCore core = mapping.commonCore();
    if (core.isEmpty()) {
      throw new IllegalArgumentException(mapping.from().id() + " -> " + mapping.to().id()
          + " has no one-to-one indicator: the editions have no common core to compare on");
    }
    ProblemCollector problems = new ProblemCollector();
    Map<String, Assessment> b = index(mapping.from(), before, problems);
    Map<String, Assessment> a = index(mapping.to(), after, problems);
    Map<String, CityScore> sb = score(mapping.from(), before, missing, problems);
    Map<String, CityScore> sa = score(mapping.to(), after, missing, problems);
    problems.throwIfAny();
    List<CityChange> changes = new ArrayList<>();
    List<City> onlyBefore = new ArrayList<>();
    for (Assessment x : b.values()) {
      String id = x.city().id();
      Assessment y = a.get(id);
      if (y == null) {
        onlyBefore.add(x.city());
        continue;
      }
      Set<String> downB = downgraded(sb.get(id));
      Set<String> downA = downgraded(sa.get(id));
      int pb = 0;
      int pa = 0;
      List<CommonCore.Pair> gained = new ArrayList<>();
      List<CommonCore.Pair> lost = new ArrayList<>();
      for (CommonCore.Pair p : core.pairs()) {
        boolean was = x.answer(p.fromCode()) == Answer.PRESENT && !downB.contains(p.fromCode());
        boolean is = y.answer(p.toCode()) == Answer.PRESENT && !downA.contains(p.toCode());
        pb += was ? 1 : 0;
        pa += is ? 1 : 0;
        if (!was && is) {
          gained.add(p);
        } else if (was && !is) {
          lost.add(p);
        }
      }
      changes.add(new CityChange(y.city(), new CoreScore(pb, core.size()), new CoreScore(pa, core.size()), gained, lost,
          sb.get(id), sa.get(id)));
    }
    List<City> onlyAfter = a.values().stream().filter(x -> !b.containsKey(x.city().id())).map(Assessment::city).toList();
    return new LongitudinalReport(mapping, core, missing, changes, onlyBefore, onlyAfter);
  }

  private static Set<String> downgraded(CityScore s) {
    return s.downgrades().stream().map(ChannelDowngrade::indicator).collect(Collectors.toSet());
  }

  private static Map<String, CityScore> score(Instrument instrument, List<Assessment> assessments,
      MissingAnswerPolicy missing, ProblemCollector problems) {
    Map<String, CityScore> m = new LinkedHashMap<>();
    try {
      for (CityScore s : Scorer.of(instrument).withMissingAnswers(missing).scoreAll(assessments)) {
        m.putIfAbsent(s.city().id(), s);
      }
    } catch (LosiValidationException e) {
      problems.addAll(e);
    }
    return m;
  }

  private static Map<String, Assessment> index(Instrument instrument, List<Assessment> assessments, ProblemCollector problems) {
    Map<String, Assessment> m = new LinkedHashMap<>();
    for (Assessment x : assessments) {
      Assessment prev = m.putIfAbsent(x.city().id(), x);
      if (prev != null) {
        problems.add(Problem.builder().city(x.city().id()).assessor(x.assessorId())
            .message("has more than one " + instrument.id() + " assessment (also by assessor \"" + prev.assessorId()
                + "\"); consolidate to one per city before comparing").build());
      }
    }
    return m;
  }
}
