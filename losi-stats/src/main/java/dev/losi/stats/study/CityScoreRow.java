package dev.losi.stats.study;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.City;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import dev.losi.stats.SourceLocated;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One city's LOSI result for the OSI-LOSI study: the city, its country (ISO 3166-1 alpha-3 code or
 * country name), the LOSI value in [0, 1] and, optionally, per-criterion LOSI sub-indices in [0, 1]
 * keyed by criterion code (for example {@code SP} for services provision).
 *
 * <pre>{@code
 * CityScoreRow row = CityScoreRow.builder().city("Copenhagen").country("Denmark").losi(0.9063)
 *     .putCriterion("SP", 0.95).line(2).build();
 * }</pre>
 *
 * <p>Invalid values (blank names, an index outside [0, 1] or not finite) are reported together in one
 * {@link dev.losi.core.LosiValidationException} naming the city, the field and, when given, the source and
 * line ({@link SourceLocated}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CityScoreRow implements SourceLocated {

  CityScoreRow() {}

  /** {@return the city's name} */
  public abstract String city();

  /**
   * {@return the city's stable identifier from the domain model ({@link dev.losi.core.City#id()}, for example
   * {@code DK-CPH}), when the row was built from one; shown in messages. Cities are still joined and checked for duplicates by
   * name within their country}
   */
  public abstract Optional<String> cityId();

  /** {@return the country as an ISO 3166-1 alpha-3 code ({@code DNK}) or a name ({@code Denmark}, {@code Republic of Korea})} */
  public abstract String country();

  /** {@return the city's LOSI value in [0, 1]} */
  public abstract double losi();

  /** {@return LOSI sub-indices by criterion code, each in [0, 1]; empty when not given} */
  public abstract Map<String, Double> criteria();

  /**
   * Starts a row.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A row with only city, country and LOSI.
   *
   * @param city the city's name
   * @param country an ISO 3166-1 alpha-3 code or a UN country name
   * @param losi the LOSI in [0, 1]
   * @return the row, without criteria, source or line
   */
  public static CityScoreRow of(String city, String country, double losi) {
    return builder().city(city).country(country).losi(losi).build();
  }

  /**
   * A row for a scored city of the domain model: its name, its ISO3 country code, the LOSI and the
   * criterion sub-indices (for example a scoring result's standard LOSI and per-criterion values).
   *
   * @param city the city; {@link City#country()} is already an ISO 3166-1 alpha-3 code
   * @param losi the LOSI value in [0, 1]
   * @param criteria sub-indices in [0, 1] by criterion code; may be empty
   * @return the row
   */
  public static CityScoreRow of(City city, double losi, Map<String, Double> criteria) {
    return builder().city(city.name()).cityId(city.id()).country(city.country()).losi(losi).criteria(criteria)
        .build();
  }

  /**
   * A row for a scoring result ({@link dev.losi.core.scoring.Scorer#score}): the city's name and id, its ISO3
   * country code, the <em>standard</em> LOSI ({@link CityScore#losi()}, weighted points present over the
   * instrument's maximum) and the standard sub-index of each criterion in {@link CityScore#byCriterion()}
   * ({@link Score#value()}, in instrument order; criteria without indicators are absent there and here).
   * The adjusted and local scores are not used: the study compares cities on the common standard. A city
   * scored by several assessors gives several rows; reconcile or average them first, since
   * {@link OsiLosiStudy#run()} rejects the same city twice in one country.
   *
   * @param score a scoring result
   * @return the row, without source or line
   */
  public static CityScoreRow from(CityScore score) {
    Map<String, Double> criteria = new LinkedHashMap<>();
    score.byCriterion().forEach((code, s) -> criteria.put(code, s.value()));
    return of(score.city(), score.losi(), criteria);
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    Problem.Builder base = problemAt();
    if (!city().isBlank()) {
      base.city(city());
    }
    StudyChecks.name(problems, base, "city", city());
    cityId().ifPresent(id -> StudyChecks.name(problems, base, "city id", id));
    StudyChecks.name(problems, base, "country", country());
    StudyChecks.index(problems, base, "losi", losi());
    criteria().forEach((k, v) -> {
      StudyChecks.name(problems, base, "criterion code", k);
      StudyChecks.index(problems, base, "criterion " + k, v);
    });
    problems.throwIfAny();
  }

  /**
   * Builds {@link CityScoreRow}s.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCityScoreRow.Builder {
    Builder() {}
  }
}
