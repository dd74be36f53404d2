package dev.losi.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A documented decision to adjust LOSI to a country's governance system. Adjustments are never
 * applied silently: the adjusted LOSI is reported beside the standard one together with the list of
 * adjustments used.
 *
 * <p>Which fields an adjustment needs depends on its {@link #kind()}:
 * <table>
 *   <caption>Fields by kind</caption>
 *   <tr><th>kind</th><th>{@link #indicator()}</th><th>{@link #acceptedChannels()}</th>
 *       <th>{@link #weight()}</th><th>{@link #localIndicator()}</th></tr>
 *   <tr><td>{@link AdjustmentKind#EXCLUDE_INDICATOR}</td><td>required</td><td>empty</td><td>empty</td><td>empty</td></tr>
 *   <tr><td>{@link AdjustmentKind#ACCEPT_CHANNEL}</td><td>required</td><td>required, no MGP channel</td><td>empty</td><td>empty</td></tr>
 *   <tr><td>{@link AdjustmentKind#REWEIGHT}</td><td>required</td><td>empty</td><td>required, finite, &gt; 0</td><td>empty</td></tr>
 *   <tr><td>{@link AdjustmentKind#ADD_LOCAL_INDICATOR}</td><td>empty</td><td>empty</td><td>empty</td><td>required</td></tr>
 * </table>
 *
 * <p>Whether the named indicator exists in the instrument is checked when the adjustment is used
 * with that instrument.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CountryAdjustment {

  CountryAdjustment() {}

  /** {@return an identifier for reports, unique within a set of adjustments, for example {@code BRA-01}} */
  public abstract String id();

  /** {@return the country as an ISO 3166-1 alpha-3 code, for example {@code BRA}} */
  public abstract String country();

  /** {@return the id of the instrument the adjustment applies to} */
  public abstract String instrumentId();

  /** {@return the kind of adjustment} */
  public abstract AdjustmentKind kind();

  /** {@return why the adjustment was made (required, not blank)} */
  public abstract String rationale();

  /** {@return who decided it (required, not blank)} */
  public abstract String decidedBy();

  /** {@return when it was decided} */
  public abstract LocalDate decidedOn();

  /** {@return the indicator adjusted (all kinds but {@link AdjustmentKind#ADD_LOCAL_INDICATOR})} */
  public abstract Optional<String> indicator();

  /** {@return the channels accepted ({@link AdjustmentKind#ACCEPT_CHANNEL} only)} */
  public abstract Set<Channel> acceptedChannels();

  /** {@return the new weight ({@link AdjustmentKind#REWEIGHT} only)} */
  public abstract OptionalDouble weight();

  /** {@return the local indicator added ({@link AdjustmentKind#ADD_LOCAL_INDICATOR} only)} */
  public abstract Optional<Indicator> localIndicator();

  /** {@return the ids of the cities it applies to; empty means every city of the country} */
  public abstract Set<String> cities();

  /**
   * {@return true when this adjustment applies to the given city (same country, and listed if a list is given)}
   *
   * @param city the city to test
   */
  public boolean appliesTo(City city) {
    return city.country().equals(country()) && (cities().isEmpty() || cities().contains(city.id()));
  }

  /**
   * Starts an adjustment.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = Checks.startWithCode("id", id());
    Checks.code(problems, "instrumentId", instrumentId(), Problem.builder());
    Checks.notBlank(problems, "rationale", rationale(), Problem.builder());
    Checks.notBlank(problems, "decidedBy", decidedBy(), Problem.builder());
    Checks.country(problems, country(), Problem.builder());
    boolean needsIndicator = kind() != AdjustmentKind.ADD_LOCAL_INDICATOR;
    if (needsIndicator && indicator().isEmpty()) {
      problems.add(Problem.builder().field("indicator").message("is required for " + kind()).build());
    }
    if (!needsIndicator && indicator().isPresent()) {
      problems.add(Problem.builder().field("indicator").value(indicator().get())
          .message("must be empty for " + kind() + " (the local indicator carries its own code)").build());
    }
    indicator().ifPresent(code -> Checks.code(problems, "indicator", code, Problem.builder()));
    if (kind() == AdjustmentKind.ACCEPT_CHANNEL) {
      if (acceptedChannels().isEmpty()) {
        problems.add(Problem.builder().field("acceptedChannels").message("is required for ACCEPT_CHANNEL").build());
      }
      for (Channel c : acceptedChannels()) {
        if (c.isMunicipalPortal()) {
          problems.add(Problem.builder().field("acceptedChannels").value(c.name())
              .message("always counts already; name only non-MGP channels").build());
        }
      }
    } else if (!acceptedChannels().isEmpty()) {
      problems.add(Problem.builder().field("acceptedChannels").message("must be empty for " + kind()).build());
    }
    if (kind() == AdjustmentKind.REWEIGHT) {
      if (weight().isEmpty()) {
        problems.add(Problem.builder().field("weight").message("is required for REWEIGHT").build());
      } else if (!(weight().getAsDouble() > 0) || Double.isInfinite(weight().getAsDouble())) {
        problems.add(Problem.builder().field("weight").value(NumberText.shortest(weight().getAsDouble()))
            .message("must be a finite number > 0").build());
      }
    } else if (weight().isPresent()) {
      problems.add(Problem.builder().field("weight").message("must be empty for " + kind()).build());
    }
    if (kind() == AdjustmentKind.ADD_LOCAL_INDICATOR) {
      if (localIndicator().isEmpty()) {
        problems.add(Problem.builder().field("localIndicator").message("is required for ADD_LOCAL_INDICATOR").build());
      }
    } else if (localIndicator().isPresent()) {
      problems.add(Problem.builder().field("localIndicator").message("must be empty for " + kind()).build());
    }
    problems.throwIfAny();
  }

  /**
   * Builds {@link CountryAdjustment}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableCountryAdjustment.Builder {
    Builder() {}
  }
}
