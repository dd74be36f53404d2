package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording of scoring problems: counts agree with their noun (issue 15, item 5: "1 local indicators"). */
class ScoringProblemsTest {

  private static final Assessment A = Assessment.builder().city(City.of("c1", "Calonda", "BRA"))
      .instrumentId("T").assessorId("A").build();

  @Test
  void oneLocalIndicatorIsSingular() {
    assertEquals("city \"c1\" assessor \"A\": answers 1 local indicator not assessed: BR-01 (to count them as absent, "
        + ScoringProblems.COUNT_AS_ABSENT_REMEDY + ")", ScoringProblems.localIncomplete(A, List.of("BR-01")).toString());
    assertEquals("city \"c1\" assessor \"A\": answers 2 local indicators not assessed: BR-01, BR-02 (to count them as"
        + " absent, use the COUNT_AS_ABSENT missing-answer policy)",
        ScoringProblems.localIncomplete(A, List.of("BR-01", "BR-02")).toString());
  }

  /** "answers 1 of 1 indicators" was the wording for a one-indicator instrument on 93d9180. */
  @Test
  void anInstrumentOfOneIndicatorIsSingular() {
    assertEquals("city \"c1\" assessor \"A\": answers 1 of 1 indicator not assessed, so the assessment is incomplete: #1"
        + " (to count them as absent, " + ScoringProblems.COUNT_AS_ABSENT_REMEDY + ")",
        ScoringProblems.incomplete(A, List.of("#1"), 1).toString());
    assertEquals("city \"c1\" assessor \"A\": answers 1 of 2 indicators not assessed, so the assessment is incomplete: #1"
        + " (to count them as absent, " + ScoringProblems.COUNT_AS_ABSENT_REMEDY + ")",
        ScoringProblems.incomplete(A, List.of("#1"), 2).toString());
  }
}
