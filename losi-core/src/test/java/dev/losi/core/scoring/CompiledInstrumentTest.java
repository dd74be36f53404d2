package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.level.Level;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Variants of a compiled instrument, on the ten-indicator instrument and assessment of {@link ScorerTest}
 * (hand-computed there: 6 of 10 points, #3 downgraded for evidence on the national portal only).
 */
class CompiledInstrumentTest {

  private static int[] alphaPacked(CompiledInstrument c) {
    int[] packed = new int[c.size()];
    Arrays.fill(packed, PackedAnswers.pack(Answer.ABSENT, 0));
    // #1 P; #2 P on social media; #3 P national portal only; #5 P; #6 P MGP-linked; #7 NA; #9 P MGP+social; #10 P
    packed[0] = PackedAnswers.pack(Answer.PRESENT, 0);
    packed[1] = PackedAnswers.pack(Answer.PRESENT, Channel.maskOf(Set.of(Channel.SOCIAL_MEDIA)));
    packed[2] = PackedAnswers.pack(Answer.PRESENT, Channel.maskOf(Set.of(Channel.NATIONAL_PORTAL)));
    packed[4] = PackedAnswers.pack(Answer.PRESENT, 0);
    packed[5] = PackedAnswers.pack(Answer.PRESENT, Channel.maskOf(Set.of(Channel.MGP_LINKED_SITE)));
    packed[6] = PackedAnswers.pack(Answer.NOT_APPLICABLE, 0);
    packed[8] = PackedAnswers.pack(Answer.PRESENT, Channel.maskOf(Set.of(Channel.MGP, Channel.SOCIAL_MEDIA)));
    packed[9] = PackedAnswers.pack(Answer.PRESENT, 0);
    return packed;
  }

  private static CountryAdjustment.Builder adj(String id, AdjustmentKind kind) {
    return CountryAdjustment.builder().id(id).country("BRA").instrumentId("T-10").kind(kind).rationale("r")
        .decidedBy("d").decidedOn(LocalDate.of(2025, 1, 1));
  }

  @Test
  void baseGivesTheScorersNumbers() {
    Instrument ten = ScorerTest.ten();
    CompiledInstrument c = CompiledInstrument.of(ten);
    int[] packed = alphaPacked(c);
    assertEquals(6, c.points(packed, 0));
    assertEquals(Scorer.of(ten).score(ScorerTest.alpha()).standard(), c.score(6));
    // Two assessments in one array, ten ints apart.
    int[] two = new int[20];
    Arrays.fill(two, PackedAnswers.pack(Answer.ABSENT, 0));
    System.arraycopy(packed, 0, two, 10, 10);
    assertEquals(0, c.points(two, 0));
    assertEquals(6, c.points(two, 10));
  }

  /** Doubling #1's weight (MGP, present): 7 of 11. Denominator 12 instead: 6 of 12 = 1/2, HIGH. */
  @Test
  void weightsAndMaximumVaryWithoutANewInstrument() {
    CompiledInstrument c = CompiledInstrument.of(ScorerTest.ten());
    double[] w = {2, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    CompiledInstrument heavier = c.withWeights(w);
    assertEquals(7, heavier.points(alphaPacked(c), 0));
    assertEquals(11, heavier.maximumUnits());
    CompiledInstrument twelve = c.withMaximum(12);
    assertEquals(0.5, twelve.value(twelve.points(alphaPacked(c), 0)));
    assertEquals(Level.HIGH, twelve.level(6));
    assertThrows(IllegalArgumentException.class, () -> c.withMaximum(9)); // below the sum of weights, 10
  }

  /**
   * Criterion factors: CP x 0.5 and TEC x 2. Present and counting: #1 (IF) 1, #2 (IF) 1, #5 (CP) 0.5,
   * #6 (SP) 1, #9 (PE) 1, #10 (TEC) 2, so 6.5; maximum IF 2 + CP 1.5 + SP 2 + PE 2 + TEC 2 = 9.5:
   * 65/95 = 13/19.
   */
  @Test
  void criterionWeightsMultiplyExactly() {
    CompiledInstrument c = CompiledInstrument.of(ScorerTest.ten()).withCriterionWeights(Map.of("CP", 0.5, "TEC", 2.0));
    long p = c.points(alphaPacked(c), 0);
    assertEquals(65, p);
    assertEquals(95, c.maximumUnits());
    assertEquals(13.0 / 19.0, c.value(p));
    assertThrows(IllegalArgumentException.class, () -> c.withCriterionWeights(Map.of("XX", 1.0)));
  }

  /**
   * The country adjustments of ScorerTest: exclude #7 (NA) and accept the national portal for #3:
   * 7 of 9, as ScorerTest computes for the object path.
   */
  @Test
  void excludeAndAcceptChannelCompileIntoAVariant() {
    CompiledInstrument c = CompiledInstrument.of(ScorerTest.ten());
    CompiledInstrument v = c.withAdjustments(List.of(
        adj("E", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#7").build(),
        adj("A", AdjustmentKind.ACCEPT_CHANNEL).indicator("#3").addAcceptedChannels(Channel.NATIONAL_PORTAL).build()));
    assertEquals(7, v.points(alphaPacked(c), 0));
    assertEquals(9, v.maximumUnits());
    assertEquals(Set.of(Channel.NATIONAL_PORTAL), v.acceptedChannels(2));
    assertEquals(v.maximumUnits(), c.withExcluded(List.of("#7")).maximumUnits());
    assertEquals(6, c.withExcluded(List.of("#7")).points(alphaPacked(c), 0));
  }
}
