package dev.losi.core;

import org.immutables.value.Value;

/**
 * Where one field of an {@link Indicator} (for example {@code criterion} or {@code channelScope})
 * comes from: published, or reconstructed with a one-line reason.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FieldProvenance {

  FieldProvenance() {}

  /** {@return the field name, for example {@code criterion}, {@code channelScope} or {@code code}} */
  public abstract String field();

  /** {@return published or reconstructed} */
  public abstract ProvenanceStatus status();

  /** {@return one line saying why the value is what it is, or where it was published} */
  public abstract String reason();

  /**
   * A provenance record.
   *
   * @param field the indicator field described, for example {@code title}
   * @param status published or reconstructed
   * @param reason why the value is what it is, or where it was published
   * @return the record
   */
  public static FieldProvenance of(String field, ProvenanceStatus status, String reason) {
    return builder().field(field).status(status).reason(reason).build();
  }

  /**
   * Starts a provenance record.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    if (field().isBlank()) {
      problems.add(Problem.builder().field("field").message("must not be blank").build());
    }
    if (reason().isBlank()) {
      problems.add(Problem.builder().field("reason").message("must not be blank").build());
    }
    problems.throwIfAny();
  }

  /**
   * Builds {@link FieldProvenance}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableFieldProvenance.Builder {
    Builder() {}
  }
}
