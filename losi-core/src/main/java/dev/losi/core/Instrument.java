package dev.losi.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An instrument (edition) of LOSI: an ordered set of binary {@link Indicator}s grouped in
 * {@link Criterion criteria}, for example {@code LOSI-2024} with 95 indicators in five criteria.
 *
 * <h2>Invariants</h2>
 * Checked when the instrument is built; all violations are reported together in one
 * {@link LosiValidationException}: at least one indicator; unique criterion codes; unique indicator
 * codes; every indicator's criterion declared; weights finite and &gt; 0 with a finite sum; a declared
 * maximum, if given, finite and not below the sum of weights.
 *
 * <h2>Maximum points (the denominator)</h2>
 * The standard LOSI of an assessment is {@code points / maximumPoints()}. By default the maximum is
 * the sum of the indicator weights (95 for LOSI 2024 with unit weights). An edition whose published
 * values imply another denominator can declare it with {@link #declaredMaximum()}: every published
 * LOSI 2024 value seen so far is a multiple of 1/96, not 1/95.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Instrument {

  Instrument() {}

  /** {@return the identifier, for example {@code LOSI-2024}} */
  public abstract String id();

  /** {@return the edition year, for example 2024} */
  public abstract int editionYear();

  /** {@return the human-readable title, for example {@code Local Online Service Index 2024}} */
  public abstract String title();

  /** {@return the criteria, in the order reports show them} */
  public abstract List<Criterion> criteria();

  /** {@return the indicators, in questionnaire order} */
  public abstract List<Indicator> indicators();

  /** {@return where this instrument's content comes from and how it was put together; may be empty} */
  @Value.Default
  public String provenance() {
    return "";
  }

  /**
   * {@return a maximum number of points that overrides the sum of weights, when the edition's published
   * values imply one (see the class documentation). Empty by default}
   */
  public abstract OptionalDouble declaredMaximum();

  /** {@return the sum of the indicator weights} */
  @Value.Derived
  @Value.Auxiliary
  public double totalWeight() {
    double sum = 0;
    for (Indicator i : indicators()) {
      sum += i.weight();
    }
    return sum;
  }

  /** {@return the denominator of the standard LOSI: {@link #declaredMaximum()} if set, else {@link #totalWeight()}} */
  public double maximumPoints() {
    return declaredMaximum().orElse(totalWeight());
  }

  /** {@return true when every weight (and the declared maximum, if any) is a whole number, so scores are exact fractions} */
  @Value.Derived
  @Value.Auxiliary
  public boolean hasWholeWeights() {
    for (Indicator i : indicators()) {
      if (!isWhole(i.weight())) {
        return false;
      }
    }
    return declaredMaximum().isEmpty() || isWhole(declaredMaximum().getAsDouble());
  }

  /** {@return the number of indicators} */
  public int size() {
    return indicators().size();
  }

  /**
   * {@return the indicator with the given code, if the instrument has one}
   *
   * @param code an indicator code, for example {@code E1}
   */
  public Optional<Indicator> indicator(String code) {
    Integer i = indexByCode().get(code);
    return i == null ? Optional.empty() : Optional.of(indicators().get(i));
  }

  /**
   * {@return the 0-based position of the indicator with the given code, or -1 when the instrument has none}
   *
   * @param code an indicator code, for example {@code E1}
   */
  public int indexOf(String code) {
    Integer i = indexByCode().get(code);
    return i == null ? -1 : i;
  }

  /**
   * {@return true when the instrument has an indicator with this code}
   *
   * @param code an indicator code, for example {@code E1}
   */
  public boolean hasIndicator(String code) {
    return indexByCode().containsKey(code);
  }

  /**
   * {@return the criterion with the given code, if declared}
   *
   * @param code a criterion code, for example {@code PE}
   */
  public Optional<Criterion> criterion(String code) {
    return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * {@return the indicators of one criterion, in instrument order; empty for an unknown code}
   *
   * @param criterionCode a criterion code, for example {@code PE}
   */
  public List<Indicator> indicatorsOf(String criterionCode) {
    return indicators().stream().filter(i -> i.criterion().equals(criterionCode)).toList();
  }

  /** {@return the number of indicators per channel scope} */
  public Map<ChannelScope, Integer> countByChannelScope() {
    Map<ChannelScope, Integer> counts = new LinkedHashMap<>();
    for (ChannelScope s : ChannelScope.values()) {
      counts.put(s, 0);
    }
    for (Indicator i : indicators()) {
      counts.merge(i.channelScope(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** {@return the number of indicators per criterion code, in criterion order} */
  public Map<String, Integer> countByCriterion() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Criterion c : criteria()) {
      counts.put(c.code(), 0);
    }
    for (Indicator i : indicators()) {
      counts.merge(i.criterion(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  @Value.Lazy
  @Value.Auxiliary
  Map<String, Integer> indexByCode() {
    return Checks.firstIndexByKey(indicators(), Indicator::code);
  }

  /**
   * Starts an instrument.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector problems = Checks.startWithCode("id", id());
    Checks.notBlank(problems, "title", title(), Problem.builder());
    if (indicators().isEmpty()) {
      problems.add(Problem.builder().field("indicators").message("must hold at least one indicator").build());
    }
    Set<String> criterionCodes = new HashSet<>();
    for (Criterion c : criteria()) {
      if (!criterionCodes.add(c.code())) {
        problems.add(Problem.builder().field("criteria").value(c.code()).message("is declared more than once").build());
      }
    }
    Set<String> codes = new HashSet<>();
    for (Indicator i : indicators()) {
      if (!codes.add(i.code())) {
        problems.add(Problem.builder().indicator(i.code()).field("code").value(i.code())
            .message("is used by more than one indicator").build());
      }
      if (!criterionCodes.contains(i.criterion())) {
        problems.add(Problem.builder().indicator(i.code()).field("criterion").value(i.criterion())
            .message("is not one of the instrument's criteria " + criterionCodes.stream().sorted().toList()).build());
      }
    }
    if (Double.isInfinite(totalWeight())) {
      problems.add(Problem.builder().field("indicators")
          .message("the sum of the weights overflows to infinity; use smaller weights").build());
    }
    if (declaredMaximum().isPresent()) {
      double max = declaredMaximum().getAsDouble();
      if (!(max > 0) || Double.isInfinite(max)) {
        problems.add(Problem.builder().field("declaredMaximum").value(NumberText.shortest(max))
            .message("must be a finite number > 0").build());
      } else if (max < totalWeight()) {
        problems.add(Problem.builder().field("declaredMaximum").value(NumberText.shortest(max))
            .message("must not be below the sum of weights " + NumberText.shortest(totalWeight())).build());
      }
    }
    problems.throwIfAny();
  }

  private static boolean isWhole(double d) {
    return d == Math.rint(d) && Math.abs(d) < 0x1p52;
  }

  /**
   * Builds {@link Instrument}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}
