package dev.losi.stats.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.scoring.MissingAnswerPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityLosiIntervalTest {

  /**
   * Hand computation. C3 has three assessors: PPAAPPPP = 6/8, PPAAPPPA = 5/8, APAAPPPP = 5/8. Mean 16/24 =
   * 2/3; deviations 1/12, -1/24, -1/24; sum of squares 1/144 + 2/576 = 6/576; sd = sqrt(3/576) = 0.0721688;
   * se = sd / sqrt(3) = 1/24 = 0.0416667; t(2, 0.975) = 4.302653 (Student's table), so the 95% interval is
   * 0.666667 -/+ 0.179277 = [0.487389, 0.845944]. C4 and C6 have one assessor: undefined.
   */
  @Test
  void handComputedIntervalAndUndefinedForOneAssessor() {
    List<CityLosiInterval.Result> r = CityLosiInterval.of(StudyFixture.INSTRUMENT, StudyFixture.STUDY, List.of(),
        MissingAnswerPolicy.REJECT, 0.95);
    CityLosiInterval.Result c3 = r.stream().filter(x -> x.city().id().equals("C3")).findFirst().orElseThrow();
    assertEquals(2.0 / 3, c3.losi(), 1e-15);
    assertEquals(1.0 / 24, c3.estimate().standardError().getAsDouble(), 1e-15);
    assertEquals(2.0 / 3 - 4.302653 / 24, c3.estimate().confidenceInterval().get().lower(), 1e-6);
    assertEquals(2.0 / 3 + 4.302653 / 24, c3.estimate().confidenceInterval().get().upper(), 1e-6);
    assertFalse(c3.clipped());
    CityLosiInterval.Result c4 = r.stream().filter(x -> x.city().id().equals("C4")).findFirst().orElseThrow();
    assertFalse(c4.estimate().isDefined());
    assertTrue(c4.estimate().undefinedReason().get().startsWith("one assessor"));
  }

  /** C1: 5/8 and 4/8 (S on MGP-specific #3 does not count); t(1) = 12.706 makes the interval pass 0 and 1: clipped. */
  @Test
  void twoAssessorsGiveAWideClippedInterval() {
    CityLosiInterval.Result c1 = CityLosiInterval.of(StudyFixture.INSTRUMENT, StudyFixture.STUDY, List.of(),
        MissingAnswerPolicy.REJECT, 0.95).get(0);
    assertEquals("C1", c1.city().id());
    assertEquals(4.5 / 8, c1.losi(), 1e-15);
    assertEquals(1.0 / 16, c1.estimate().standardError().getAsDouble(), 1e-15);
    assertTrue(c1.clipped());
    assertEquals(0.0, c1.estimate().confidenceInterval().get().lower(), 0);
    assertEquals(1.0, c1.estimate().confidenceInterval().get().upper(), 0);
  }
}
