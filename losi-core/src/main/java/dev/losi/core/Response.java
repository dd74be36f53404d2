package dev.losi.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessor's answer for one indicator, with optional evidence.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Response {

  Response() {}

  /** {@return the indicator code, for example {@code #255}} */
  public abstract String indicator();

  /** {@return the answer} */
  public abstract Answer answer();

  /** {@return the evidence supporting the answer, if recorded} */
  public abstract Optional<Evidence> evidence();

  /**
   * A response without evidence.
   *
   * @param indicator the indicator code
   * @param answer the answer
   * @return the response
   */
  public static Response of(String indicator, Answer answer) {
    return builder().indicator(indicator).answer(answer).build();
  }

  /**
   * A response with evidence.
   *
   * @param indicator the indicator code
   * @param answer the answer
   * @param evidence the channels the answer was found on
   * @return the response
   */
  public static Response of(String indicator, Answer answer, Evidence evidence) {
    return builder().indicator(indicator).answer(answer).evidence(evidence).build();
  }

  /**
   * Starts a response.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = Checks.startWithCode("indicator", indicator());
    problems.throwIfAny();
  }

  /**
   * Builds {@link Response}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
