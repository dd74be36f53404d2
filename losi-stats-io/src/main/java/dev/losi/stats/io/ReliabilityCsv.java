package dev.losi.stats.io;

import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reliability data as CSV, the input of {@code losi agreement --data}: columns {@code unit,rater,value},
 * one row per rating; a missing rating is simply absent (an empty cell is an error, so that nothing is
 * dropped silently). Units and raters are numbered in order of first appearance.
 *
 * <h2>The scale</h2>
 * Without declared categories the scale is {@link Scale#infer inferred} from the values present: numeric
 * (sorted by value) when every value is a number, else nominal in order of first appearance. Since the
 * number of categories q enters Bennett's S ({@code 1/q} chance agreement), Randolph's kappa and Gwet's
 * AC1, a category nobody used changes them: declare the full set with {@code categories}. Declared
 * categories that are all numbers make a numeric scale; other labels make an ordinal scale (in the
 * order given) at the ordinal level and a nominal one at the nominal level. A value outside the
 * declared categories is an error at its line.
 *
 * @since 0.1.0
 */
public final class ReliabilityCsv {

  private ReliabilityCsv() {}

  /**
   * Reads reliability data with the scale inferred from the values.
   *
   * @param level the level of measurement the data will be analysed at; the scale must support it
   * @throws LosiValidationException listing every problem with file and line: a missing column, an empty
   *     cell, no ratings, a scale that does not support the level, two ratings for one unit and rater
   */
  public static ReliabilityData read(Path file, MeasurementLevel level) {
    return data(CsvTable.read(file), level, List.of());
  }

  /**
   * Reads reliability data on a declared set of categories (see the class comment).
   *
   * @param categories the category labels, at least one, without repeats; from lowest to highest when
   *     ordered; empty to infer the scale from the values
   * @throws LosiValidationException as {@link #read(Path, MeasurementLevel)}, and for a value not among
   *     the categories or categories that do not support the level
   */
  public static ReliabilityData read(Path file, MeasurementLevel level, List<String> categories) {
    return data(CsvTable.read(file), level, List.copyOf(categories));
  }

  /**
   * Reads reliability data from CSV bytes (UTF-8), as {@link #read(Path, MeasurementLevel, List)}.
   *
   * @param source the name of the input in problems
   * @throws IOException when the stream cannot be read
   */
  public static ReliabilityData read(String source, InputStream in, MeasurementLevel level, List<String> categories)
      throws IOException {
    return data(CsvTable.read(in, source, CsvFormat.standard()), level, List.copyOf(categories));
  }

  private static ReliabilityData data(CsvTable t, MeasurementLevel level, List<String> categories) {
    ProblemCollector problems = new ProblemCollector();
    t.require(List.of("unit", "rater", "value"), "the header must be unit,rater,value", problems);
    problems.throwIfAny();
    List<String> labels = new ArrayList<>();
    List<CsvTable.Row> complete = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      boolean ok = true;
      for (String c : List.of("unit", "rater", "value")) {
        if (t.cell(r, c).isEmpty()) {
          problems.add(t.at(r).column(c).message("is empty; leave out the row of a missing rating instead").build());
          ok = false;
        }
      }
      if (!t.cell(r, "value").isEmpty()) {
        labels.add(t.cell(r, "value"));
      }
      if (ok) {
        complete.add(r);
      }
    }
    if (t.rows().isEmpty()) {
      problems.add(Problem.builder().source(t.source()).message("has no ratings").build());
      problems.throwIfAny();
    }
    Scale scale = scale(t, level, categories, labels, problems);
    if (scale != null) {
      ReliabilityData.Builder b = ReliabilityData.builder(scale);
      for (CsvTable.Row r : complete) {
        b.rate(t.cell(r, "unit"), t.cell(r, "rater"), t.cell(r, "value"), t.at(r));
      }
      try {
        ReliabilityData d = b.build();
        problems.throwIfAny();
        return d;
      } catch (LosiValidationException e) {
        problems.addAll(e);
      }
    }
    problems.throwIfAny();
    throw new IllegalStateException("unreachable: no scale without a problem");
  }

  private static Scale scale(CsvTable t, MeasurementLevel level, List<String> categories, List<String> labels,
      ProblemCollector problems) {
    List<String> given = categories.isEmpty() ? labels : categories;
    try {
      Scale inferred = Scale.infer(given, MeasurementLevel.NOMINAL);
      if (!categories.isEmpty() && !inferred.isNumeric() && level == MeasurementLevel.ORDINAL) {
        return Scale.ordinal(categories);
      }
      inferred.whyNot(level).ifPresent(why -> {
        throw new IllegalArgumentException(why);
      });
      return inferred;
    } catch (IllegalArgumentException e) {
      Problem.Builder at = Problem.builder().source(t.source()).column("value");
      if (categories.isEmpty()) {
        at.field("--level").value(level.key());
      } else {
        at.field("--categories").value(String.join(",", categories));
      }
      problems.add(at.message(e.getMessage()).build());
      if (categories.isEmpty() && level != MeasurementLevel.NOMINAL) {
        notNumbers(t, level, problems);
      }
      return null;
    }
  }

  /** Each row whose value is not a number, which a level beyond nominal needs without declared categories. */
  private static void notNumbers(CsvTable t, MeasurementLevel level, ProblemCollector problems) {
    for (CsvTable.Row r : t.rows()) {
      String v = t.cell(r, "value");
      if (!v.isEmpty() && !Scale.infer(List.of(v), MeasurementLevel.NOMINAL).isNumeric()) {
        problems.add(t.at(r).column("value").field("value").value(v).message("is not a number, which the " + level.key()
            + " level needs; declare ordered categories with --categories to use labels").build());
      }
    }
  }
}
