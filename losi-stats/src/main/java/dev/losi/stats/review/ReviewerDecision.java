package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.SourceLocated;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reviewer's decision on one item (city and indicator) during reconciliation: the answer that goes
 * into the consensus assessment, who decided and why. A decision overrides the assessors' answers on
 * that item, whether they agreed or not.
 *
 * <p>The command line reads decisions from a CSV file; {@link #source()} and {@link #line()} (of
 * {@link SourceLocated}) record where each came from, so a problem with a decision points at its line.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewerDecision implements SourceLocated {

  ReviewerDecision() {}

  /** {@return the city id} */
  public abstract String city();

  /** {@return the indicator code, for example {@code #255}} */
  public abstract String indicator();

  /** {@return the decided answer: PRESENT, ABSENT or NOT_APPLICABLE (never NOT_ASSESSED)} */
  public abstract Answer answer();

  /** {@return who decided} */
  public abstract String reviewer();

  /** {@return why, if recorded} */
  public abstract Optional<String> note();

  /**
   * A decision without a note.
   *
   * @param city the city id
   * @param indicator the indicator code
   * @param answer the decided answer
   * @param reviewer who decided
   * @return the decision
   */
  public static ReviewerDecision of(String city, String indicator, Answer answer, String reviewer) {
    return builder().city(city).indicator(indicator).answer(answer).reviewer(reviewer).build();
  }

  /**
   * Starts a decision.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A problem builder pointing at this decision (source, line, city, indicator). */
  Problem.Builder where() {
    return problemAt().city(city()).indicator(indicator());
  }

  @Value.Check
  void check() {
    ProblemCollector problems = new ProblemCollector();
    if (city().isBlank()) {
      problems.add(where().field("city").message("must not be blank").build());
    }
    if (indicator().isBlank()) {
      problems.add(where().field("indicator").message("must not be blank").build());
    }
    if (reviewer().isBlank()) {
      problems.add(where().field("reviewer").message("must not be blank: every decision names its reviewer").build());
    }
    if (answer() == Answer.NOT_ASSESSED) {
      problems.add(where().field("answer").value(answer().name())
          .message("is not a decision; decide PRESENT, ABSENT or NOT_APPLICABLE").build());
    }
    if (line().isPresent() && line().getAsLong() < 1) {
      throw new LosiValidationException(java.util.List.of(Problem.builder().field("line")
          .value(Long.toString(line().getAsLong())).message("must be 1 or more").build()));
    }
    problems.throwIfAny();
  }

  /** Builds {@link ReviewerDecision}s. Not thread-safe. */
  public static final class Builder extends ImmutableReviewerDecision.Builder {
    Builder() {}
  }
}
