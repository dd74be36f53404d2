package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.losi.core.level.Ranking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of scoring and ranking, over random instruments and assessments. */
class ScoringProperties {

  private static final City CITY = City.of("C1", "Cidade", "BRA");
  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION,
      Criterion.SERVICES_PROVISION, Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY);

  /** A random instrument (1-40 indicators, whole weights 1-3) with a complete random assessment. */
  record Case(Instrument instrument, Assessment assessment, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.longs()).as((n, seed) -> {
      Random r = new Random(seed);
      Instrument.Builder b = Instrument.builder().id("P").editionYear(2024).title("random").addAllCriteria(CRITERIA);
      Assessment.Builder a = Assessment.builder().city(CITY).instrumentId("P").assessorId("A");
      for (int i = 0; i < n; i++) {
        String code = "#" + i;
        b.addIndicators(Indicator.builder().code(code).title("t").criterion(CRITERIA.get(r.nextInt(5)).code())
            .channelScope(r.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT)
            .weight(1 + r.nextInt(3)).build());
        Answer ans = Answer.values()[r.nextInt(3)]; // PRESENT, ABSENT, NOT_APPLICABLE
        Response.Builder resp = Response.builder().indicator(code).answer(ans);
        if (r.nextInt(3) == 0) {
          resp.evidence(Evidence.on(Channel.values()[r.nextInt(Channel.values().length)]));
        }
        a.addResponses(resp.build());
      }
      return new Case(b.build(), a.build(), seed);
    });
  }

  private static Assessment withAnswer(Assessment a, int index, Answer answer) {
    List<Response> rs = new ArrayList<>(a.responses());
    Response old = rs.get(index);
    rs.set(index, Response.builder().from(old).answer(answer).build());
    return Assessment.builder().from(a).responses(rs).build();
  }

  private static CountryAdjustment exclude(String id, String code) {
    return CountryAdjustment.builder().id(id).country("BRA").instrumentId("P").kind(AdjustmentKind.EXCLUDE_INDICATOR)
        .indicator(code).rationale("r").decidedBy("d").decidedOn(LocalDate.of(2025, 1, 1)).build();
  }

  @Property
  void scoresAreInTheUnitInterval(@ForAll("cases") Case c) {
    CityScore s = Scorer.of(c.instrument()).score(c.assessment());
    assertTrue(s.losi() >= 0 && s.losi() <= 1);
    s.byCriterion().values().forEach(x -> assertTrue(x.value() >= 0 && x.value() <= 1));
    s.byChannelScope().values().forEach(x -> assertTrue(x.value() >= 0 && x.value() <= 1));
    assertEquals(c.instrument().size(), s.counts().total());
  }

  @Property
  void markingAnIndicatorPresentNeverLowersTheScore(@ForAll("cases") Case c, @ForAll @IntRange(max = 39) int pick) {
    int i = pick % c.instrument().size();
    Scorer scorer = Scorer.of(c.instrument());
    double before = scorer.score(c.assessment()).losi();
    double after = scorer.score(withAnswer(c.assessment(), i, Answer.PRESENT)).losi();
    assertTrue(after >= before, before + " -> " + after);
  }

  @Property
  void excludingAnAbsentIndicatorNeverLowersTheAdjustedScore(@ForAll("cases") Case c,
      @ForAll @IntRange(max = 39) int pick, @ForAll @IntRange(max = 39) int other) {
    int i = pick % c.instrument().size();
    Assessment a = withAnswer(c.assessment(), i, Answer.ABSENT);
    // A baseline adjustment so that both sides report an adjusted score.
    String base = c.instrument().indicators().get(other % c.instrument().size()).code();
    String target = c.instrument().indicators().get(i).code();
    if (base.equals(target) || c.instrument().size() < 3) {
      return;
    }
    double before = Scorer.of(c.instrument()).withAdjustments(List.of(exclude("B", base))).score(a)
        .adjusted().orElseThrow().score().value();
    double after = Scorer.of(c.instrument()).withAdjustments(List.of(exclude("B", base), exclude("X", target)))
        .score(a).adjusted().orElseThrow().score().value();
    assertTrue(after >= before, before + " -> " + after);
  }

  @Property
  void permutingIndicatorOrderChangesNothing(@ForAll("cases") Case c) {
    List<Indicator> shuffled = new ArrayList<>(c.instrument().indicators());
    Collections.shuffle(shuffled, new Random(c.seed()));
    Instrument permuted = Instrument.builder().from(c.instrument()).indicators(shuffled).build();
    List<Response> responses = new ArrayList<>(c.assessment().responses());
    Collections.shuffle(responses, new Random(~c.seed()));
    Assessment a = Assessment.builder().from(c.assessment()).responses(responses).build();
    CityScore x = Scorer.of(c.instrument()).score(c.assessment());
    CityScore y = Scorer.of(permuted).score(a);
    assertEquals(x.standard(), y.standard());
    assertEquals(x.byCriterion(), y.byCriterion());
    assertEquals(x.byChannelScope(), y.byChannelScope());
    assertEquals(x.counts(), y.counts());
  }

  /** Competition ranks: equal values share a rank, and a rank is 1 + the number of strictly greater values. */
  @Property
  void rankingTiesAreConsistent(@ForAll("values") double[] v) {
    int[] rank = Ranking.competition(v);
    for (int i = 0; i < v.length; i++) {
      int greater = 0;
      for (int j = 0; j < v.length; j++) {
        if (v[j] > v[i]) {
          greater++;
        }
        if (v[j] == v[i]) {
          assertEquals(rank[i], rank[j]);
        }
      }
      assertEquals(1 + greater, rank[i]);
    }
  }

  @Provide
  Arbitrary<double[]> values() {
    // Multiples of 1/95 make ties common, as in real LOSI data.
    return Arbitraries.integers().between(0, 95).map(k -> k / 95.0).array(double[].class).ofMaxSize(50);
  }
}
