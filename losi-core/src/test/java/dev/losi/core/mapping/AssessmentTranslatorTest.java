package dev.losi.core.mapping;

import static dev.losi.core.Answer.ABSENT;
import static dev.losi.core.Answer.NOT_APPLICABLE;
import static dev.losi.core.Answer.NOT_ASSESSED;
import static dev.losi.core.Answer.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translation along the hand-built mapping of {@link Fixtures}; expected answers worked out by hand. */
class AssessmentTranslatorTest {

  private static Assessment cityA() {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("a1", PRESENT);
    m.put("a2", ABSENT);
    m.put("a3", NOT_APPLICABLE);
    m.put("a4", PRESENT);
    m.put("a5", PRESENT);
    m.put("a6", ABSENT);
    m.put("a7", PRESENT);
    return Fixtures.assessment("T-A", "C1", m);
  }

  @Test
  void conservativeRules() {
    Translation t = AssessmentTranslator.translate(Fixtures.aToB(), cityA(), TranslationRules.conservative());
    Assessment b = t.assessment();
    assertEquals("T-B", b.instrumentId());
    assertEquals(PRESENT, b.answer("b1"));
    assertEquals(ABSENT, b.answer("b2"));
    assertEquals(NOT_APPLICABLE, b.answer("b3"));
    assertEquals(NOT_ASSESSED, b.answer("b4"));   // split left not assessed
    assertEquals(NOT_ASSESSED, b.answer("b5"));
    assertEquals(ABSENT, b.answer("b6"));         // all present? a6 is absent
    assertEquals(NOT_ASSESSED, b.answer("b7"));   // added
    assertEquals(List.of("b1", "b2", "b3", "b6"), t.translated().stream().map(Translation.Translated::toCode).toList());
    assertEquals(List.of("b4", "b5", "b7"), t.notTranslated().stream().map(Translation.NotTranslated::toCode).toList());
    assertEquals("added in T-B: no source in T-A", t.notTranslated().get(2).reason());
    assertEquals(List.of("a4", "a7"), t.dropped().stream().map(Translation.Dropped::fromCode).toList());
    assertEquals(PRESENT, t.dropped().get(1).answer());
  }

  @Test
  void generousRules() {
    TranslationRules rules = TranslationRules.conservative().withMergeRule(TranslationRules.MergeRule.ANY_PRESENT)
        .withSplitRule(TranslationRules.SplitRule.COPY_TO_EVERY_TARGET);
    Translation t = AssessmentTranslator.translate(Fixtures.aToB(), cityA(), rules);
    assertEquals(PRESENT, t.assessment().answer("b4"));
    assertEquals(PRESENT, t.assessment().answer("b5"));
    assertEquals(PRESENT, t.assessment().answer("b6")); // any present: a5 is present
    assertEquals(List.of("b7"), t.notTranslated().stream().map(Translation.NotTranslated::toCode).toList());
    assertEquals(List.of("a7"), t.dropped().stream().map(Translation.Dropped::fromCode).toList());
    assertEquals("merged: any present", t.translated().stream().filter(x -> x.toCode().equals("b6")).findFirst().orElseThrow().how());
  }

  /** The merge truth table, written out by hand (P present, A absent, N not applicable, ? not assessed). */
  @Test
  void mergeTruthTable() {
    String[][] table = {
        // sources, all-present result, any-present result
        {"PP", "P", "P"}, {"PA", "A", "P"}, {"AA", "A", "A"}, {"NN", "N", "N"}, {"NA", "A", "A"},
        {"PN", "A", "P"}, {"P?", "?", "P"}, {"A?", "A", "?"}, {"N?", "A", "?"}, {"??", "?", "?"}, {"PPA", "A", "P"}};
    for (String[] row : table) {
      List<Answer> sources = row[0].chars().mapToObj(ch -> answer((char) ch)).toList();
      assertEquals(answer(row[1].charAt(0)), AssessmentTranslator.combine(sources, TranslationRules.MergeRule.ALL_PRESENT), row[0]);
      assertEquals(answer(row[2].charAt(0)), AssessmentTranslator.combine(sources, TranslationRules.MergeRule.ANY_PRESENT), row[0]);
    }
  }

  private static Answer answer(char c) {
    return switch (c) {
      case 'P' -> PRESENT;
      case 'A' -> ABSENT;
      case 'N' -> NOT_APPLICABLE;
      default -> NOT_ASSESSED;
    };
  }

  @Test
  void missingSourcesAreListedNotGuessed() {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("a1", PRESENT);
    Translation t = AssessmentTranslator.translate(Fixtures.aToB(), Fixtures.assessment("T-A", "C2", m), TranslationRules.conservative());
    assertEquals(List.of("b1"), t.translated().stream().map(Translation.Translated::toCode).toList());
    assertTrue(t.notTranslated().stream().anyMatch(n -> n.toCode().equals("b2") && n.reason().equals("source [a2] not assessed (copied)")),
        t.notTranslated().toString());
    assertEquals(1, t.assessment().responses().size());
  }

  @Test
  void wrongInstrumentAndUnknownCodesAreReportedTogether() {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("a1", PRESENT);
    m.put("zz", PRESENT);
    m.put("yy", ABSENT);
    Assessment bad = Fixtures.assessment("T-A", "C3", m);
    Assessment wrong = Fixtures.assessment("T-B", "C4", Map.of("b1", PRESENT));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentTranslator.translateAll(Fixtures.aToB(), List.of(bad, wrong), TranslationRules.conservative()));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertEquals("city \"C3\" assessor \"UN\" indicator \"zz\": indicator \"zz\" is not an indicator of T-A", e.problems().get(0).toString());
    assertEquals("city \"C4\" assessor \"UN\": instrumentId \"T-B\" is not the instrument the mapping starts from, T-A",
        e.problems().get(2).toString());
  }
}
