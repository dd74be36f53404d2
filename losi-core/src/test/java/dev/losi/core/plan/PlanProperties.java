package dev.losi.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Score;
import dev.losi.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of improvement plans over random instruments of 1 to 15 indicators, checked against the
 * {@link Scorer} (a second computation of every score) and against exact enumeration of every subset of
 * the candidate changes. Weights are 0.5, 1, 1.5, 2, 2.5 or 3 (dyadic, so the scorer's doubles are exact).
 */
class PlanProperties {

  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK,
      Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION, Criterion.PARTICIPATION_AND_ENGAGEMENT,
      Criterion.TECHNOLOGY);
  private static final double[] WEIGHTS = {0.5, 1, 1.5, 2, 2.5, 3, 1, 1};

  /** A random case: instrument, several cities' assessments, adjustments, effort table and target. */
  record Case(Instrument instrument, List<Assessment> assessments, List<CountryAdjustment> adjustments,
      EffortTable efforts, Optional<Level> target, long seed) {

    Planner planner() {
      Scorer scorer = Scorer.of(instrument).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT)
          .withAdjustments(adjustments);
      Planner p = Planner.of(scorer).withEfforts(efforts);
      return target.map(p::withTarget).orElse(p);
    }

    Scorer scorer() {
      return Scorer.of(instrument).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT).withAdjustments(adjustments);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.integers().between(1, 15), Arbitraries.longs()).as(PlanProperties::make);
  }

  static Case make(int n, long seed) {
    Random r = new Random(seed);
    Instrument.Builder b = Instrument.builder().id("P").editionYear(2024).title("random").addAllCriteria(CRITERIA);
    List<Indicator> inds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Indicator ind = Indicator.builder().code("#" + i).title("t").criterion(CRITERIA.get(r.nextInt(5)).code())
          .channelScope(r.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT)
          .weight(WEIGHTS[r.nextInt(WEIGHTS.length)]).build();
      inds.add(ind);
      b.addIndicators(ind);
    }
    Instrument instrument = b.build();
    List<Assessment> assessments = new ArrayList<>();
    String[] countries = {"BRA", "BRA", "TUN"};
    for (int c = 0; c < 3; c++) {
      Assessment.Builder a = Assessment.builder().city(City.of("C" + c, "City " + c, countries[c]))
          .instrumentId("P").assessorId("A");
      for (int i = 0; i < n; i++) {
        Answer ans = Answer.values()[r.nextInt(4)];
        if (ans == Answer.NOT_ASSESSED) {
          continue;
        }
        Response.Builder resp = Response.builder().indicator("#" + i).answer(ans);
        if (r.nextInt(3) == 0) {
          resp.evidence(Evidence.on(Channel.values()[r.nextInt(Channel.values().length)]));
        }
        a.addResponses(resp.build());
      }
      assessments.add(a.build());
    }
    List<CountryAdjustment> adjustments = new ArrayList<>();
    if (n > 1 && r.nextBoolean()) {
      adjustments.add(adjustment("X", AdjustmentKind.EXCLUDE_INDICATOR, "#" + r.nextInt(n)).build());
    }
    if (r.nextBoolean()) {
      int i = r.nextInt(n);
      if (inds.get(i).channelScope() == ChannelScope.MGP_SPECIFIC) {
        adjustments.add(adjustment("A", AdjustmentKind.ACCEPT_CHANNEL, "#" + i)
            .addAcceptedChannels(Channel.NATIONAL_PORTAL, Channel.MOBILE_APP).build());
      }
    }
    if (r.nextBoolean()) {
      String code = "#" + r.nextInt(n);
      if (adjustments.stream().noneMatch(a -> a.indicator().orElse("").equals(code))) {
        adjustments.add(adjustment("W", AdjustmentKind.REWEIGHT, code).weight(WEIGHTS[r.nextInt(6)]).build());
      }
    }
    List<EffortTable.Entry> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int e = r.nextInt(5);
      if (e < 4) {
        entries.add(new EffortTable.Entry("#" + i, Effort.values()[e], Optional.empty()));
      }
    }
    Optional<Level> target = r.nextBoolean() ? Optional.empty() : Optional.of(Level.values()[r.nextInt(4)]);
    return new Case(instrument, assessments, adjustments, EffortTable.of(entries), target, seed);
  }

  static CountryAdjustment.Builder adjustment(String id, AdjustmentKind kind, String code) {
    return CountryAdjustment.builder().id(id).country("BRA").instrumentId("P").kind(kind).indicator(code)
        .rationale("r").decidedBy("d").decidedOn(LocalDate.of(2025, 1, 1));
  }

  /** The score the plan works on, as the scorer computes it: the adjusted one when adjustments apply. */
  static Score basis(CityScore s) {
    return s.adjusted().map(a -> a.score()).orElse(s.standard());
  }

  static Assessment apply(Assessment a, List<String> codes) {
    List<Response> rs = new ArrayList<>();
    for (Response r : a.responses()) {
      if (!codes.contains(r.indicator())) {
        rs.add(r);
      }
    }
    for (String c : codes) {
      rs.add(Response.of(c, Answer.PRESENT, Evidence.on(Channel.MGP)));
    }
    return Assessment.builder().from(a).responses(rs).build();
  }

  static boolean reaches(Level level, Level target) {
    return level.ordinal() <= target.ordinal();
  }

  @Property(tries = 150)
  void applyingThePlanReachesThePromisedScoreAndLevelExactly(@ForAll("cases") Case c) {
    for (Plan p : c.planner().planAll(c.assessments())) {
      Assessment a = c.assessments().stream().filter(x -> x.city().equals(p.city())).findFirst().orElseThrow();
      Score now = basis(c.scorer().score(a));
      assertEquals(now.points(), p.current().points().doubleValue());
      assertEquals(now.maximum(), p.current().maximum().doubleValue());
      assertEquals(now.level(), p.current().level());
      Score after = basis(c.scorer().score(apply(a, p.steps().stream().map(PlanStep::indicator).toList())));
      assertEquals(after.points(), p.projected().points().doubleValue(), "seed " + c.seed());
      assertEquals(after.maximum(), p.projected().maximum().doubleValue());
      assertEquals(after.level(), p.projected().level());
      assertEquals(after.value(), p.projected().score());
      if (p.reachable()) {
        assertTrue(reaches(after.level(), p.target()), "seed " + c.seed());
        assertEquals(p.current().points().add(p.pointsNeeded()).compareTo(p.projected().points()) <= 0, true);
      } else {
        assertFalse(reaches(after.level(), p.target()));
      }
      if (!p.phases().isEmpty()) {
        assertEquals(p.projected(), p.phases().get(p.phases().size() - 1).after());
      }
    }
  }

  /** Effort profile of a set: size, then unclassified, hard and moderate changes (the planner's cost model). */
  static long[] profile(List<Effort> efforts) {
    long[] p = new long[4];
    p[0] = efforts.size();
    for (Effort e : efforts) {
      switch (e) {
        case UNCLASSIFIED -> p[1]++;
        case HARD -> p[2]++;
        case MODERATE -> p[3]++;
        default -> { }
      }
    }
    return p;
  }

  static int compare(long[] x, long[] y) {
    for (int i = 0; i < x.length; i++) {
      if (x[i] != y[i]) {
        return Long.compare(x[i], y[i]);
      }
    }
    return 0;
  }

  @Property(tries = 150)
  void noSmallerOrCheaperSetReachesTheTarget(@ForAll("cases") Case c) {
    Scorer scorer = c.scorer();
    for (Plan p : c.planner().planAll(c.assessments())) {
      Assessment a = c.assessments().stream().filter(x -> x.city().equals(p.city())).findFirst().orElseThrow();
      Score now = basis(scorer.score(a));
      if (p.pointsNeeded().signum() == 0) {
        assertEquals(List.of(), p.steps());
        assertTrue(reaches(now.level(), p.target()));
        continue;
      }
      // Candidates, found independently: the indicators whose change to present on the portal raises the score.
      List<String> codes = new ArrayList<>();
      List<Double> gains = new ArrayList<>();
      List<Effort> efforts = new ArrayList<>();
      for (Indicator ind : c.instrument().indicators()) {
        double gain = basis(scorer.score(apply(a, List.of(ind.code())))).points() - now.points();
        if (gain > 0) {
          codes.add(ind.code());
          gains.add(gain);
          boolean downgrade = a.answer(ind.code()) == Answer.PRESENT;
          efforts.add(c.efforts().entry(ind.code()).map(EffortTable.Entry::effort)
              .orElse(downgrade ? Effort.EASY : Effort.UNCLASSIFIED));
        }
      }
      long[] best = null;
      for (int mask = 0; mask < (1 << codes.size()); mask++) {
        double pts = now.points();
        List<Effort> chosen = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
          if ((mask & (1 << k)) != 0) {
            pts += gains.get(k);
            chosen.add(efforts.get(k));
          }
        }
        if (reaches(Level.of(pts / now.maximum()), p.target())) {
          long[] prof = profile(chosen);
          if (best == null || compare(prof, best) < 0) {
            best = prof;
          }
        }
      }
      assertEquals(best != null, p.reachable(), "seed " + c.seed());
      if (best != null) {
        long[] planned = profile(p.steps().stream().map(PlanStep::effort).toList());
        assertEquals(0, compare(best, planned), "seed " + c.seed() + " best " + java.util.Arrays.toString(best)
            + " planned " + java.util.Arrays.toString(planned));
      } else {
        assertEquals(codes.size(), p.steps().size());
      }
    }
  }

  @Property(tries = 100)
  void thePlanIsEmptyWhenTheCityIsAtItsTarget(@ForAll("cases") Case c) {
    Scorer scorer = c.scorer();
    for (Assessment a : c.assessments()) {
      Level now = basis(scorer.score(a)).level();
      for (Level target : Level.values()) {
        if (reaches(now, target)) {
          Plan p = Planner.of(scorer).withEfforts(c.efforts()).withTarget(target).plan(a);
          assertEquals(List.of(), p.steps());
          assertEquals(0, p.pointsNeeded().signum());
          assertEquals(p.current(), p.projected());
        }
      }
    }
  }

  @Property(tries = 100)
  void theOrderIsDeterministic(@ForAll("cases") Case c) {
    List<Plan> first = c.planner().planAll(c.assessments());
    // Same inputs in another order, and an effort table built from its entries in another order.
    List<Assessment> reversed = new ArrayList<>(c.assessments());
    Collections.reverse(reversed);
    List<EffortTable.Entry> entries = new ArrayList<>(c.efforts().entries());
    Collections.shuffle(entries, new Random(c.seed()));
    Scorer scorer = c.scorer();
    Planner other = Planner.of(scorer).withEfforts(EffortTable.of(entries));
    other = c.target().map(other::withTarget).orElse(other);
    List<Plan> second = new ArrayList<>(other.planAll(reversed));
    Collections.reverse(second);
    assertEquals(first, second);
    for (Plan p : first) {
      for (int k = 1; k < p.steps().size(); k++) {
        assertTrue(p.steps().get(k - 1).effort().compareTo(p.steps().get(k).effort()) <= 0);
      }
    }
  }
}
