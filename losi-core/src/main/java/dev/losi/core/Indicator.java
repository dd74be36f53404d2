package dev.losi.core;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * One binary indicator of an {@link Instrument}: a feature an assessor looks for on a city's portal.
 *
 * <p>Example: {@code #281} "Official city government website", criterion {@code IF},
 * {@link ChannelScope#MGP_SPECIFIC}, weight 1.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /** {@return the questionnaire code, unique within its instrument, for example {@code #281} or {@code #269a}} */
  public abstract String code();

  /** {@return a short title} */
  public abstract String title();

  /** {@return what the assessor looks for; may be empty} */
  @Value.Default
  public String description() {
    return "";
  }

  /** {@return the code of the {@link Criterion} this indicator belongs to; the instrument must declare it} */
  public abstract String criterion();

  /** {@return which channels count when the feature is found} */
  public abstract ChannelScope channelScope();

  /**
   * {@return the weight, a finite number greater than 0; 1 by default. With whole-number weights every score
   * is an exact fraction, so level boundaries are decided exactly}
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /** {@return free-form tags, for example {@code e-government-literacy}; may be empty} */
  public abstract Set<String> tags();

  /** {@return where the fields of this indicator come from; may be empty. At most one entry per field} */
  public abstract List<FieldProvenance> provenance();

  /**
   * {@return the provenance record for a field, if there is one}
   *
   * @param field an indicator field, for example {@code title}
   */
  public Optional<FieldProvenance> provenanceOf(String field) {
    return provenance().stream().filter(p -> p.field().equals(field)).findFirst();
  }

  /**
   * Starts an indicator.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = Checks.startWithCode("code", code());
    Supplier<Problem.Builder> at = () -> code().isBlank() ? Problem.builder() : Problem.builder().indicator(code());
    Checks.notBlank(problems, "title", title(), at.get());
    Checks.code(problems, "criterion", criterion(), at.get());
    if (!(weight() > 0) || Double.isInfinite(weight())) {
      problems.add(at.get().field("weight").value(NumberText.shortest(weight()))
          .message("must be a finite number > 0").build());
    }
    for (String tag : tags()) {
      Checks.code(problems, "tags", tag, at.get());
    }
    Set<String> fields = new HashSet<>();
    for (FieldProvenance p : provenance()) {
      if (!fields.add(p.field())) {
        problems.add(at.get().field("provenance").value(p.field()).message("is given more than once").build());
      }
    }
    problems.throwIfAny();
  }

  /**
   * Builds {@link Indicator}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
