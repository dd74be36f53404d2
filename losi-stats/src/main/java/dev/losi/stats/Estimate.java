package dev.losi.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of a statistic: either a defined value, with an optional standard error, confidence
 * interval and p-value, or <em>undefined</em> with the reason (for example "only one category was
 * used", "n &lt; 3", "x is constant"). A statistic never returns a silent {@code NaN}: undefined cases
 * are reported here instead, and the caller decides what to do.
 *
 * <pre>{@code
 * Estimate kappa = ...;
 * if (kappa.isDefined()) {
 *   System.out.println(kappa.value() + " ± " + kappa.standardError().orElse(Double.NaN));
 * } else {
 *   System.out.println("undefined: " + kappa.undefinedReason().orElseThrow());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Estimate {

  Estimate() {}

  /** {@return the name of the statistic, for example {@code cohen_kappa} or {@code pearson}} */
  public abstract String statistic();

  /** The value; {@code NaN} only when undefined (use {@link #value()} to read it safely). */
  abstract double rawValue();

  /** {@return why the statistic is undefined; empty when it is defined} */
  public abstract Optional<String> undefinedReason();

  /** {@return the standard error, when the method gives one} */
  public abstract OptionalDouble standardError();

  /** {@return the confidence interval, when the method gives one} */
  public abstract Optional<ConfidenceInterval> confidenceInterval();

  /** {@return the two-sided p-value of the usual null hypothesis (no agreement beyond chance, zero correlation), when computed} */
  public abstract OptionalDouble pValue();

  /** {@return true when the statistic has a value} */
  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /**
   * The value.
   *
   * @return the estimate's value
   * @throws IllegalStateException when the statistic is undefined; the message gives the reason
   */
  public double value() {
    if (!isDefined()) {
      throw new IllegalStateException(statistic() + " is undefined: " + undefinedReason().get());
    }
    return rawValue();
  }

  /** {@return the value if defined, else empty} */
  public OptionalDouble valueIfDefined() {
    return isDefined() ? OptionalDouble.of(rawValue()) : OptionalDouble.empty();
  }

  /**
   * A defined estimate with only a value.
   *
   * @param statistic the statistic's name, for example {@code cohen_kappa}
   * @param value the value
   * @return the estimate, without standard error, interval or p-value
   */
  public static Estimate of(String statistic, double value) {
    return builder(statistic, value).build();
  }

  /**
   * Starts a defined estimate, to which a standard error, interval and p-value can be added.
   *
   * @param statistic the statistic's name, for example {@code cohen_kappa}
   * @param value the value
   * @return a builder holding the name and value
   */
  public static Builder builder(String statistic, double value) {
    return new Builder().statistic(statistic).rawValue(value);
  }

  /**
   * An undefined estimate with the reason.
   *
   * @param statistic the statistic's name, for example {@code cohen_kappa}
   * @param reason why it is undefined, for example {@code no variation in x}
   * @return the estimate, {@link #isDefined()} false
   */
  public static Estimate undefined(String statistic, String reason) {
    return new Builder().statistic(statistic).rawValue(Double.NaN).undefinedReason(reason).build();
  }

  /**
   * Builds {@link Estimate} values: start with {@link #builder(String, double)}, add {@code standardError},
   * {@code confidenceInterval} and {@code pValue}, then {@code build()}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (isDefined() && !Double.isFinite(rawValue())) {
      throw new IllegalArgumentException(statistic() + ": a defined estimate needs a finite value, got " + rawValue()
          + " (report it as undefined with a reason instead)");
    }
    if (!isDefined() && (standardError().isPresent() || confidenceInterval().isPresent() || pValue().isPresent())) {
      throw new IllegalArgumentException(statistic() + ": an undefined estimate carries no standard error, interval or p-value");
    }
    if (undefinedReason().isPresent() && undefinedReason().get().isBlank()) {
      throw new IllegalArgumentException(statistic() + ": the reason for an undefined estimate must not be blank");
    }
  }

  @Override
  public String toString() {
    if (!isDefined()) {
      return statistic() + " = undefined (" + undefinedReason().get() + ")";
    }
    StringBuilder sb = new StringBuilder(statistic()).append(" = ").append(rawValue());
    standardError().ifPresent(se -> sb.append(", se ").append(se));
    confidenceInterval().ifPresent(ci -> sb.append(", CI ").append(ci));
    pValue().ifPresent(p -> sb.append(", p ").append(p));
    return sb.toString();
  }
}
