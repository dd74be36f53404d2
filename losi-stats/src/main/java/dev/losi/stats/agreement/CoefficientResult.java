package dev.losi.stats.agreement;

import dev.losi.stats.Estimate;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one coefficient on one data set: either <em>applicable</em>, with an
 * {@link Estimate} (which may itself be undefined, with its reason), or <em>not applicable</em> to this
 * kind of data, with the reason (for example Cohen's kappa for three raters, or Fleiss' kappa with
 * missing ratings). Reports list the not-applicable ones under {@code "not_applicable"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoefficientResult {

  private final Coefficient coefficient;
  private final Estimate estimate;
  private final String notApplicableReason;

  private CoefficientResult(Coefficient coefficient, Estimate estimate, String notApplicableReason) {
    this.coefficient = Objects.requireNonNull(coefficient, "coefficient");
    this.estimate = estimate;
    this.notApplicableReason = notApplicableReason;
  }

  /**
   * {@return an applicable coefficient with its estimate (defined or undefined)}
   *
   * @param coefficient the coefficient
   * @param estimate its estimate
   */
  public static CoefficientResult of(Coefficient coefficient, Estimate estimate) {
    return new CoefficientResult(coefficient, Objects.requireNonNull(estimate, "estimate"), null);
  }

  /**
   * {@return a coefficient that does not apply to the data, with the reason}
   *
   * @param coefficient the coefficient
   * @param reason why it does not apply, for example {@code needs exactly two raters}
   */
  public static CoefficientResult notApplicable(Coefficient coefficient, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a not-applicable result needs a reason");
    }
    return new CoefficientResult(coefficient, null, reason);
  }

  /** {@return the coefficient} */
  public Coefficient coefficient() {
    return coefficient;
  }

  /** {@return true when the coefficient applies to the data (its estimate may still be undefined)} */
  public boolean isApplicable() {
    return estimate != null;
  }

  /**
   * The estimate.
   *
   * @return the estimate, defined or undefined
   * @throws IllegalStateException when the coefficient is not applicable; the message gives why
   */
  public Estimate estimate() {
    if (estimate == null) {
      throw new IllegalStateException(coefficient.key() + " is not applicable: " + notApplicableReason);
    }
    return estimate;
  }

  /** {@return the estimate when applicable} */
  public Optional<Estimate> estimateIfApplicable() {
    return Optional.ofNullable(estimate);
  }

  /** {@return why the coefficient is not applicable; empty when it is} */
  public Optional<String> notApplicableReason() {
    return Optional.ofNullable(notApplicableReason);
  }

  @Override
  public String toString() {
    return estimate != null ? estimate.toString() : coefficient.key() + " = not applicable (" + notApplicableReason + ")";
  }
}
