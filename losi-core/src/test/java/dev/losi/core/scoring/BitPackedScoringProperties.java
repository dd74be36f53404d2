package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.losi.core.testing.RandomAdjustments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The bit-packed path ({@link BitPackedAnswers} scored by {@link CompiledInstrument#points(long[], int)} and
 * {@link CompiledInstrument#score(long[], int, long[])}) equals, unit for unit, the int-per-indicator path
 * and the object path ({@link Scorer} building {@link CityScore}; itself checked against the formula summed
 * in BigDecimal by {@link FastPathProperties}), over random instruments of 1 to 200 indicators (so one to
 * four words, with 64 and 128 as boundaries), one to a dozen weight classes of finite decimals (so both the
 * popcount and the bit-by-bit strategies, and both forced on the same case), random answers and channels,
 * and random EXCLUDE_INDICATOR, ACCEPT_CHANNEL and REWEIGHT adjustments. Several assessments share one
 * array, at a non-zero offset.
 */
class BitPackedScoringProperties {

  private static final City CITY = City.of("C1", "Cidade", "BRA");
  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK,
      Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION, Criterion.TECHNOLOGY);
  private static final double[] WEIGHTS = {1, 2, 3, 0.5, 0.7, 0.1, 0.8, 0.25, 1.3, 0.05, 4.125, 0.375};
  /** Up to 7 adjustments of indicators other than the first (which keeps weight 1), country-wide. */
  private static final RandomAdjustments ADJUSTMENTS = new RandomAdjustments("BRA",
      Arrays.stream(WEIGHTS).boxed().toList(), 7, 1, List.of());

  record Case(Instrument instrument, List<Assessment> assessments, List<CountryAdjustment> adjustments) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.longs().flatMap(seed -> {
      Random r = new Random(seed);
      int n = r.nextInt(4) == 0 ? 63 + r.nextInt(3) + 64 * r.nextInt(2) : 1 + r.nextInt(200);
      int classes = 1 + r.nextInt(r.nextBoolean() ? 3 : WEIGHTS.length);
      Instrument.Builder b = Instrument.builder().id("P").editionYear(2024).title("random").addAllCriteria(CRITERIA);
      for (int i = 0; i < n; i++) {
        b.addIndicators(Indicator.builder().code("#" + i).title("t").criterion(CRITERIA.get(r.nextInt(CRITERIA.size())).code())
            .channelScope(r.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT)
            .weight(i == 0 ? 1 : WEIGHTS[r.nextInt(classes)]).build());
      }
      Instrument ins = b.build();
      List<Assessment> assessments = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        Assessment.Builder a = Assessment.builder().city(CITY).instrumentId("P").assessorId("A" + k);
        for (int i = 0; i < n; i++) {
          Response.Builder resp = Response.builder().indicator("#" + i).answer(Answer.values()[r.nextInt(4)]);
          int mask = r.nextBoolean() ? 0 : r.nextInt(64);
          if (mask != 0) {
            resp.evidence(Evidence.builder().channels(Channel.ofMask(mask)).build());
          }
          a.addResponses(resp.build());
        }
        assessments.add(a.build());
      }
      return ADJUSTMENTS.of(ins).map(adj -> new Case(ins, assessments, adj));
    });
  }

  @Property(tries = 300)
  void bitPathEqualsIntPathAndObjectPath(@ForAll("cases") Case c) {
    Instrument ins = c.instrument();
    int size = ins.size();
    int stride = BitPackedAnswers.stride(size);
    int count = c.assessments().size();
    int[] packed = new int[count * size];
    long[] bits = new long[3 + count * stride]; // starts at offset 3
    for (int k = 0; k < count; k++) {
      PackedAnswers.pack(ins, c.assessments().get(k), packed, k * size);
      BitPackedAnswers.fromPacked(packed, k * size, size, bits, 3 + k * stride);
      for (int i = 0; i < size; i++) {
        assertEquals(packed[k * size + i], BitPackedAnswers.element(bits, 3 + k * stride, size, i), "round trip");
      }
    }
    Scorer scorer = Scorer.of(ins).withAdjustments(c.adjustments()).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT);
    CompiledInstrument base = CompiledInstrument.of(ins);
    CompiledInstrument adjusted = base.withAdjustments(c.adjustments());
    for (int k = 0; k < count; k++) {
      CityScore s = scorer.score(c.assessments().get(k));
      Map<String, Score> criteria = same(base, packed, k * size, bits, 3 + k * stride);
      assertEquals(s.standard(), base.score(base.points(bits, 3 + k * stride)));
      assertEquals(s.byCriterion(), criteria);
      if (adjusted.maximumUnits() > 0) {
        Map<String, Score> adjustedCriteria = same(adjusted, packed, k * size, bits, 3 + k * stride);
        if (!c.adjustments().isEmpty()) {
          AdjustedScore a = s.adjusted().orElseThrow();
          assertEquals(a.score(), adjusted.score(adjusted.points(bits, 3 + k * stride)));
          assertEquals(a.byCriterion(), adjustedCriteria);
        }
      }
    }
  }

  /** Both layouts and both bit strategies give the same units; the criterion scores, as the scorer builds them. */
  private static Map<String, Score> same(CompiledInstrument c, int[] packed, int packedOffset, long[] bits, int offset) {
    long[] fromInts = new long[c.resultLength()];
    c.score(packed, packedOffset, fromInts);
    long[] fromBits = new long[c.resultLength()];
    c.score(bits, offset, fromBits);
    assertArrayEquals(fromInts, fromBits);
    long[] forced = new long[c.resultLength()];
    c.bitScoring(0).score(bits, offset, forced); // bit by bit
    assertArrayEquals(fromInts, forced);
    c.bitScoring(Integer.MAX_VALUE).score(bits, offset, forced); // popcounts per weight class
    assertArrayEquals(fromInts, forced);
    assertEquals(fromInts[0], c.points(packed, packedOffset));
    assertEquals(fromInts[0], c.points(bits, offset));
    assertEquals(fromInts[0], c.bitScoring(0).points(bits, offset));
    assertEquals(fromInts[0], c.bitScoring(Integer.MAX_VALUE).points(bits, offset));
    Map<String, Score> byCriterion = new LinkedHashMap<>();
    for (int k = 0; k < c.criterionCount(); k++) {
      long max = c.criterionMaximumUnits(k);
      if (max == 0) {
        continue; // every indicator of the criterion excluded: the scorer leaves it out
      }
      byCriterion.put(c.criterionCode(k), new Score(c.toPoints(fromBits[1 + k]), c.toPoints(max)));
    }
    return byCriterion;
  }
}
