package dev.losi.stats;

import dev.losi.core.Problem;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An input value that remembers where it was read from, a file and a 1-based line or record in it, so that
 * every problem with it points there: a reviewer decision ({@link dev.losi.stats.review.ReviewerDecision}) or
 * a row of the OSI-LOSI study ({@link dev.losi.stats.study.CityScoreRow},
 * {@link dev.losi.stats.study.CountryOsiRow}). Both are empty for a value built in code.
 *
 * @since 0.1.0
 */
public interface SourceLocated {

  /** {@return where the value came from, for example the CSV file name, for messages} */
  Optional<String> source();

  /** {@return the 1-based line or record number in {@link #source()}, for messages} */
  OptionalLong line();

  /**
   * {@return a new problem builder that points at this value: its {@link #source()} and {@link #line()} set
   * when known, everything else still to be set}
   */
  default Problem.Builder problemAt() {
    Problem.Builder b = Problem.builder();
    source().ifPresent(b::source);
    line().ifPresent(b::line);
    return b;
  }
}
