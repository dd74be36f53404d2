package dev.losi.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of mappings, composition, translation and comparison over random editions (see {@link Fixtures#randomNext}). */
class MappingProperties {

  @Provide
  Arbitrary<List<Boolean>> patterns() {
    return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Integer>> ops() {
    return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Arbitraries.of(Answer.class).list().ofMinSize(1).ofMaxSize(15);
  }

  @Provide
  Arbitrary<TranslationRules> rules() {
    return Arbitraries.of(TranslationRules.MergeRule.class).flatMap(mr -> Arbitraries.of(TranslationRules.SplitRule.class)
        .map(sr -> new TranslationRules(mr, sr)));
  }

  private static Set<Link> rowSet(EditionMapping m) {
    Set<Link> s = new HashSet<>(m.resolvedLinks());
    assertEquals(m.resolvedLinks().size(), s.size(), "duplicate rows");
    return s;
  }

  /** Mapping an edition onto itself with identity links changes no answer, drops nothing, and changes no score. */
  @Property(tries = 300)
  void identityChangesNothing(@ForAll("patterns") List<Boolean> pattern, @ForAll("answers") List<Answer> answers,
      @ForAll("rules") TranslationRules rules) {
    Instrument a = Fixtures.randomInstrument("A", pattern);
    Assessment x = Fixtures.assessment(a, "C", answers);
    EditionMapping id = EditionMapping.identity(a);
    Translation t = AssessmentTranslator.translate(id, x, rules);
    for (Indicator i : a.indicators()) {
      assertEquals(x.answer(i.code()), t.assessment().answer(i.code()), i.code());
    }
    assertTrue(t.dropped().isEmpty());
    LongitudinalReport r = LongitudinalComparison.compare(id, List.of(x), List.of(x), MissingAnswerPolicy.COUNT_AS_ABSENT);
    CityChange c = r.cities().get(0);
    assertEquals(0, c.coreChangeInIndicators());
    assertEquals(c.levelBefore(), c.levelAfter());
    assertEquals(c.officialBefore(), c.officialAfter());
  }

  /** Composing with an identity mapping, on either side, gives the mapping back. */
  @Property(tries = 300)
  void compositionWithIdentityIsTheMapping(@ForAll("patterns") List<Boolean> pattern, @ForAll("ops") List<Integer> ops) {
    EditionMapping m = Fixtures.randomNext(Fixtures.randomInstrument("A", pattern), "B", ops);
    Composition right = m.compose(EditionMapping.identity(m.to()));
    Composition left = EditionMapping.identity(m.from()).compose(m);
    assertEquals(rowSet(m), rowSet(right.mapping()));
    assertEquals(rowSet(m), rowSet(left.mapping()));
    assertEquals(m.coveredCriteria(), right.mapping().coveredCriteria());
    // the only losses are the mapping's own removals
    assertEquals(m.removedCodes(), right.losses().stream().map(Composition.Loss::fromCode).toList());
    assertTrue(right.losses().stream().allMatch(l -> l.kind() == Composition.LossKind.REMOVED_IN_FIRST));
  }

  /** Any chain of valid mappings composes into a valid mapping, and every removal it introduces is reported as a loss. */
  @Property(tries = 300)
  void compositionIsValidAndReportsEveryLoss(@ForAll("patterns") List<Boolean> pattern, @ForAll("ops") List<Integer> ops1,
      @ForAll("ops") List<Integer> ops2) {
    EditionMapping ab = Fixtures.randomNext(Fixtures.randomInstrument("A", pattern), "B", ops1);
    EditionMapping bc = Fixtures.randomNext(ab.to(), "C", ops2);
    Composition c = ab.compose(bc); // building it validates it
    Set<String> lost = new HashSet<>();
    c.losses().forEach(l -> lost.add(l.fromCode()));
    for (String removed : c.mapping().removedCodes()) {
      assertTrue(lost.contains(removed), removed + " removed without a loss: " + c.lossReport());
    }
    assertEquals(ab.from().size(), c.mapping().from().size());
  }

  /** A city whose answers did not change on the common core has zero change, whatever else changed. */
  @Property(tries = 300)
  void unchangedCoreMeansZeroChange(@ForAll("patterns") List<Boolean> pattern, @ForAll("ops") List<Integer> ops,
      @ForAll("answers") List<Answer> before, @ForAll("answers") List<Answer> other) {
    EditionMapping m = Fixtures.randomNext(Fixtures.randomInstrument("A", pattern), "B", ops);
    Assume.that(!m.commonCore().isEmpty());
    Assessment x = Fixtures.assessment(m.from(), "C", before);
    List<Response> rs = new ArrayList<>();
    int k = 0;
    for (Indicator i : m.to().indicators()) {
      List<String> src = m.sourcesOf(i.code());
      boolean core = m.relationTo(i.code()).map(Relation::isOneToOne).orElse(false);
      rs.add(Response.of(i.code(), core ? x.answer(src.get(0)) : other.get(k++ % other.size())));
    }
    Assessment y = Assessment.builder().city(x.city()).instrumentId(m.to().id()).assessorId("UN").responses(rs).build();
    CityChange c = LongitudinalComparison.compare(m, List.of(x), List.of(y), MissingAnswerPolicy.COUNT_AS_ABSENT).cities().get(0);
    assertEquals(0, c.coreChangeInIndicators());
    assertEquals(0.0, c.coreChange());
    assertEquals(c.coreBefore(), c.coreAfter());
    assertTrue(c.gained().isEmpty() && c.lost().isEmpty());
  }

  /** A translated assessment has the same core score as its source, and every B indicator is accounted for once. */
  @Property(tries = 300)
  void translationPreservesTheCoreAndAccountsForEverything(@ForAll("patterns") List<Boolean> pattern,
      @ForAll("ops") List<Integer> ops, @ForAll("answers") List<Answer> answers, @ForAll("rules") TranslationRules rules) {
    EditionMapping m = Fixtures.randomNext(Fixtures.randomInstrument("A", pattern), "B", ops);
    Assume.that(!m.commonCore().isEmpty());
    Assessment x = Fixtures.assessment(m.from(), "C", answers);
    Translation t = AssessmentTranslator.translate(m, x, rules);
    Set<String> seen = new HashSet<>();
    t.translated().forEach(tr -> assertTrue(seen.add(tr.toCode())));
    t.notTranslated().forEach(nt -> assertTrue(seen.add(nt.toCode())));
    assertEquals(m.to().size(), seen.size());
    CityChange c = LongitudinalComparison.compare(m, List.of(x), List.of(t.assessment()), MissingAnswerPolicy.COUNT_AS_ABSENT)
        .cities().get(0);
    assertEquals(0, c.coreChangeInIndicators());
  }

  /**
   * For any two assessments: the core change equals gained minus lost, lies in [-1, 1], and the
   * transition matrices' marginals count each city once at its level in each edition.
   */
  @Property(tries = 300)
  void changeIsGainedMinusLostAndMatricesAreConsistent(@ForAll("patterns") List<Boolean> pattern,
      @ForAll("ops") List<Integer> ops, @ForAll("answers") List<Answer> before, @ForAll("answers") List<Answer> after) {
    EditionMapping m = Fixtures.randomNext(Fixtures.randomInstrument("A", pattern), "B", ops);
    Assume.that(!m.commonCore().isEmpty());
    Assessment x = Fixtures.assessment(m.from(), "C", before);
    Assessment y = Fixtures.assessment(m.to(), "C", after);
    LongitudinalReport r = LongitudinalComparison.compare(m, List.of(x), List.of(y), MissingAnswerPolicy.COUNT_AS_ABSENT);
    CityChange c = r.cities().get(0);
    assertEquals(c.gained().size() - c.lost().size(), c.coreChangeInIndicators());
    assertTrue(c.coreChange() >= -1 && c.coreChange() <= 1);
    assertEquals(1, r.officialTransitions().count(c.levelBefore(), c.levelAfter()));
    assertEquals(1, r.coreTransitions().count(c.coreBefore().level(), c.coreAfter().level()));
    assertEquals(1, r.officialTransitions().before().get(c.levelBefore()));
    assertEquals(1, r.officialTransitions().after().get(c.levelAfter()));
  }

  /**
   * Composition agrees with translation: with the copy split rule and either merge rule, translating
   * an assessment through A to B and then B to C gives the same answer as translating it through the
   * composed A to C mapping, for every C indicator the composition gives a source.
   */
  @Property(tries = 300)
  void translatingThroughACompositionEqualsTranslatingTwice(@ForAll("patterns") List<Boolean> pattern,
      @ForAll("ops") List<Integer> ops1, @ForAll("ops") List<Integer> ops2, @ForAll("answers") List<Answer> answers,
      @ForAll TranslationRules.MergeRule mergeRule) {
    EditionMapping ab = Fixtures.randomNext(Fixtures.randomInstrument("A", pattern), "B", ops1);
    EditionMapping bc = Fixtures.randomNext(ab.to(), "C", ops2);
    EditionMapping ac = ab.compose(bc).mapping();
    TranslationRules rules = new TranslationRules(mergeRule, TranslationRules.SplitRule.COPY_TO_EVERY_TARGET);
    Assessment x = Fixtures.assessment(ab.from(), "C", answers);
    Assessment twice = AssessmentTranslator.translate(bc, AssessmentTranslator.translate(ab, x, rules).assessment(), rules)
        .assessment();
    Assessment once = AssessmentTranslator.translate(ac, x, rules).assessment();
    for (Indicator c : ac.to().indicators()) {
      if (ac.relationTo(c.code()).orElse(Relation.ADDED) != Relation.ADDED) {
        assertEquals(twice.answer(c.code()), once.answer(c.code()), c.code() + " via " + ac.sourcesOf(c.code()));
      }
    }
  }
}
