package dev.losi.stats.io;

import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import dev.losi.stats.internal.ReliabilityAccess;
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
 * <p>Plain ASCII input is read as bytes, held in memory whole while it is read, with units, raters and
 * values interned and no object per row; input with any problem or unusual form (quotes, CR, tabs,
 * non-ASCII text) is read by {@link CsvTable}, with the same result and the same problems.
 *
 * @since 0.1.0
 */
public final class ReliabilityCsv {

  private ReliabilityCsv() {}

  /**
   * Reads reliability data with the scale inferred from the values.
   *
   * @param level the level of measurement the data will be analysed at; the scale must support it
   * @param file a CSV file with the columns {@code unit,rater,value}
   * @return the ratings, units and raters numbered in order of first appearance
   * @throws LosiValidationException listing every problem with file and line: a missing column, an empty
   *     cell, no ratings, a scale that does not support the level, two ratings for one unit and rater
   */
  public static ReliabilityData read(Path file, MeasurementLevel level) {
    return read(file, level, List.of());
  }

  /**
   * Reads reliability data on a declared set of categories (see the class comment).
   *
   * @param categories the category labels, at least one, without repeats; from lowest to highest when
   *     ordered; empty to infer the scale from the values
   * @param file a CSV file with the columns {@code unit,rater,value}
   * @param level the level of measurement the data will be analysed at
   * @return the ratings on the declared (or inferred) scale
   * @throws LosiValidationException as {@link #read(Path, MeasurementLevel)}, and for a value not among
   *     the categories or categories that do not support the level
   */
  public static ReliabilityData read(Path file, MeasurementLevel level, List<String> categories) {
    List<String> cats = List.copyOf(categories);
    byte[] bytes = AsciiCsv.readAll(file);
    ReliabilityData fast = bytes == null ? null : packed(bytes, level, cats);
    return fast != null ? fast : data(CsvTable.read(file), level, cats);
  }

  /**
   * Reads reliability data from CSV bytes (UTF-8), as {@link #read(Path, MeasurementLevel, List)}.
   *
   * @param source the name of the input in problems
   * @param in the CSV bytes, read to the end
   * @param level the level of measurement the data will be analysed at
   * @param categories the category labels as in {@link #read(Path, MeasurementLevel, List)}; empty to infer the
   *     scale
   * @return the ratings on the declared (or inferred) scale
   * @throws IOException when the stream cannot be read
   */
  public static ReliabilityData read(String source, InputStream in, MeasurementLevel level, List<String> categories)
      throws IOException {
    List<String> cats = List.copyOf(categories);
    byte[] bytes = AsciiCsv.readAll(in);
    ReliabilityData fast = packed(bytes, level, cats);
    return fast != null ? fast
        : data(CsvTable.read(new java.io.ByteArrayInputStream(bytes), source, CsvFormat.standard()), level, cats);
  }

  /** The object path only (for the property that the fast path agrees with it). */
  static ReliabilityData readByObjects(String source, byte[] bytes, MeasurementLevel level, List<String> categories)
      throws IOException {
    return data(CsvTable.read(new java.io.ByteArrayInputStream(bytes), source, CsvFormat.standard()), level,
        List.copyOf(categories));
  }

  /**
   * The fast path: plain ASCII bytes to packed codes with units, raters and values interned, or null when
   * the input has any problem or unusual form (the object path then reads it and reports every problem).
   */
  static ReliabilityData packed(byte[] bytes, MeasurementLevel level, List<String> categories) {
    return packed(bytes, level, categories, ReliabilityBytes.PARALLEL_MIN_BYTES);
  }

  /** As {@link #packed(byte[], MeasurementLevel, List)}, the rows read on two threads from {@code parallelMinBytes}. */
  static ReliabilityData packed(byte[] bytes, MeasurementLevel level, List<String> categories, int parallelMinBytes) {
    ReliabilityBytes.Rows t = ReliabilityBytes.read(bytes, parallelMinBytes);
    if (t == null || t.length == 0) {
      return null;
    }
    Scale scale;
    try {
      scale = scale(level, categories, t.values.values());
    } catch (IllegalArgumentException e) {
      return null;
    }
    int[] category = new int[t.values.size()];
    for (int v = 0; v < category.length; v++) {
      java.util.Optional<dev.losi.stats.agreement.Category> c = scale.category(t.values.values().get(v));
      if (c.isEmpty()) {
        return null;
      }
      category[v] = c.get().index();
    }
    int nr = t.raters.size();
    int[] codes = new int[Math.multiplyExact(t.units.size(), nr)];
    java.util.Arrays.fill(codes, ReliabilityData.MISSING);
    int[] row = t.rows;
    for (int i = 0; i < t.length; i += 3) {
      int at = row[i] * nr + row[i + 1];
      if (codes[at] != ReliabilityData.MISSING) {
        return null; // rated twice: the object path names both lines
      }
      codes[at] = category[row[i + 2]];
    }
    // every code is a category index or MISSING and every id is one distinct cell of the reader's tables: the
    // data take the arrays as they are, with the unit ids as bytes until asked for
    byte[] unitText = new byte[t.units.textLength()];
    int[] unitEnds = t.units.pack(unitText);
    return ReliabilityAccess.trusted(scale, unitText, unitEnds, t.raters.values(), codes);
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

  /**
   * The scale of the class comment, from the declared categories or else the values in order of first
   * appearance (repeats allowed).
   *
   * @throws IllegalArgumentException saying why no scale fits
   */
  private static Scale scale(MeasurementLevel level, List<String> categories, List<String> labels) {
    List<String> given = categories.isEmpty() ? labels : categories;
    Scale inferred = Scale.infer(given, MeasurementLevel.NOMINAL);
    if (!categories.isEmpty() && !inferred.isNumeric() && level == MeasurementLevel.ORDINAL) {
      return Scale.ordinal(categories);
    }
    inferred.whyNot(level).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    return inferred;
  }

  private static Scale scale(CsvTable t, MeasurementLevel level, List<String> categories, List<String> labels,
      ProblemCollector problems) {
    try {
      return scale(level, categories, labels);
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
