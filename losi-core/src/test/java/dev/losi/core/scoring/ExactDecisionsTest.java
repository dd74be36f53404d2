package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Response;
import dev.losi.core.level.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for issue 15 item 2: levels and values of decimal weights decided exactly, and sums
 * that do not depend on the order of their terms. Each expected number is a hand computation on exact
 * decimals, written out beside it; the floating-point results of the old code are quoted from Python 3
 * ({@code 0.7 + 0.1 == 0.7999999999999999}).
 */
class ExactDecisionsTest {

  private static final City CITY = City.of("C1", "City", "BRA");

  private static Instrument instrument(double... weights) {
    Instrument.Builder b = Instrument.builder().id("D").editionYear(2024).title("decimal weights")
        .addCriteria(Criterion.TECHNOLOGY);
    for (int i = 0; i < weights.length; i++) {
      b.addIndicators(Indicator.builder().code("#" + (i + 1)).title("t").criterion("TEC")
          .channelScope(ChannelScope.CHANNEL_INDEPENDENT).weight(weights[i]).build());
    }
    return b.build();
  }

  private static Assessment assessment(Instrument ins, boolean... present) {
    Assessment.Builder a = Assessment.builder().city(CITY).instrumentId(ins.id()).assessorId("A");
    for (int i = 0; i < present.length; i++) {
      a.addResponses(Response.of(ins.indicators().get(i).code(), present[i] ? Answer.PRESENT : Answer.ABSENT));
    }
    return a.build();
  }

  /**
   * Weights 0.7, 0.1, 0.8 with the first two present: (7 + 1) / (7 + 1 + 8) tenths = 8/16 = 1/2 exactly,
   * so HIGH. In doubles, (0.7 + 0.1) / 1.6 = 0.49999999999999994, which the old code classed MIDDLE.
   */
  @Test
  void sevenTenthsPlusOneTenthOfSixteenTenthsIsExactlyOneHalf() {
    Instrument ins = instrument(0.7, 0.1, 0.8);
    CityScore s = Scorer.of(ins).score(assessment(ins, true, true, false));
    assertEquals(0.8, s.standard().points());
    assertEquals(1.6, s.standard().maximum());
    assertEquals(0.5, s.losi());
    assertEquals(Level.HIGH, s.level());
    CompiledInstrument c = CompiledInstrument.of(ins);
    assertEquals(1, c.scale());
    assertEquals(16, c.maximumUnits());
    int[] packed = {PackedAnswers.pack(Answer.PRESENT, 0), PackedAnswers.pack(Answer.PRESENT, 0),
        PackedAnswers.pack(Answer.ABSENT, 0)};
    assertEquals(8, c.points(packed, 0));
    assertEquals(Level.HIGH, c.level(8));
    assertEquals(0.5, c.value(8));
  }

  /** A score of two decimals is decided on their exact fraction: 0.8 of 1.6 is 1/2, and 0.1 + 0.2 of 0.4 is 3/4. */
  @Test
  void scoresOfDecimalsAreDecidedExactly() {
    assertEquals(Level.HIGH, new Score(0.8, 1.6).level());
    assertEquals(0.5, new Score(0.8, 1.6).value());
    // 0.1 + 0.2 is the double 0.30000000000000004, which stands for that 17-digit decimal, not 0.3:
    // 0.30000000000000004 / 0.4 > 3/4.
    assertEquals(Level.VERY_HIGH, new Score(0.1 + 0.2, 0.4).level());
    // 0.3 of 0.4 is 3/4 exactly: VERY_HIGH, although 0.3 / 0.4 = 0.7499999999999999 in doubles.
    assertEquals(Level.VERY_HIGH, new Score(0.3, 0.4).level());
    assertEquals(0.75, new Score(0.3, 0.4).value());
  }

  /**
   * Weights 0.3, 0.4, 2.3 present and 3 absent, in every order: 30 + 40 + 230 = 300 hundredths of 600,
   * so points 3 and value 1/2. Summed in doubles, four of the six orders give 2.9999999999999996 (and
   * 0.49999999999999994), two give 3.0.
   */
  @Test
  void sumsDoNotDependOnTheOrderOfTheIndicators() {
    double[][] orders = {{0.3, 0.4, 2.3}, {0.3, 2.3, 0.4}, {0.4, 0.3, 2.3}, {0.4, 2.3, 0.3}, {2.3, 0.3, 0.4},
        {2.3, 0.4, 0.3}};
    for (double[] o : orders) {
      Instrument ins = instrument(o[0], o[1], o[2], 3);
      CityScore s = Scorer.of(ins).score(assessment(ins, true, true, true, false));
      assertEquals(3.0, s.standard().points(), java.util.Arrays.toString(o));
      assertEquals(6.0, s.standard().maximum());
      assertEquals(0.5, s.losi());
      assertEquals(Level.HIGH, s.level());
      assertEquals(new Score(3, 6), s.byCriterion().get("TEC"));
      assertEquals("3/6 = 0.5", s.byCriterion().get("TEC").toString());
    }
  }

  /**
   * REWEIGHT to 0.5, as in docs/scoring.md: ten unit weights, #1 reweighted to 0.5, #1 and four others
   * present: adjusted (0.5 + 4) / (0.5 + 9) = 45/95 tenths = 9/19 = 0.47368421052631576 (the double nearest
   * to 9/19), MIDDLE.
   */
  @Test
  void reweightToOneHalfIsExact() {
    Instrument ins = instrument(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    CountryAdjustment half = CountryAdjustment.builder().id("R").country("BRA").instrumentId("D")
        .kind(AdjustmentKind.REWEIGHT).indicator("#1").weight(0.5).rationale("r").decidedBy("d")
        .decidedOn(LocalDate.of(2025, 1, 1)).build();
    CityScore s = Scorer.of(ins).withAdjustments(List.of(half))
        .score(assessment(ins, true, true, true, true, true, false, false, false, false, false));
    Score adj = s.adjusted().orElseThrow().score();
    assertEquals(4.5, adj.points());
    assertEquals(9.5, adj.maximum());
    assertEquals(9.0 / 19.0, adj.value());
    assertEquals(Level.MIDDLE, adj.level());
  }

  /** Weights that need more than 15 significant digits in common cannot be summed exactly: refused, with the reason. */
  @Test
  void weightsBeyondFifteenDigitsAreRefusedNotRounded() {
    // 1e-10 and 1e6 at 10 decimal places: 1e6 is 10^16 units, beyond 10^15.
    Instrument ins = instrument(1e-10, 1e6);
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Scorer.of(ins));
    assertEquals("weights of instrument \"D\" cannot be scored exactly: the weight of indicator #2 is 1000000, "
        + "which at 10 decimal places (the most any weight or maximum of the instrument has) reaches 10^15 units: "
        + "scores could not be exact; write the weights with fewer decimal places", e.problems().get(0).toString());
  }

  @Test
  void unitsAreTheCommonLastDecimalPlace() {
    CompiledInstrument c = CompiledInstrument.of(instrument(0.25, 1, 2.5));
    // 0.25, 1, 2.5 at two decimal places: 25, 100, 250 hundredths; maximum 375.
    assertEquals(2, c.scale());
    List<Long> units = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      units.add(c.weightUnits(i));
    }
    assertEquals(List.of(25L, 100L, 250L), units);
    assertEquals(375, c.maximumUnits());
    assertEquals(0.25, c.toPoints(25));
  }
}
