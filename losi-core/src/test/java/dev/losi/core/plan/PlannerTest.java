package dev.losi.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.losi.core.LosiValidationException;
import dev.losi.core.Response;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plans computed by hand, written out step by step in each test. */
class PlannerTest {

  static final City ALPHA = City.of("ALPHA", "Alpha", "BRA");
  static final ChannelScope ANY = ChannelScope.CHANNEL_INDEPENDENT;
  static final ChannelScope MGP = ChannelScope.MGP_SPECIFIC;

  static Indicator ind(String code, String criterion, ChannelScope scope, double weight) {
    return Indicator.builder().code(code).title("indicator " + code).criterion(criterion).channelScope(scope)
        .weight(weight).build();
  }

  static Instrument.Builder instrument(String id) {
    return Instrument.builder().id(id).editionYear(2024).title("test " + id)
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION,
            Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY);
  }

  /**
   * Ten unit-weight indicators a..j. a, b (IF) and c (CP) present; d, e (CP) absent; f (SP, MGP-specific)
   * present but found only on the national portal (a channel downgrade); g (SP) absent; h (SP) not
   * applicable without adjustment; i (TEC) not applicable and excluded by adjustment BRA-X; j (TEC) absent.
   */
  static Instrument ten() {
    return instrument("T-10").addIndicators(ind("a", "IF", ANY, 1), ind("b", "IF", ANY, 1), ind("c", "CP", ANY, 1),
        ind("d", "CP", ANY, 1), ind("e", "CP", ANY, 1), ind("f", "SP", MGP, 1), ind("g", "SP", ANY, 1),
        ind("h", "SP", ANY, 1), ind("i", "TEC", ANY, 1), ind("j", "TEC", ANY, 1)).build();
  }

  static Assessment tenAnswers(City city) {
    return Assessment.builder().city(city).instrumentId("T-10").assessorId("A").addResponses(
        Response.of("a", Answer.PRESENT), Response.of("b", Answer.PRESENT), Response.of("c", Answer.PRESENT),
        Response.of("d", Answer.ABSENT), Response.of("e", Answer.ABSENT),
        Response.of("f", Answer.PRESENT, Evidence.on(Channel.NATIONAL_PORTAL)),
        Response.of("g", Answer.ABSENT), Response.of("h", Answer.NOT_APPLICABLE),
        Response.of("i", Answer.NOT_APPLICABLE), Response.of("j", Answer.ABSENT)).build();
  }

  static CountryAdjustment excludeI() {
    return CountryAdjustment.builder().id("BRA-X").country("BRA").instrumentId("T-10")
        .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("i").rationale("delivered nationally")
        .decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1)).build();
  }

  static EffortTable tenEfforts() {
    return EffortTable.of(List.of(
        new EffortTable.Entry("j", Effort.EASY, Optional.empty()),
        new EffortTable.Entry("d", Effort.EASY, Optional.of("publish the budget")),
        new EffortTable.Entry("e", Effort.HARD, Optional.empty()),
        new EffortTable.Entry("g", Effort.MODERATE, Optional.empty())));
  }

  static Planner tenPlanner() {
    return Planner.of(Scorer.of(ten()).withAdjustments(List.of(excludeI()))).withEfforts(tenEfforts());
  }

  @Test
  void unitWeightsWithAnExclusionAndAChannelDowngrade() {
    // By hand: i is excluded, so the adjusted maximum is 9; a, b, c count: 3/9 = 0.333, MIDDLE.
    // Target HIGH: ceil(0.5 * 9) = 5, so 5 - 3 = 2 points are needed.
    // Candidates: d, e, j absent; g absent; h not applicable without adjustment; f a channel downgrade.
    // Efforts: d, j easy (table), f easy (a downgrade, not in the table), g moderate, e hard, h unclassified.
    // Smallest set: 2 changes; cheapest: two easy ones among d, f, j.
    // Order among the easy ones (no uptake for one assessment on its own): weakest criterion first.
    // Sub-indices today: IF 2/2, CP 1/3, SP 0/3, TEC 0/1 (i excluded). SP and TEC tie at 0; SP comes first
    // in the instrument. So f (SP), then j (TEC), then d (CP 1/3): the plan takes f and j.
    Plan p = tenPlanner().plan(tenAnswers(ALPHA));
    assertTrue(p.adjusted());
    assertEquals(new Standing(new BigDecimal("3"), new BigDecimal("9"), Level.MIDDLE), p.current());
    assertEquals(Level.HIGH, p.target());
    assertEquals(new BigDecimal("2"), p.pointsNeeded());
    assertTrue(p.reachable());
    assertEquals(List.of(
        new PlanStep("f", "SP", Gap.CHANNEL_DOWNGRADE, Effort.EASY, Optional.empty(), Phase.QUICK_FIXES,
            BigDecimal.ONE, Optional.empty()),
        new PlanStep("j", "TEC", Gap.ABSENT, Effort.EASY, Optional.empty(), Phase.QUICK_FIXES,
            BigDecimal.ONE, Optional.empty())), p.steps());
    // 5/9 = 0.556: HIGH.
    Standing after = new Standing(new BigDecimal("5"), new BigDecimal("9"), Level.HIGH);
    assertEquals(after, p.projected());
    assertEquals(List.of(new PhaseProjection(Phase.QUICK_FIXES, List.of("f", "j"), after)), p.phases());
    assertEquals(Optional.empty(), p.ratingClass());
  }

  @Test
  void uptakeOrdersTheEasyChangesBeforeTheWeakestCriterion() {
    // Same city; supplied uptake d 0.9, j 0.5, f 0.2: highest uptake first, so d, j, f; the first two are taken.
    UptakeTable uptake = UptakeTable.of(Map.of("d", new BigDecimal("0.9"), "j", new BigDecimal("0.5"),
        "f", new BigDecimal("0.2")));
    Plan p = tenPlanner().withUptake(uptake).plan(tenAnswers(ALPHA));
    assertEquals(List.of("d", "j"), p.steps().stream().map(PlanStep::indicator).toList());
    assertEquals(Optional.of("publish the budget"), p.steps().get(0).note());
    assertEquals(Optional.of(new BigDecimal("0.9")), p.steps().get(0).uptake());
  }

  @Test
  void targetVeryHighCrossesThreePhases() {
    // 0.75 * 9 = 6.75, ceiling 7: 7 - 3 = 4 changes. Fewest unclassified/hard/moderate: take the three easy
    // ones (f, j, d) and the one moderate one (g), never hard e or unclassified h.
    Plan p = tenPlanner().withTarget(Level.VERY_HIGH).plan(tenAnswers(ALPHA));
    assertEquals(new BigDecimal("4"), p.pointsNeeded());
    assertEquals(List.of("f", "j", "d", "g"), p.steps().stream().map(PlanStep::indicator).toList());
    assertEquals(List.of(
        new PhaseProjection(Phase.QUICK_FIXES, List.of("f", "j", "d"),
            new Standing(new BigDecimal("6"), new BigDecimal("9"), Level.HIGH)),
        new PhaseProjection(Phase.MODERATE, List.of("g"),
            new Standing(new BigDecimal("7"), new BigDecimal("9"), Level.VERY_HIGH))), p.phases());
  }

  @Test
  void withoutTheAdjustmentTheStandardLosiIsPlanned() {
    // No adjustment: maximum 10, 3/10 MIDDLE; HIGH needs ceil(5) - 3 = 2; i (not applicable, no adjustment
    // backs it now) becomes a candidate, unclassified, so not chosen: again f and j.
    Plan p = Planner.of(Scorer.of(ten())).withEfforts(tenEfforts()).plan(tenAnswers(ALPHA));
    assertFalse(p.adjusted());
    assertEquals(new Standing(new BigDecimal("3"), new BigDecimal("10"), Level.MIDDLE), p.current());
    assertEquals(new BigDecimal("2"), p.pointsNeeded());
    assertEquals(List.of("f", "j"), p.steps().stream().map(PlanStep::indicator).toList());
  }

  /**
   * Weights with decimals: p1 2 and p2 1.5 present; k1 3 (hard), k2, k3, k4 1 each (easy), k5 2.5
   * (moderate) absent. Maximum 12, points 3.5: 0.2917, MIDDLE.
   */
  static Instrument weighted() {
    return instrument("T-W").addIndicators(ind("p1", "IF", ANY, 2), ind("p2", "CP", ANY, 1.5),
        ind("k1", "SP", ANY, 3), ind("k2", "PE", ANY, 1), ind("k3", "PE", ANY, 1), ind("k4", "TEC", ANY, 1),
        ind("k5", "TEC", ANY, 2.5)).build();
  }

  static Planner weightedPlanner() {
    Assessment a = weightedAnswers();
    EffortTable efforts = EffortTable.of(List.of(new EffortTable.Entry("k1", Effort.HARD, Optional.empty()),
        new EffortTable.Entry("k2", Effort.EASY, Optional.empty()), new EffortTable.Entry("k3", Effort.EASY, Optional.empty()),
        new EffortTable.Entry("k4", Effort.EASY, Optional.empty()), new EffortTable.Entry("k5", Effort.MODERATE, Optional.empty())));
    assertEquals("T-W", a.instrumentId());
    return Planner.of(Scorer.of(weighted())).withEfforts(efforts);
  }

  static Assessment weightedAnswers() {
    Assessment.Builder a = Assessment.builder().city(ALPHA).instrumentId("T-W").assessorId("A")
        .addResponses(Response.of("p1", Answer.PRESENT), Response.of("p2", Answer.PRESENT));
    for (String k : List.of("k1", "k2", "k3", "k4", "k5")) {
      a.addResponses(Response.of(k, Answer.ABSENT));
    }
    return a.build();
  }

  @Test
  void weightedTheSmallestSetBeatsThreeEasyChanges() {
    // HIGH: 0.5 * 12 = 6, on the 0.5 grid of the weights: 6 - 3.5 = 2.5 needed.
    // One change suffices: k1 (3, hard) or k5 (2.5, moderate); moderate is cheaper than hard. k2+k3+k4 (3 easy
    // changes) also reach it but are three changes, not the smallest set.
    Plan p = weightedPlanner().plan(weightedAnswers());
    assertEquals(new Standing(new BigDecimal("3.5"), new BigDecimal("12"), Level.MIDDLE), p.current());
    assertEquals(new BigDecimal("2.5"), p.pointsNeeded());
    assertEquals(List.of(new PlanStep("k5", "TEC", Gap.ABSENT, Effort.MODERATE, Optional.empty(), Phase.MODERATE,
        new BigDecimal("2.5"), Optional.empty())), p.steps());
    // 6/12 = 0.5 exactly: HIGH, the boundary included.
    assertEquals(new Standing(new BigDecimal("6"), new BigDecimal("12"), Level.HIGH), p.projected());
  }

  @Test
  void weightedVeryHighNeedsTheOnlyPairThatReaches() {
    // VERY_HIGH: 0.75 * 12 = 9, so 5.5 needed. Pairs: k1 + k5 = 5.5 is the only pair that reaches it
    // (k1 + 1 = 4, k5 + 1 = 3.5). Order: k5 (moderate) then k1 (hard).
    Plan p = weightedPlanner().withTarget(Level.VERY_HIGH).plan(weightedAnswers());
    assertEquals(new BigDecimal("5.5"), p.pointsNeeded());
    assertEquals(List.of("k5", "k1"), p.steps().stream().map(PlanStep::indicator).toList());
    assertEquals(List.of(
        new PhaseProjection(Phase.MODERATE, List.of("k5"), new Standing(new BigDecimal("6"), new BigDecimal("12"), Level.HIGH)),
        new PhaseProjection(Phase.HARD, List.of("k1"), new Standing(new BigDecimal("9"), new BigDecimal("12"), Level.VERY_HIGH))),
        p.phases());
  }

  @Test
  void amongSetsOfOneSizeTheFewerModerateChangesWin() {
    // q1 (IF, 4) present; e1 (CP, 1), e2 and e3 (SP, 2 each) easy, m1 (TEC, 3) moderate, all absent; a declared
    // maximum of 16. 4/16 = 0.25 MIDDLE; HIGH needs 8 - 4 = 4. No single change weighs 4. Pairs reaching 4:
    // {e1, m1} = 4 and {e2, m1}, {e3, m1} = 5 hold a moderate change; {e2, e3} = 4 holds none, so it wins, though
    // e1 comes first in plan order (CP 0/1 and SP 0/4 tie at 0; CP comes first in the instrument).
    Instrument ins = instrument("T-M").declaredMaximum(16).addIndicators(ind("q1", "IF", ANY, 4),
        ind("e1", "CP", ANY, 1), ind("e2", "SP", ANY, 2), ind("e3", "SP", ANY, 2), ind("m1", "TEC", ANY, 3)).build();
    Assessment.Builder a = Assessment.builder().city(ALPHA).instrumentId("T-M").assessorId("A")
        .addResponses(Response.of("q1", Answer.PRESENT));
    List<EffortTable.Entry> efforts = new java.util.ArrayList<>();
    for (String k : List.of("e1", "e2", "e3", "m1")) {
      a.addResponses(Response.of(k, Answer.ABSENT));
      efforts.add(new EffortTable.Entry(k, k.startsWith("e") ? Effort.EASY : Effort.MODERATE, Optional.empty()));
    }
    Plan p = Planner.of(Scorer.of(ins)).withEfforts(EffortTable.of(efforts)).plan(a.build());
    assertEquals(new BigDecimal("4"), p.pointsNeeded());
    assertEquals(List.of("e2", "e3"), p.steps().stream().map(PlanStep::indicator).toList());
    assertEquals(new Standing(new BigDecimal("8"), new BigDecimal("16"), Level.HIGH), p.projected());
  }

  @Test
  void ninetyFiveUnitIndicatorsNeedSeventyTwoForVeryHigh() {
    // LOSI 2024 size: 95 unit weights. 0.75 * 95 = 71.25, so very high needs 72 points; with 69 present, 3.
    // 0.5 * 95 = 47.5: high needs 48; 0.25 * 95 = 23.75: middle needs 24.
    Instrument.Builder b = instrument("T-95");
    Assessment.Builder a = Assessment.builder().city(ALPHA).instrumentId("T-95").assessorId("A");
    for (int i = 1; i <= 95; i++) {
      b.addIndicators(ind("i" + i, "TEC", ANY, 1));
      a.addResponses(Response.of("i" + i, i <= 69 ? Answer.PRESENT : Answer.ABSENT));
    }
    Plan p = Planner.of(Scorer.of(b.build())).plan(a.build());
    assertEquals(Level.HIGH, p.current().level());
    assertEquals(Level.VERY_HIGH, p.target());
    assertEquals(new BigDecimal("3"), p.pointsNeeded());
    assertEquals(List.of("i70", "i71", "i72"), p.steps().stream().map(PlanStep::indicator).toList());
    assertEquals(Level.VERY_HIGH, p.projected().level());
  }

  @Test
  void alreadyAtTheTargetGivesAnEmptyPlan() {
    Plan p = weightedPlanner().withTarget(Level.MIDDLE).plan(weightedAnswers());
    assertEquals(BigDecimal.ZERO, p.pointsNeeded());
    assertEquals(List.of(), p.steps());
    assertEquals(p.current(), p.projected());
  }

  @Test
  void anUnreachableTargetListsEveryCandidate() {
    // Maximum 10; with a declared maximum of 20 the whole instrument gives at most 10/20 = 0.5: VERY_HIGH
    // (15 of 20) cannot be reached. Every candidate is listed, projected 10/20 HIGH.
    Instrument declared = Instrument.builder().from(weighted()).declaredMaximum(20).build();
    Plan p = Planner.of(Scorer.of(declared)).withTarget(Level.VERY_HIGH).plan(weightedAnswers());
    assertFalse(p.reachable());
    assertEquals(new BigDecimal("11.5"), p.pointsNeeded());
    assertEquals(5, p.steps().size());
    assertEquals(new Standing(new BigDecimal("12"), new BigDecimal("20"), Level.HIGH), p.projected());
  }

  @Test
  void planAllComputesPeerUptakeAndRefusesTwoAssessorsPerCity() {
    // Three cities of BRA: ALPHA as above; BETA and GAMMA have d present. Uptake of d among ALPHA's peers: 2/2 = 1,
    // of j and f: 0/2 = 0. So for ALPHA the easy changes are ordered d (uptake 1) first, then f, j (SP weaker than TEC).
    Assessment beta = withPresent(tenAnswers(City.of("BETA", "Beta", "BRA")), "d");
    Assessment gamma = withPresent(tenAnswers(City.of("GAMMA", "Gamma", "BRA")), "d");
    List<Plan> plans = tenPlanner().planAll(List.of(tenAnswers(ALPHA), beta, gamma));
    assertEquals(List.of("ALPHA", "BETA", "GAMMA"), plans.stream().map(p -> p.city().id()).toList());
    Plan alpha = plans.get(0);
    assertEquals(List.of("d", "f"), alpha.steps().stream().map(PlanStep::indicator).toList());
    assertEquals(Optional.of(BigDecimal.ONE), alpha.steps().get(0).uptake());
    assertEquals(Optional.of(BigDecimal.ZERO), alpha.steps().get(1).uptake());
    assertTrue(alpha.ratingClass().isPresent());

    Assessment second = Assessment.builder().from(tenAnswers(ALPHA)).assessorId("B").build();
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> tenPlanner().planAll(List.of(tenAnswers(ALPHA), second)));
    assertTrue(e.getMessage().contains("has 2 assessments (assessors A, B)"), e.getMessage());
  }

  @Test
  void anEffortTableNamingAnUnknownIndicatorIsRefused() {
    EffortTable bad = EffortTable.of(List.of(new EffortTable.Entry("zz", Effort.EASY, Optional.empty())));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Planner.of(Scorer.of(ten())).withEfforts(bad));
    assertTrue(e.getMessage().contains("zz"), e.getMessage());
  }

  static Assessment withPresent(Assessment a, String code) {
    List<Response> rs = new java.util.ArrayList<>(a.responses());
    rs.replaceAll(r -> r.indicator().equals(code) ? Response.of(code, Answer.PRESENT) : r);
    return Assessment.builder().from(a).responses(rs).build();
  }
}
