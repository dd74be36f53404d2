package dev.losi.io.internal;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way readers re-report problems found by the model (a builder such as {@code City.builder()},
 * or scoring) at the place in the file where the value was read.
 *
 * <p>A relocated problem takes the place ({@code at}: source, line, column or JSON path, and the city,
 * assessor and indicator when known) and, from the model's problem, its message, field (renamed to the
 * file's column by {@code fieldName}), value and indicator, and its city and assessor where the place names
 * none. Problems the model found beyond its cap are re-reported as one problem
 * {@code "... and N more problems"} at the place's source, so that none is dropped silently.
 */
public final class Relocation {

  private Relocation() {}

  /** Re-reports every problem of {@code e} at {@code at}, with model field names kept. */
  public static void relocate(LosiValidationException e, Problem.Builder at, ProblemCollector target) {
    relocate(e, at, UnaryOperator.identity(), target);
  }

  /** Re-reports every problem of {@code e} at {@code at}, renaming fields with {@code fieldName}. */
  public static void relocate(LosiValidationException e, Problem.Builder at, UnaryOperator<String> fieldName,
      ProblemCollector target) {
    Problem base = place(at);
    for (Problem p : e.problems()) {
      target.add(at(p, base, fieldName));
    }
    omitted(e, base.source(), target);
  }

  /**
   * Re-reports the problems of a document's model builder that names its rows by list position: a
   * problem whose column is {@code list[i]} (for example {@code links[3]}) at {@code row.apply(i)}, any
   * other at {@code otherwise}.
   */
  public static void relocateRows(LosiValidationException e, String list, IntFunction<Problem.Builder> row,
      Problem.Builder otherwise, ProblemCollector target) {
    Pattern element = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]");
    Problem elsewhere = place(otherwise);
    for (Problem p : e.problems()) {
      Matcher m = p.column().map(element::matcher).filter(Matcher::matches).orElse(null);
      Problem base = m == null ? elsewhere : place(row.apply(Integer.parseInt(m.group(1))));
      target.add(at(p, base, UnaryOperator.identity()));
    }
    omitted(e, elsewhere.source(), target);
  }

  /**
   * Problems found at scoring time name a city and assessor but no place: re-reports each of them at the
   * place of that city's and assessor's first row in {@code source} ({@code place} gives the line or JSON
   * path, or null when unknown); problems that already name a source, or no city, are kept as they are.
   */
  public static LosiValidationException atFirstRows(LosiValidationException e, String source,
      BiFunction<String, String, Problem.Builder> place) {
    List<Problem> out = new ArrayList<>(e.problems().size());
    for (Problem p : e.problems()) {
      Problem.Builder at = p.source().isPresent() || p.city().isEmpty() || p.assessor().isEmpty()
          ? null : place.apply(p.city().get(), p.assessor().get());
      out.add(at == null ? p : at(p, place(at.source(source)), UnaryOperator.identity()));
    }
    return new LosiValidationException(out, e.omitted());
  }

  private static Problem place(Problem.Builder at) {
    return at.message("x").build();
  }

  private static Problem at(Problem p, Problem base, UnaryOperator<String> fieldName) {
    Problem.Builder b = Problem.builder().from(base).message(p.message());
    p.field().ifPresent(f -> b.field(fieldName.apply(f)));
    p.value().ifPresent(b::value);
    p.indicator().ifPresent(b::indicator);
    if (base.city().isEmpty()) {
      p.city().ifPresent(b::city);
    }
    if (base.assessor().isEmpty()) {
      p.assessor().ifPresent(b::assessor);
    }
    return b.build();
  }

  private static void omitted(LosiValidationException e, Optional<String> source, ProblemCollector target) {
    if (e.omitted() > 0) {
      Problem.Builder b = Problem.builder().message("... and " + e.omitted() + " more problems");
      source.ifPresent(b::source);
      target.add(b.build());
    }
  }
}
