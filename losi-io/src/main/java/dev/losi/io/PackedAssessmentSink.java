package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.Evidence;
import java.util.Map;

/**
 * Receives the assessments of {@link Assessments.Reader#readPacked} one at a time, as packed answers rather
 * than {@link dev.losi.core.Response} objects. Its one method has the shape of
 * {@code dev.losi.stats.review.AssessmentAnswers.Builder#add(Assessment, int[], Map)}, so such a builder's
 * {@code add} is a sink.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PackedAssessmentSink {

  /**
   * One assessment.
   *
   * @param header the city, instrument id, assessor id and date, and the responses to indicators outside the
   *     instrument (it may hold the responses to the instrument's indicators too, which {@code packed} stands for)
   * @param packed one {@link dev.losi.core.scoring.PackedAnswers packed answer} per indicator of the instrument,
   *     in instrument order, not assessed where no row answered; reused once this method returns, so copy it
   * @param evidence the evidence given for answers, by indicator position: at least every one with a URL or a
   *     note (any other answer's evidence is its channels, or none when it has none); not kept by the reader
   */
  void accept(Assessment header, int[] packed, Map<Integer, Evidence> evidence);
}
