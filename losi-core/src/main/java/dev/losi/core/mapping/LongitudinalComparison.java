package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares cities across two editions on the {@link CommonCore} of an {@link EditionMapping}.
 *
 * <p>For each city assessed in both editions (matched by {@link City#id()}): its core score in each
 * edition (share of the core indicators present), the change, the core indicators gained (not present
 * before, present after) and lost, and its official score and level in each edition. For the set of
 * cities: the matrix of official level transitions (as in the 2022 Survey) and of core-score level
 * transitions. {@code NOT_APPLICABLE} counts as not present, as in the standard LOSI.
 *
 * <p>Input rules, all problems reported together: each assessment must be of the right instrument and
 * name only its indicators; at most one assessment per city per edition (consolidate several
 * assessors first); and, under {@link MissingAnswers#REFUSE}, no indicator may be not assessed.
 */
public final class LongitudinalComparison {

  private LongitudinalComparison() {}

  /**
   * Compares two editions.
   *
   * @param mapping the mapping from the earlier to the later edition
   * @param before assessments of {@code mapping.from()}, at most one per city
   * @param after assessments of {@code mapping.to()}, at most one per city
   * @param missing how not-assessed answers are treated
   * @throws dev.losi.core.LosiValidationException on bad input (every problem reported)
   * @throws IllegalArgumentException if the editions have no indicator in common
   */
  public static LongitudinalReport compare(EditionMapping mapping, List<Assessment> before, List<Assessment> after,
      MissingAnswers missing) {
    CommonCore core = mapping.commonCore();
    if (core.isEmpty()) {
      throw new IllegalArgumentException(mapping.from().id() + " -> " + mapping.to().id()
          + " has no one-to-one indicator: the editions have no common core to compare on");
    }
    ProblemCollector problems = new ProblemCollector();
    Map<String, Assessment> b = index(mapping.from(), before, problems);
    Map<String, Assessment> a = index(mapping.to(), after, problems);
    Map<String, OfficialScore> ob = new LinkedHashMap<>();
    Map<String, OfficialScore> oa = new LinkedHashMap<>();
    for (Assessment x : b.values()) {
      if (a.containsKey(x.city().id())) {
        ob.put(x.city().id(), OfficialScore.of(mapping.from(), x, missing, problems));
      }
    }
    for (Assessment x : a.values()) {
      if (b.containsKey(x.city().id())) {
        oa.put(x.city().id(), OfficialScore.of(mapping.to(), x, missing, problems));
      }
    }
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
      int pb = 0;
      int pa = 0;
      List<CommonCore.Pair> gained = new ArrayList<>();
      List<CommonCore.Pair> lost = new ArrayList<>();
      for (CommonCore.Pair p : core.pairs()) {
        boolean was = x.answer(p.fromCode()) == Answer.PRESENT;
        boolean is = y.answer(p.toCode()) == Answer.PRESENT;
        pb += was ? 1 : 0;
        pa += is ? 1 : 0;
        if (!was && is) {
          gained.add(p);
        } else if (was && !is) {
          lost.add(p);
        }
      }
      changes.add(new CityChange(y.city(), new CoreScore(pb, core.size()), new CoreScore(pa, core.size()), gained, lost,
          ob.get(id), oa.get(id)));
    }
    List<City> onlyAfter = a.values().stream().filter(x -> !b.containsKey(x.city().id())).map(Assessment::city).toList();
    return new LongitudinalReport(mapping, core, missing, changes, onlyBefore, onlyAfter);
  }

  private static Map<String, Assessment> index(Instrument instrument, List<Assessment> assessments, ProblemCollector problems) {
    Map<String, Assessment> m = new LinkedHashMap<>();
    for (Assessment x : assessments) {
      Problem.Builder at = Problem.builder().city(x.city().id()).assessor(x.assessorId());
      if (!x.instrumentId().equals(instrument.id())) {
        problems.add(at.field("instrumentId").value(x.instrumentId()).message("is not " + instrument.id()).build());
        continue;
      }
      for (Response r : x.responses()) {
        if (!instrument.hasIndicator(r.indicator())) {
          problems.add(Problem.builder().city(x.city().id()).assessor(x.assessorId()).indicator(r.indicator())
              .field("indicator").value(r.indicator()).message("is not an indicator of " + instrument.id()).build());
        }
      }
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
