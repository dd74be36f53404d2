package dev.losi.core.scoring;

import dev.losi.core.City;
import dev.losi.core.level.Level;
import java.util.List;

/**
 * What every result of scoring one assessment (one city, one assessor, one instrument) states about its
 * standard LOSI, whether it was scored in memory ({@link CityScore}) or read back from a results file
 * ({@link dev.losi.core.results.RecordedResult}): who and what was scored, the standard points and maximum,
 * the answer counts and what did not count. Code that needs only these, such as a comparison of a fresh
 * score with a recorded one, can take either.
 *
 * @since 0.1.0
 */
public interface ScoredAssessment {

  /** {@return the city} */
  City city();

  /** {@return the assessor (or organisation) id} */
  String assessorId();

  /** {@return the id of the instrument scored with} */
  String instrumentId();

  /**
   * {@return the standard score: weighted points of the indicators present (after channel-scope downgrades)
   * over the instrument's maximum points}
   */
  Score standard();

  /** {@return how many indicators got each answer} */
  AnswerCounts counts();

  /**
   * {@return the MGP-specific indicators answered present that do not count in the standard LOSI because the
   * evidence names only non-MGP channels}
   */
  List<ChannelDowngrade> downgrades();

  /**
   * {@return the indicators answered not applicable for which no {@code EXCLUDE_INDICATOR} adjustment applies:
   * they score 0 in the standard and adjusted LOSI}
   */
  List<String> notApplicableWithoutAdjustment();

  /** {@return the standard LOSI value, in [0, 1]: {@code standard().value()}} */
  default double losi() {
    return standard().value();
  }

  /** {@return the level of the standard LOSI: {@code standard().level()}} */
  default Level level() {
    return standard().level();
  }
}
