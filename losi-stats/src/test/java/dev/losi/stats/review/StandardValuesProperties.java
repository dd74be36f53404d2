package dev.losi.stats.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The compiled scoring entry of {@link AssessmentAnswers#standardValues()} (the fast path under
 * {@code CityLosiInterval}) equals, bit for bit, the object path it stands for (the second implementation:
 * {@link AssessmentAnswers#score(Scorer)} with {@code Scorer.of(instrument).withMissingAnswers(COUNT_AS_ABSENT)},
 * {@code CityScore.standard().value()}), over the random instruments (weights 1, 0.7, 0.1, 2.5) and assessments
 * of {@link PackedViewsProperties}, missing answers, NA and channels included; and it is empty exactly when the
 * object path reports a problem (another instrument, an unknown indicator), which it then still reports.
 */
class StandardValuesProperties {

  @Property(tries = 300)
  void standardValuesEqualTheScorerPath(@ForAll long seed) {
    Random rnd = new Random(seed);
    Instrument ins = PackedViewsProperties.instrument(rnd, true);
    List<Assessment> as = PackedViewsProperties.assessments(rnd, ins);
    AssessmentAnswers answers = AssessmentAnswers.of(ins, as);
    Scorer scorer = Scorer.of(ins).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT);
    Optional<double[]> fast = answers.standardValues();
    if (fast.isEmpty()) {
      assertThrows(LosiValidationException.class, () -> answers.score(scorer));
      return;
    }
    List<CityScore> slow = answers.score(scorer);
    assertEquals(slow.size(), fast.get().length);
    assertEquals(slow.size(), answers.cities().size());
    for (int k = 0; k < slow.size(); k++) {
      assertEquals(Double.doubleToRawLongBits(slow.get(k).standard().value()),
          Double.doubleToRawLongBits(fast.get()[k]), "assessment " + k);
      assertTrue(slow.get(k).city() == answers.cities().get(k), "city of assessment " + k);
    }
  }
}
