package dev.losi.core;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One assessor's assessment of one city's portal against one instrument: a {@link Response} per
 * indicator.
 *
 * <p>An assessment is checked on its own when built (unique indicator codes); whether it is complete
 * and uses only the instrument's codes is checked when it is scored against the instrument. An
 * indicator without a response is treated as {@link Answer#NOT_ASSESSED}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /** {@return the city assessed} */
  public abstract City city();

  /** {@return the id of the instrument used, for example {@code LOSI-2024}} */
  public abstract String instrumentId();

  /** {@return the id of the assessor (or of the organisation, for consolidated results)} */
  public abstract String assessorId();

  /** {@return the date of the assessment, when recorded} */
  public abstract Optional<LocalDate> date();

  /** {@return the responses, at most one per indicator code, in the order given} */
  public abstract List<Response> responses();

  /**
   * {@return the response for an indicator, if there is one}
   *
   * @param indicatorCode an indicator code, for example {@code E1}
   */
  public Optional<Response> response(String indicatorCode) {
    Integer i = indexByCode().get(indicatorCode);
    return i == null ? Optional.empty() : Optional.of(responses().get(i));
  }

  /**
   * {@return the answer for an indicator; {@link Answer#NOT_ASSESSED} when there is no response}
   *
   * @param indicatorCode an indicator code, for example {@code E1}
   */
  public Answer answer(String indicatorCode) {
    return response(indicatorCode).map(Response::answer).orElse(Answer.NOT_ASSESSED);
  }

  @Value.Lazy
  @Value.Auxiliary
  Map<String, Integer> indexByCode() {
    return Checks.firstIndexByKey(responses(), Response::indicator);
  }

  /**
   * Starts an assessment.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    Problem.Builder at = Problem.builder().city(city().id());
    Checks.code(problems, "instrumentId", instrumentId(), at);
    Checks.code(problems, "assessorId", assessorId(), Problem.builder().city(city().id()));
    Set<String> seen = new HashSet<>();
    for (Response r : responses()) {
      if (!seen.add(r.indicator())) {
        problems.add(Problem.builder().city(city().id()).assessor(assessorId()).indicator(r.indicator())
            .message("has more than one response in the same assessment").build());
      }
    }
    problems.throwIfAny();
  }

  /**
   * Builds {@link Assessment}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
