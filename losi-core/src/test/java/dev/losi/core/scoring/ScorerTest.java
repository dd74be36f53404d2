package dev.losi.core.scoring;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed scoring examples. Every expected number is worked out in the comments from the
 * methodology's formula: LOSI = sum of weights of indicators present / maximum points.
 */
class ScorerTest {

  static final ChannelScope MGP = ChannelScope.MGP_SPECIFIC;
  static final ChannelScope ANY = ChannelScope.CHANNEL_INDEPENDENT;

  /**
   * Ten indicators: IF #1 (MGP) #2 (any); CP #3 (MGP) #4 (MGP) #5 (any); SP #6 (MGP) #7 (MGP);
   * PE #8 (any) #9 (MGP); TEC #10 (any). Six MGP-specific, four channel-independent.
   */
  static Instrument ten() {
    return tenBuilder().build();
  }

  static Instrument.Builder tenBuilder() {
    Object[][] spec = {
        {"#1", "IF", MGP}, {"#2", "IF", ANY}, {"#3", "CP", MGP}, {"#4", "CP", MGP}, {"#5", "CP", ANY},
        {"#6", "SP", MGP}, {"#7", "SP", MGP}, {"#8", "PE", ANY}, {"#9", "PE", MGP}, {"#10", "TEC", ANY}};
    Instrument.Builder b = Instrument.builder().id("T-10").editionYear(2024).title("Ten indicators")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION,
            Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY);
    for (Object[] s : spec) {
      b.addIndicators(Indicator.builder().code((String) s[0]).title("indicator " + s[0]).criterion((String) s[1])
          .channelScope((ChannelScope) s[2]).build());
    }
    return b;
  }

  static final City ALPHA = City.of("ALPHA", "Alpha", "BRA");

  /**
   * #1 P; #2 P on social media (channel-independent: counts); #3 P on the national portal only
   * (MGP-specific: downgraded); #4 A; #5 P; #6 P on an MGP-linked site (counts); #7 NA; #8 A;
   * #9 P on MGP and social media (names the MGP: counts); #10 P.
   */
  static Assessment alpha() {
    return Assessment.builder().city(ALPHA).instrumentId("T-10").assessorId("A").addResponses(
        Response.of("#1", Answer.PRESENT),
        Response.of("#2", Answer.PRESENT, Evidence.on(Channel.SOCIAL_MEDIA)),
        Response.of("#3", Answer.PRESENT, Evidence.builder().addChannels(Channel.NATIONAL_PORTAL)
            .url("https://gov.example/service").build()),
        Response.of("#4", Answer.ABSENT),
        Response.of("#5", Answer.PRESENT),
        Response.of("#6", Answer.PRESENT, Evidence.on(Channel.MGP_LINKED_SITE)),
        Response.of("#7", Answer.NOT_APPLICABLE),
        Response.of("#8", Answer.ABSENT),
        Response.of("#9", Answer.PRESENT, Evidence.on(Channel.MGP, Channel.SOCIAL_MEDIA)),
        Response.of("#10", Answer.PRESENT)).build();
  }

  static CountryAdjustment.Builder adjustment(String id, AdjustmentKind kind) {
    return CountryAdjustment.builder().id(id).country("BRA").instrumentId("T-10").kind(kind)
        .rationale("documented in the national pilot report").decidedBy("national LOSI team")
        .decidedOn(LocalDate.of(2025, 3, 1));
  }

  @Test
  void standardScoreByHand() {
    CityScore s = Scorer.of(ten()).score(alpha());
    // Counted present: #1 #2 #5 #6 #9 #10 = 6 of 10 (#3 downgraded).
    assertEquals(6.0, s.standard().points());
    assertEquals(10.0, s.standard().maximum());
    assertEquals(0.6, s.losi());
    assertEquals(Level.HIGH, s.level());
    // IF 2/2; CP #5 only = 1/3; SP #6 = 1/2; PE #9 = 1/2; TEC 1/1.
    assertEquals(Map.of("IF", new Score(2, 2), "CP", new Score(1, 3), "SP", new Score(1, 2),
        "PE", new Score(1, 2), "TEC", new Score(1, 1)), s.byCriterion());
    assertEquals(List.of("IF", "CP", "SP", "PE", "TEC"), List.copyOf(s.byCriterion().keySet()));
    // MGP-specific {#1 #3 #4 #6 #7 #9}: #1 #6 #9 = 3/6. Channel-independent {#2 #5 #8 #10}: 3/4.
    assertEquals(new Score(3, 6), s.byChannelScope().get(ChannelScope.MGP_SPECIFIC));
    assertEquals(new Score(3, 4), s.byChannelScope().get(ChannelScope.CHANNEL_INDEPENDENT));
    // Answers: present #1 #2 #3 #5 #6 #9 #10 = 7; absent #4 #8 = 2; NA #7 = 1.
    assertEquals(new AnswerCounts(7, 2, 1, 0, 0), s.counts());
    assertEquals(List.of(new ChannelDowngrade("#3", Set.of(Channel.NATIONAL_PORTAL), Optional.empty())), s.downgrades());
    assertEquals(List.of("#7"), s.notApplicableWithoutAdjustment());
    assertTrue(s.adjusted().isEmpty());
    assertTrue(s.local().isEmpty());
  }

  @Test
  void adjustedScoreIsReportedBesideTheStandardOne() {
    CountryAdjustment exclude = adjustment("BRA-01", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#7").build();
    CountryAdjustment accept = adjustment("BRA-02", AdjustmentKind.ACCEPT_CHANNEL).indicator("#3")
        .addAcceptedChannels(Channel.NATIONAL_PORTAL).build();
    CityScore s = Scorer.of(ten()).withAdjustments(List.of(exclude, accept)).score(alpha());
    // The standard score is unchanged: 6/10.
    assertEquals(new Score(6, 10), s.standard());
    // Adjusted: #7 leaves numerator and denominator (max 9); #3 now counts: 7/9 = 0.777..., very high.
    AdjustedScore adj = s.adjusted().orElseThrow();
    assertEquals(new Score(7, 9), adj.score());
    assertEquals(7.0 / 9.0, adj.score().value());
    assertEquals(Level.VERY_HIGH, adj.score().level());
    assertEquals(new Score(2, 3), adj.byCriterion().get("CP"));
    assertEquals(new Score(1, 1), adj.byCriterion().get("SP"));
    assertEquals(List.of(exclude, accept), adj.applied());
    assertEquals(List.of("#7"), adj.excluded());
    // The downgrade is still listed for the standard score, with the adjustment that accepts it.
    assertEquals(Optional.of("BRA-02"), s.downgrades().get(0).acceptedBy());
    // #7's NA is backed by an exclusion now.
    assertEquals(List.of(), s.notApplicableWithoutAdjustment());
  }

  @Test
  void adjustmentsOfOtherCountriesOrCitiesDoNotApply() {
    CountryAdjustment other = adjustment("JOR-01", AdjustmentKind.EXCLUDE_INDICATOR).country("JOR").indicator("#7").build();
    CountryAdjustment otherCity = adjustment("BRA-09", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#4")
        .addCities("BETA").build();
    CityScore s = Scorer.of(ten()).withAdjustments(List.of(other, otherCity)).score(alpha());
    assertTrue(s.adjusted().isEmpty());
  }

  @Test
  void reweightChangesOnlyTheAdjustedScore() {
    // #5 (present) weight 3: adjusted points 6 - 1 + 3 = 8, maximum 10 - 1 + 3 = 12: 8/12.
    CountryAdjustment rw = adjustment("BRA-03", AdjustmentKind.REWEIGHT).indicator("#5").weight(3).build();
    CityScore s = Scorer.of(ten()).withAdjustments(List.of(rw)).score(alpha());
    assertEquals(new Score(6, 10), s.standard());
    assertEquals(new Score(8, 12), s.adjusted().orElseThrow().score());
    assertEquals(Level.HIGH, s.adjusted().orElseThrow().score().level());
  }

  @Test
  void localIndicatorsHaveTheirOwnSubScore() {
    Indicator rural = Indicator.builder().code("BR-L1").title("Rural service points listed").criterion("SP")
        .channelScope(ANY).build();
    CountryAdjustment add = adjustment("BRA-04", AdjustmentKind.ADD_LOCAL_INDICATOR).localIndicator(rural).build();
    Assessment a = Assessment.builder().from(alpha()).addResponses(Response.of("BR-L1", Answer.PRESENT)).build();
    CityScore s = Scorer.of(ten()).withAdjustments(List.of(add)).score(a);
    assertEquals(new Score(6, 10), s.standard());
    // The adjusted LOSI does not include the local indicator: 6/10 as well.
    assertEquals(new Score(6, 10), s.adjusted().orElseThrow().score());
    assertEquals(new Score(1, 1), s.local().orElseThrow().score());
    assertEquals(List.of("BR-L1"), s.local().orElseThrow().indicators());
    // Without the adjustment, the local code is an unknown indicator.
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Scorer.of(ten()).score(a));
    assertEquals("city \"ALPHA\" assessor \"A\" indicator \"BR-L1\": is not an indicator of instrument \"T-10\"",
        e.problems().get(0).toString());
  }

  @Test
  void declaredMaximumIsTheDenominator() {
    // Same answers, maximum declared as 12: 6/12 = 0.5, high (lower bound inclusive).
    Instrument declared = tenBuilder().declaredMaximum(12).build();
    Assessment a = Assessment.builder().from(alpha()).build();
    CityScore s = Scorer.of(declared).score(a);
    assertEquals(new Score(6, 12), s.standard());
    assertEquals(Level.HIGH, s.level());
    // Adjusted with #7 excluded: weights 9, plus the surplus 12 - 10 = 2: 6/11.
    CountryAdjustment exclude = adjustment("BRA-01", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#7").build();
    assertEquals(new Score(6, 11), Scorer.of(declared).withAdjustments(List.of(exclude)).score(a).adjusted().orElseThrow().score());
  }

  @Test
  void missingAnswersAreRefusedByDefaultAndCountedWhenAsked() {
    Assessment partial = Assessment.builder().city(ALPHA).instrumentId("T-10").assessorId("A")
        .addResponses(Response.of("#1", Answer.PRESENT), Response.of("#2", Answer.NOT_ASSESSED)).build();
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Scorer.of(ten()).score(partial));
    assertEquals("city \"ALPHA\" assessor \"A\": answers 9 of 10 indicators not assessed, so the assessment is "
        + "incomplete: #2, #3, #4, #5, #6, #7, #8, #9, #10 (to count them as absent, use the COUNT_AS_ABSENT "
        + "missing-answer policy)", e.problems().get(0).toString());
    CityScore s = Scorer.of(ten()).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT).score(partial);
    assertEquals(new Score(1, 10), s.standard());
    assertEquals(new AnswerCounts(1, 0, 0, 9, 9), s.counts());
  }

  @Test
  void scoreAllReportsEveryProblemOfEveryAssessment() {
    Assessment wrongInstrument = Assessment.builder().from(alpha()).instrumentId("LOSI-2022").build();
    Assessment unknownCode = Assessment.builder().from(alpha()).assessorId("B")
        .addResponses(Response.of("#99", Answer.PRESENT)).build();
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Scorer.of(ten()).scoreAll(List.of(alpha(), wrongInstrument, unknownCode)));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("city \"ALPHA\" assessor \"A\": instrument \"LOSI-2022\" does not match the instrument being scored, \"T-10\"",
        e.problems().get(0).toString());
    assertEquals("city \"ALPHA\" assessor \"B\" indicator \"#99\": is not an indicator of instrument \"T-10\"",
        e.problems().get(1).toString());
  }

  @Test
  void badAdjustmentsAreAllReported() {
    List<CountryAdjustment> bad = List.of(
        adjustment("X-1", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#99").build(),
        adjustment("X-2", AdjustmentKind.EXCLUDE_INDICATOR).instrumentId("LOSI-2022").indicator("#1").build(),
        adjustment("X-3", AdjustmentKind.ACCEPT_CHANNEL).indicator("#2").addAcceptedChannels(Channel.SOCIAL_MEDIA).build(),
        adjustment("X-4", AdjustmentKind.REWEIGHT).indicator("#5").weight(2).build(),
        adjustment("X-5", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#5").build(),
        adjustment("X-5", AdjustmentKind.EXCLUDE_INDICATOR).indicator("#6").addCities("ALPHA").build());
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Scorer.of(ten()).withAdjustments(bad));
    List<String> messages = new ArrayList<>();
    e.problems().forEach(p -> messages.add(p.toString()));
    assertEquals(List.of(
        "indicator \"#99\": adjustment \"X-1\" names an indicator that instrument \"T-10\" lacks",
        "instrumentId \"LOSI-2022\" of adjustment \"X-2\" does not match instrument \"T-10\"",
        "indicator \"#2\": adjustment \"X-3\" accepts channels for a channel-independent indicator, where every channel counts already",
        "id \"X-5\" is used by more than one adjustment",
        "indicator \"#5\": adjustments \"X-4\" (REWEIGHT) and \"X-5\" (EXCLUDE_INDICATOR) both decide this indicator's weight for the same cities of BRA"),
        messages);
  }

  /** Boundaries at exactly 0.25, 0.50 and 0.75, with four unit-weight indicators (1/4, 2/4, 3/4). */
  @Test
  void boundariesAreExact() {
    Instrument four = Instrument.builder().id("T-4").editionYear(2024).title("Four")
        .addCriteria(Criterion.TECHNOLOGY)
        .addIndicators(ind("a"), ind("b"), ind("c"), ind("d")).build();
    Level[] expected = {Level.LOW, Level.MIDDLE, Level.HIGH, Level.VERY_HIGH, Level.VERY_HIGH};
    for (int present = 0; present <= 4; present++) {
      Assessment.Builder a = Assessment.builder().city(ALPHA).instrumentId("T-4").assessorId("A");
      String[] codes = {"a", "b", "c", "d"};
      for (int i = 0; i < 4; i++) {
        a.addResponses(Response.of(codes[i], i < present ? Answer.PRESENT : Answer.ABSENT));
      }
      CityScore s = Scorer.of(four).score(a.build());
      assertEquals(present / 4.0, s.losi());
      assertEquals(expected[present], s.level(), present + "/4");
    }
  }

  /** The example: 69 present out of 92 applicable (95 indicators, 3 excluded) is exactly 0.75. */
  @Test
  void sixtyNineOfNinetyTwoIsVeryHigh() {
    Instrument.Builder b = Instrument.builder().id("T-95").editionYear(2024).title("95").addCriteria(Criterion.TECHNOLOGY);
    Assessment.Builder a = Assessment.builder().city(ALPHA).instrumentId("T-95").assessorId("A");
    for (int i = 1; i <= 95; i++) {
      b.addIndicators(ind("i" + i));
      a.addResponses(Response.of("i" + i, i <= 69 ? Answer.PRESENT : i <= 92 ? Answer.ABSENT : Answer.NOT_APPLICABLE));
    }
    List<CountryAdjustment> excl = new ArrayList<>();
    for (int i = 93; i <= 95; i++) {
      excl.add(CountryAdjustment.builder().id("E" + i).country("BRA").instrumentId("T-95")
          .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("i" + i).rationale("national service")
          .decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1)).build());
    }
    CityScore s = Scorer.of(b.build()).withAdjustments(excl).score(a.build());
    assertEquals(new Score(69, 95), s.standard());
    assertEquals(Level.HIGH, s.level());
    Score adjusted = s.adjusted().orElseThrow().score();
    assertEquals(new Score(69, 92), adjusted);
    assertEquals(0.75, adjusted.value());
    assertEquals(Level.VERY_HIGH, adjusted.level());
    assertTrue(adjusted.isExactFraction());
    assertFalse(new Score(0.5, 1.5).isExactFraction());
  }

  private static Indicator ind(String code) {
    return Indicator.builder().code(code).title("t").criterion("TEC").channelScope(ANY).build();
  }
}
