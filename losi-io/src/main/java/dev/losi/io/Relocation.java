package dev.losi.io;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The one way readers re-report the problems of a model builder (for example {@code City.builder()})
 * at the place in the file where the value was read: the place ({@code at}: source, line or cell or
 * JSON path, and the city and assessor when known) is kept, and from each model problem its message,
 * field (renamed to the file's column by {@code fieldName}), value and indicator are taken, and its
 * city and assessor where the place names none.
 */
final class Relocation {

  private Relocation() {}

  /** Re-reports every problem of {@code e} at {@code at}, with model field names kept. */
  static void relocate(LosiValidationException e, Problem.Builder at, ProblemCollector target) {
    relocate(e, at, UnaryOperator.identity(), target);
  }

  /** Re-reports every problem of {@code e} at {@code at}, renaming fields with {@code fieldName}. */
  static void relocate(LosiValidationException e, Problem.Builder at, UnaryOperator<String> fieldName,
      ProblemCollector target) {
    Problem base = at.message("x").build();
    for (Problem p : e.problems()) {
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
      target.add(b.build());
    }
  }

  /**
   * Problems found at scoring time name a city and assessor but no place: re-reports each of them at the
   * place of that city's and assessor's first row in {@code source} ({@code place} gives the line or JSON
   * path, or null when unknown); problems that already name a source, or no city, are kept as they are.
   */
  static LosiValidationException atFirstRows(LosiValidationException e, String source,
      BiFunction<String, String, Problem.Builder> place) {
    List<Problem> out = new ArrayList<>(e.problems().size());
    for (Problem p : e.problems()) {
      Problem.Builder at = p.source().isPresent() || p.city().isEmpty() || p.assessor().isEmpty()
          ? null : place.apply(p.city().get(), p.assessor().get());
      if (at == null) {
        out.add(p);
        continue;
      }
      Problem base = at.source(source).message("x").build();
      Problem.Builder b = Problem.builder().from(p).source(source);
      base.line().ifPresent(b::line);
      base.column().ifPresent(b::column);
      out.add(b.build());
    }
    return new LosiValidationException(out, e.omitted());
  }
}
