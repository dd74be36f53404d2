package dev.losi.core;

import org.immutables.value.Value;

/**
 * A criterion: a group of indicators within an instrument, such as Content Provision.
 *
 * <p>LOSI 2022 and 2024 use five criteria, available as constants here; an instrument may declare
 * others (for example a rural LOSI).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Criterion {

  /** Institutional Framework (8 indicators in LOSI 2024). */
  public static final Criterion INSTITUTIONAL_FRAMEWORK = of("IF", "Institutional Framework");
  /** Content Provision (32 indicators in LOSI 2024). */
  public static final Criterion CONTENT_PROVISION = of("CP", "Content Provision");
  /** Services Provision (22 indicators in LOSI 2024). */
  public static final Criterion SERVICES_PROVISION = of("SP", "Services Provision");
  /** Participation and Engagement (18 indicators in LOSI 2024). */
  public static final Criterion PARTICIPATION_AND_ENGAGEMENT = of("PE", "Participation and Engagement");
  /** Technology (15 indicators in LOSI 2024). */
  public static final Criterion TECHNOLOGY = of("TEC", "Technology");

  Criterion() {}

  /** {@return the short code, for example {@code IF}, {@code CP}, {@code SP}, {@code PE} or {@code TEC}} */
  public abstract String code();

  /** {@return the full name, for example {@code Institutional Framework}} */
  public abstract String name();

  /**
   * A criterion with the given code and name.
   *
   * @param code the criterion code, for example {@code PE}
   * @param name the criterion's name
   * @return the criterion, without description
   */
  public static Criterion of(String code, String name) {
    return builder().code(code).name(name).build();
  }

  /**
   * Starts a criterion.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = Checks.startWithCode("code", code());
    Checks.notBlank(problems, "name", name(), Problem.builder());
    problems.throwIfAny();
  }

  /**
   * Builds {@link Criterion} values. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
