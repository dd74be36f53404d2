package dev.losi.io.mapping;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared plumbing of the mapping readers and writers. */
final class Problems {

  private static final Pattern ROW = Pattern.compile("links\\[(\\d+)]");

  private Problems() {}

  /** A place in a file: a 1-based line (CSV) and/or a column or JSON path. */
  record Where(OptionalLong line, Optional<String> column) {
    static final Where NOWHERE = new Where(OptionalLong.empty(), Optional.empty());

    static Where line(long line) {
      return new Where(OptionalLong.of(line), Optional.empty());
    }

    static Where path(String path) {
      return new Where(OptionalLong.empty(), Optional.of(path));
    }
  }

  /**
   * Re-reports the problems of a value that failed the model's checks, with the source: a problem about
   * row {@code links[i]} at {@code row.apply(i)}, any other at {@code otherwise}.
   */
  static void relocate(LosiValidationException e, String source, ProblemCollector problems, LongFunction<Where> row,
      Where otherwise) {
    for (Problem p : e.problems()) {
      Problem.Builder b = Problem.builder().from(p).source(source);
      Matcher m = p.column().map(ROW::matcher).filter(Matcher::matches).orElse(null);
      Where w = m != null ? row.apply(Long.parseLong(m.group(1))) : otherwise;
      if (m != null || w.column().isPresent()) {
        b.column(w.column());
      }
      b.line(w.line());
      problems.add(b.build());
    }
    if (e.omitted() > 0) {
      problems.add(Problem.builder().source(source).message("... and " + e.omitted() + " more problems").build());
    }
  }
}
