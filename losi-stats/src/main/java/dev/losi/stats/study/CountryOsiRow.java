package dev.losi.stats.study;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.SourceLocated;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One country's Online Service Index for the OSI-LOSI study: the country (ISO 3166-1 alpha-3 code or
 * name), its OSI in [0, 1] and, optionally, OSI sub-indices in [0, 1] keyed by the same criterion codes
 * as {@link CityScoreRow#criteria()} (or mapped with {@link OsiLosiStudy#withCriterionMapping}).
 *
 * <p>Invalid values are reported together in one {@link dev.losi.core.LosiValidationException}, naming the
 * source and line when given ({@link SourceLocated}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CountryOsiRow implements SourceLocated {

  CountryOsiRow() {}

  /** {@return the country as an ISO 3166-1 alpha-3 code or a name} */
  public abstract String country();

  /** {@return the Online Service Index in [0, 1]} */
  public abstract double osi();

  /** {@return OSI sub-indices by key, each in [0, 1]; empty when not given} */
  public abstract Map<String, Double> subIndices();

  /**
   * Starts a row.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A row with only country and OSI.
   *
   * @param country an ISO 3166-1 alpha-3 code or a country name
   * @param osi the Online Service Index in [0, 1]
   * @return the row, without sub-indices, source or line
   */
  public static CountryOsiRow of(String country, double osi) {
    return builder().country(country).osi(osi).build();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    Problem.Builder base = problemAt();
    StudyChecks.name(problems, base, "country", country());
    StudyChecks.index(problems, base, "osi", osi());
    subIndices().forEach((k, v) -> StudyChecks.index(problems, base, "sub-index " + k, v));
    problems.throwIfAny();
  }

  /**
   * Builds {@link CountryOsiRow}s.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCountryOsiRow.Builder {
    Builder() {}
  }
}
