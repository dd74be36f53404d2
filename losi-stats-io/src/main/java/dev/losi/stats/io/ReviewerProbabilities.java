package dev.losi.stats.io;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.stats.uncertainty.ReviewerProbability;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The reviewer-probability CSV of {@code losi uncertainty --reviewer-probabilities}: columns
 * {@code city,indicator,probability}, one row per disputed answer, {@code probability} the reviewer's
 * probability that the indicator is PRESENT in that city, a decimal in [0, 1]. Strict: every problem of every
 * row in one run, with file, line and column (a missing column, a blank city or indicator, a probability that
 * is empty, not a number or outside [0, 1], the same city and indicator twice, naming the first line). Whether
 * each row names a disputed answer of the study is checked by {@code RankUncertainty.analyse}.
 *
 * @since 0.1.0
 */
public final class ReviewerProbabilities {

  private static final List<String> COLUMNS = List.of("city", "indicator", "probability");

  private ReviewerProbabilities() {}

  /**
   * Reads a file.
   *
   * @param file the CSV file; its path as given names it in problems
   * @return one probability per row, in line order
   * @throws dev.losi.core.LosiValidationException listing every problem with file, line and column
   */
  public static List<ReviewerProbability> read(Path file) {
    return rows(CsvTable.read(file));
  }

  /**
   * Reads CSV bytes (UTF-8), as {@link #read(Path)}.
   *
   * @param source the name of the input in problems
   * @param in the CSV bytes, read to the end
   * @return one probability per row, in line order
   * @throws IOException when the stream cannot be read
   */
  public static List<ReviewerProbability> read(String source, InputStream in) throws IOException {
    return rows(CsvTable.read(in, source, CsvFormat.standard()));
  }

  private static List<ReviewerProbability> rows(CsvTable t) {
    ProblemCollector problems = new ProblemCollector();
    t.require(COLUMNS, "the header must be city,indicator,probability", problems);
    problems.throwIfAny();
    List<ReviewerProbability> out = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    for (CsvTable.Row row : t.rows()) {
      String city = t.cell(row, "city");
      String ind = t.cell(row, "indicator");
      Problem.Builder at = t.at(row);
      if (city.isEmpty()) {
        problems.add(t.at(row).column("city").message("is empty; every row names a city id").build());
      } else {
        at.city(city);
      }
      if (ind.isEmpty()) {
        problems.add(t.at(row).column("indicator").message("is empty; every row names an indicator code").build());
      } else {
        at.indicator(ind);
      }
      OptionalDouble p = t.number(row, "probability", "give P(PRESENT), a decimal in [0, 1]", problems);
      if (p.isPresent() && !(p.getAsDouble() >= 0 && p.getAsDouble() <= 1)) {
        problems.add(at.column("probability").field("probability").value(t.cell(row, "probability"))
            .message("is not a probability in [0, 1]").build());
        continue;
      }
      if (city.isEmpty() || ind.isEmpty() || p.isEmpty()) {
        continue;
      }
      Long first = firstLine.putIfAbsent(city + '\u0000' + ind, row.line());
      if (first != null) {
        problems.add(at.message("is given a second time; the first is on line " + first).build());
        continue;
      }
      out.add(new ReviewerProbability(city, ind, p.getAsDouble()));
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }
}
