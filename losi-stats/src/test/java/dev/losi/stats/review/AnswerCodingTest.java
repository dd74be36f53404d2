package dev.losi.stats.review;

import static dev.losi.stats.review.Fixtures.INSTRUMENT;
import static dev.losi.stats.review.Fixtures.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Evidence;
import dev.losi.core.Response;
import dev.losi.core.scoring.Scorer;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4: the default coding of agreement is the one the score uses. Indicator #4 of the fixture
 * instrument is MGP-specific; assessor A found it PRESENT on social media only, which the channel-scope rule of
 * docs/scoring.md scores 0, and assessor B answered ABSENT. Both score the same points (hand count: A has #1
 * only, B has #1 only, 1 of 4 each), so the scored coding must find no disagreement, while the raw answers
 * (PRESENT against ABSENT) differ once.
 */
class AnswerCodingTest {

  private static List<Assessment> sample() {
    Assessment a = Assessment.builder().from(assess("X", "A", "PAA-"))
        .addResponses(Response.of("#4", Answer.PRESENT, Evidence.on(Channel.SOCIAL_MEDIA))).build();
    return List.of(a, assess("X", "B", "PAAA"));
  }

  @Test
  void scoredCodingAppliesTheChannelRuleAsTheScoreDoes() {
    List<Assessment> both = sample();
    Scorer scorer = Scorer.of(INSTRUMENT).withMissingAnswers(MissingAnswerPolicy.REJECT);
    assertEquals(scorer.score(both.get(0)).standard().value(),
        scorer.score(both.get(1)).standard().value(), "the oracle: both assessors score 1/4");

    AssessmentReview scored = AssessmentReview.of(INSTRUMENT, both);
    assertEquals(AnswerCoding.SCORED, scored.settings().coding());
    assertEquals(4, scored.overall().itemsCompared());
    assertEquals(0, scored.overall().itemsDisagreeing());

    AssessmentReview raw = AssessmentReview.of(INSTRUMENT, both, new ReviewSettings(0.05, AnswerCoding.AS_ANSWERED));
    assertEquals(1, raw.overall().itemsDisagreeing());
    assertEquals("#4", raw.disagreements().get(0).indicator().code());
  }

  @Test
  void aPresentOnThePortalStillCountsOne() {
    Assessment a = Assessment.builder().from(assess("X", "A", "PAA-"))
        .addResponses(Response.of("#4", Answer.PRESENT, Evidence.on(Channel.MGP))).build();
    assertEquals(1, AnswerCoding.SCORED.code(a, INSTRUMENT.indicators().get(3)));
    assertEquals(1, AnswerCoding.SCORED.code(Answer.PRESENT));
  }
}
