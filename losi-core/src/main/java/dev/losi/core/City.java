package dev.losi.core;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A city (municipality) whose government portal is assessed.
 *
 * <p>The {@link #id()} identifies the city across assessments; the {@link #name()} may be in any
 * script (São Paulo, Ciudad de México, አዲስ አበባ, القاهرة).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class City {

  City() {}

  /** {@return a stable identifier, for example {@code BR-SAO} or a national municipality code} */
  public abstract String id();

  /** {@return the city's name, in any script} */
  public abstract String name();

  /** {@return the country as an ISO 3166-1 alpha-3 code in upper case, for example {@code BRA}} */
  public abstract String country();

  /** {@return the population, when known (0 or more)} */
  public abstract OptionalLong population();

  /** {@return a size class used for grouping, for example {@code large} or {@code 100k-500k}} */
  public abstract Optional<String> sizeClass();

  /** {@return a region used for grouping, for example a state or province} */
  public abstract Optional<String> region();

  /**
   * A city with id, name and country.
   *
   * @param id a stable identifier, for example {@code BR-SAO}
   * @param name the city's name, in any script
   * @param country the ISO 3166-1 alpha-3 code, for example {@code BRA}
   * @return the city, without population, region or size class
   */
  public static City of(String id, String name, String country) {
    return builder().id(id).name(name).country(country).build();
  }

  /**
   * Starts a city.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = Checks.startWithCode("id", id());
    Problem.Builder at = id().isBlank() ? Problem.builder() : Problem.builder().city(id());
    Checks.notBlank(problems, "name", name(), at);
    Checks.country(problems, country(), id().isBlank() ? Problem.builder() : Problem.builder().city(id()));
    if (population().isPresent() && population().getAsLong() < 0) {
      problems.add((id().isBlank() ? Problem.builder() : Problem.builder().city(id())).field("population")
          .value(Long.toString(population().getAsLong())).message("must be 0 or more").build());
    }
    problems.throwIfAny();
  }

  /**
   * Builds {@link City} values. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCity.Builder {
    Builder() {}
  }
}
