package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;

/**
 * The standard LOSI of an assessment in its own edition, shown beside the core scores: {@code points /
 * maximum}, where points are the summed weights of the indicators answered present and the maximum is
 * {@link Instrument#maximumPoints()} (LOSI 2022 Annex p. 202: each indicator is 1 if found, 0 if
 * absent or not found; the value is the share of points obtained). Not-applicable scores 0, as in the
 * standard LOSI. Official scores of different editions are computed on different indicator sets and
 * are not comparable with each other.
 *
 * @param points the points obtained
 * @param maximum the maximum points of the instrument
 * @param level the level, decided exactly on whole-number points when the instrument's weights are
 *     whole ({@link Level#of(long, long)}), else on the value ({@link Level#of(double)})
 */
public record OfficialScore(double points, double maximum, Level level) {

  /** The value {@code points / maximum}, in [0, 1]. */
  public double value() {
    return points / maximum;
  }

  /**
   * Scores an assessment against its instrument.
   *
   * @throws dev.losi.core.LosiValidationException if the assessment is of another instrument, or, under
   *     {@link MissingAnswers#REFUSE}, when indicators are not assessed (each one reported)
   */
  public static OfficialScore of(Instrument instrument, Assessment assessment, MissingAnswers missing) {
    ProblemCollector problems = new ProblemCollector();
    OfficialScore s = of(instrument, assessment, missing, problems);
    problems.throwIfAny();
    return s;
  }

  static OfficialScore of(Instrument instrument, Assessment assessment, MissingAnswers missing, ProblemCollector problems) {
    if (!assessment.instrumentId().equals(instrument.id())) {
      problems.add(Problem.builder().city(assessment.city().id()).assessor(assessment.assessorId()).field("instrumentId")
          .value(assessment.instrumentId()).message("is not " + instrument.id()).build());
      return null;
    }
    double points = 0;
    boolean complete = true;
    for (Indicator i : instrument.indicators()) {
      Answer a = assessment.answer(i.code());
      if (a == Answer.PRESENT) {
        points += i.weight();
      } else if (a == Answer.NOT_ASSESSED && missing == MissingAnswers.REFUSE) {
        complete = false;
        problems.add(Problem.builder().city(assessment.city().id()).assessor(assessment.assessorId()).indicator(i.code())
            .field("answer").message("is not assessed in " + instrument.id()
                + " (give an answer, or compare with missing answers counted as absent)").build());
      }
    }
    if (!complete) {
      return null;
    }
    double max = instrument.maximumPoints();
    Level level = instrument.hasWholeWeights() ? Level.of(Math.round(points), Math.round(max)) : Level.of(points / max);
    return new OfficialScore(points, max, level);
  }
}
