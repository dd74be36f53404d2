package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.losi.core.testing.RandomAdjustments;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path ({@link CompiledInstrument} over packed answers) and the object path ({@link Scorer}
 * building {@link CityScore}) give identical results, bit for bit, over random instruments with decimal
 * weights, random assessments (every answer, any evidence channels) and random EXCLUDE, ACCEPT_CHANNEL and
 * REWEIGHT adjustments, some for one city only. Both are also checked against a second implementation
 * written here: the formula summed in {@link BigDecimal}, with the level decided by comparing
 * {@code 4 * points} with {@code 3, 2, 1 * maximum}.
 */
class FastPathProperties {

  private static final City CITY = City.of("C1", "Cidade", "BRA");
  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION,
      Criterion.TECHNOLOGY);
  private static final double[] WEIGHTS = {1, 2, 3, 0.5, 0.7, 0.1, 0.8, 0.25, 1.3, 0.05};
  /** Up to 4 adjustments of any indicator, one in four for city C1 or C2 only (so C1 may be spared). */
  private static final RandomAdjustments ADJUSTMENTS = new RandomAdjustments("BRA",
      Arrays.stream(WEIGHTS).boxed().toList(), 4, 0, List.of("C1", "C2"));
  private static final int MGP_MASK = Channel.maskOf(List.of(Channel.MGP, Channel.MGP_LINKED_SITE));

  record Case(Instrument instrument, Assessment assessment, List<CountryAdjustment> adjustments) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.longs().flatMap(seed -> {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(30);
      Instrument.Builder b = Instrument.builder().id("P").editionYear(2024).title("random").addAllCriteria(CRITERIA);
      Assessment.Builder a = Assessment.builder().city(CITY).instrumentId("P").assessorId("A");
      double sum = 0;
      for (int i = 0; i < n; i++) {
        String code = "#" + i;
        double w = WEIGHTS[r.nextInt(WEIGHTS.length)];
        sum += w;
        b.addIndicators(Indicator.builder().code(code).title("t").criterion(CRITERIA.get(r.nextInt(3)).code())
            .channelScope(r.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT)
            .weight(w).build());
        Response.Builder resp = Response.builder().indicator(code).answer(Answer.values()[r.nextInt(4)]);
        int mask = r.nextBoolean() ? 0 : r.nextInt(64);
        if (mask != 0) {
          resp.evidence(Evidence.builder().channels(Channel.ofMask(mask)).build());
        }
        a.addResponses(resp.build());
      }
      if (r.nextInt(3) == 0) {
        // strictly above the sum of the weights: a surplus S >= 1, so excluding every indicator leaves a
        // maximum S > 0 (with S = 0 that case is refused, which the all-excluded guard below leaves out)
        b.declaredMaximum(Math.ceil(sum) + 1 + r.nextInt(3));
      }
      Instrument ins = b.build();
      Assessment assessment = a.build();
      return ADJUSTMENTS.of(ins).map(adj -> new Case(ins, assessment, adj));
    });
  }

  @Property(tries = 500)
  void fastPathEqualsObjectPathAndTheBigDecimalFormula(@ForAll("cases") Case c) {
    Instrument ins = c.instrument();
    List<CountryAdjustment> applied = c.adjustments().stream().filter(x -> x.appliesTo(CITY)).toList();
    BigDecimal total = BigDecimal.ZERO;
    for (Indicator i : ins.indicators()) {
      total = total.add(new BigDecimal(Double.toString(i.weight())));
    }
    boolean noSurplus = ins.declaredMaximum().isEmpty()
        || new BigDecimal(Double.toString(ins.declaredMaximum().getAsDouble())).compareTo(total) == 0;
    boolean allExcluded = !applied.isEmpty() && noSurplus
        && ins.indicators().stream().allMatch(i -> applied.stream().anyMatch(
            x -> x.kind() == AdjustmentKind.EXCLUDE_INDICATOR && x.indicator().orElseThrow().equals(i.code())));
    if (allExcluded) {
      return; // no surplus left: the adjusted LOSI is undefined, and refused
    }
    CityScore s = Scorer.of(ins).withAdjustments(c.adjustments()).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT)
        .score(c.assessment());
    int[] packed = new int[ins.size()];
    for (Response r : c.assessment().responses()) {
      packed[ins.indexOf(r.indicator())] = PackedAnswers.pack(r.answer(),
          r.evidence().map(e -> Channel.maskOf(e.channels())).orElse(0));
    }
    CompiledInstrument base = CompiledInstrument.of(ins);
    same(base, packed, s.standard());
    long[] out = new long[base.resultLength()];
    base.score(packed, 0, out);
    assertEquals(base.points(packed, 0), out[0]);
    for (int k = 0; k < base.criterionCount(); k++) {
      assertEquals(s.byCriterion().get(base.criterionCode(k)),
          new Score(base.toPoints(out[1 + k]), base.toPoints(base.criterionMaximumUnits(k))));
    }
    reference(ins, c.assessment(), List.of(), s.standard());
    assertEquals(applied.isEmpty(), s.adjusted().isEmpty());
    if (!applied.isEmpty()) {
      Score adjusted = s.adjusted().orElseThrow().score();
      same(base.withAdjustments(applied), packed, adjusted);
      reference(ins, c.assessment(), applied, adjusted);
    }
  }

  private static void same(CompiledInstrument c, int[] packed, Score score) {
    long units = c.points(packed, 0);
    assertEquals(score, c.score(units));
    assertEquals(score.value(), c.value(units));
    assertEquals(score.level(), c.level(units));
  }

  /** The formula in BigDecimal, summed in the order of the responses (not the instrument's). */
  private static void reference(Instrument ins, Assessment a, List<CountryAdjustment> applied, Score score) {
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (Response r : a.responses()) {
      Indicator ind = ins.indicator(r.indicator()).orElseThrow();
      BigDecimal w = new BigDecimal(Double.toString(ind.weight()));
      boolean excluded = false;
      int accepted = 0;
      for (CountryAdjustment x : applied) {
        if (x.indicator().orElseThrow().equals(ind.code())) {
          switch (x.kind()) {
            case EXCLUDE_INDICATOR -> excluded = true;
            case REWEIGHT -> w = new BigDecimal(Double.toString(x.weight().getAsDouble()));
            case ACCEPT_CHANNEL -> accepted |= Channel.maskOf(x.acceptedChannels());
            default -> { }
          }
        }
      }
      if (excluded) {
        continue;
      }
      max = max.add(w);
      int ch = r.evidence().map(e -> Channel.maskOf(e.channels())).orElse(0);
      boolean counts = ind.channelScope() == ChannelScope.CHANNEL_INDEPENDENT || ch == 0 || (ch & (MGP_MASK | accepted)) != 0;
      if (r.answer() == Answer.PRESENT && counts) {
        points = points.add(w);
      }
    }
    if (ins.declaredMaximum().isPresent()) {
      BigDecimal total = BigDecimal.ZERO;
      for (Indicator i : ins.indicators()) {
        total = total.add(new BigDecimal(Double.toString(i.weight())));
      }
      max = max.add(new BigDecimal(Double.toString(ins.declaredMaximum().getAsDouble())).subtract(total));
    }
    assertEquals(points.doubleValue(), score.points(), "points");
    assertEquals(max.doubleValue(), score.maximum(), "maximum");
    BigDecimal four = points.multiply(BigDecimal.valueOf(4));
    Level expected = four.compareTo(max.multiply(BigDecimal.valueOf(3))) >= 0 ? Level.VERY_HIGH
        : four.compareTo(max.multiply(BigDecimal.valueOf(2))) >= 0 ? Level.HIGH
        : four.compareTo(max) >= 0 ? Level.MIDDLE : Level.LOW;
    assertEquals(expected, score.level(), points + "/" + max);
  }
}
