package dev.losi.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClassifier;
import dev.losi.io.internal.JsonSupport;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values of one index column of a CSV table (city LOSI, country EGDI or OSI: any index in [0, 1]),
 * each with the unit it names and its line, and their UN classification into levels, rating classes and
 * ranks ({@link RatingClassifier}). This is what {@code losi classify} reads and writes.
 *
 * <p>Every value must be a plain decimal with a dot (the one number rule of losi-io, see
 * {@link CsvTable#number}) in [0, 1]; every bad row is reported, with file, line and column, in one
 * {@link LosiValidationException}. Immutable and thread-safe.
 *
 * <pre>{@code
 * IndexValues v = IndexValues.read(CsvTable.read(Path.of("egdi_2024_countries.csv")), "egdi", "country");
 * String json = v.classify().toJson();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IndexValues {

  /**
   * One value.
   *
   * @param line the 1-based line of its row
   * @param id the unit (stripped cell of the id column)
   * @param value the value, in [0, 1]
   * @since 0.1.0
   */
  public record Value(long line, String id, double value) {}

  private final String source;
  private final String column;
  private final String idColumn;
  private final List<Value> values;

  private IndexValues(String source, String column, String idColumn, List<Value> values) {
    this.source = source;
    this.column = column;
    this.idColumn = idColumn;
    this.values = List.copyOf(values);
  }

  /**
   * Reads the values of {@code column}, naming each row by {@code idColumn}.
   *
   * @param table the table holding the values
   * @param column the column of the values, each in [0, 1]
   * @param idColumn the column naming each row, for example {@code country}
   * @return the values, in file order
   * @throws IllegalArgumentException when the table lacks either column (check them first, in the
   *     caller's words)
   * @throws LosiValidationException listing every empty, non-numeric or out-of-range value, or saying
   *     that the table has no data rows
   */
  public static IndexValues read(CsvTable table, String column, String idColumn) {
    if (!table.has(column) || !table.has(idColumn)) {
      throw new IllegalArgumentException("columns " + column + " and " + idColumn + " must be in " + table.header());
    }
    ProblemCollector problems = new ProblemCollector();
    List<Value> values = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String id = table.cell(row, idColumn);
      String raw = table.cell(row, column);
      Problem.Builder at = table.at(row).column(column).field(column).value(raw);
      if (raw.isEmpty()) {
        problems.add(table.at(row).column(column)
            .message("is empty for \"" + id + "\"; expected a number in [0, 1]").build());
      } else if (raw.length() > Numbers.MAX_NUMBER_CHARS) {
        problems.add(Numbers.tooLong(at, raw));
      } else if (!Numbers.isDecimal(raw)) {
        problems.add(at.message("is not a number; expected a number in [0, 1] (decimal point, e.g. 0.39198)").build());
      } else {
        double v = Double.parseDouble(raw);
        if (v >= 0 && v <= 1) {
          values.add(new Value(row.line(), id, v));
        } else {
          problems.add(at.message("is outside [0, 1]").build());
        }
      }
    }
    if (values.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.builder().source(table.source()).message("has no data rows").build());
    }
    problems.throwIfAny();
    return new IndexValues(table.source(), column, idColumn, values);
  }

  /** {@return the name of the table in problems (usually its file)} */
  public String source() {
    return source;
  }

  /** {@return the column of the values} */
  public String column() {
    return column;
  }

  /** {@return the column naming the units} */
  public String idColumn() {
    return idColumn;
  }

  /** {@return the values, in file order; at least one} */
  public List<Value> values() {
    return values;
  }

  /**
   * Classifies the values as the UN Survey does: level, rating class and competition rank of each.
   *
   * @return each value with its level, rating class and rank, the count per level and the quartiles
   */
  public Classified classify() {
    return new Classified(this);
  }

  /**
   * The values classified: per value its {@link RatingClassifier.Classification} (in file order), the
   * order of the values by rank (ties in file order), the count per level and the quartiles (Hyndman-Fan
   * type 7) of the levels that have values.
   *
   * @since 0.1.0
   */
  public static final class Classified {

    private final IndexValues values;
    private final List<RatingClassifier.Classification> classifications;
    private final List<Integer> order;
    private final Map<Level, Integer> counts;
    private final Map<Level, RatingClassifier.Quartiles> quartiles;

    private Classified(IndexValues values) {
      this.values = values;
      double[] v = values.values.stream().mapToDouble(Value::value).toArray();
      this.classifications = List.copyOf(RatingClassifier.classify(v));
      this.quartiles = Collections.unmodifiableMap(new EnumMap<>(RatingClassifier.quartilesByLevel(v)));
      List<Integer> o = new ArrayList<>();
      for (int i = 0; i < v.length; i++) {
        o.add(i);
      }
      o.sort(Comparator.comparingInt((Integer i) -> classifications.get(i).rank()).thenComparingInt(i -> i));
      this.order = List.copyOf(o);
      Map<Level, Integer> c = new EnumMap<>(Level.class);
      for (Level l : Level.values()) {
        c.put(l, 0);
      }
      classifications.forEach(x -> c.merge(x.level(), 1, Integer::sum));
      this.counts = Collections.unmodifiableMap(c);
    }

    /** {@return the values classified} */
    public IndexValues values() {
      return values;
    }

    /** {@return the classification of each value, in file order} */
    public List<RatingClassifier.Classification> classifications() {
      return classifications;
    }

    /** {@return the indexes into {@link IndexValues#values()} by rank, ties in file order} */
    public List<Integer> order() {
      return order;
    }

    /** {@return how many values each level has (every level present, possibly 0)} */
    public Map<Level, Integer> counts() {
      return counts;
    }

    /** {@return the quartiles of the values of each level that has values} */
    public Map<Level, RatingClassifier.Quartiles> quartiles() {
      return quartiles;
    }

    /**
     * {@return the classification as the JSON of {@code losi classify --format json} (documented in
     * {@code docs/cli.md}): {@code file, column, id_column, n, quantile_method}, {@code levels} with units and
     * quartiles per level, and {@code units} by rank with {@code id, value, level, rating_class, rank, line}.
     * Pretty-printed, ending with a line break}
     */
    public String toJson() {
      ObjectMapper mapper = JsonSupport.writingMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("file", values.source);
      root.put("column", values.column);
      root.put("id_column", values.idColumn);
      root.put("n", values.values.size());
      root.put("quantile_method", "Hyndman-Fan type 7");
      ObjectNode levels = root.putObject("levels");
      for (Level l : Level.values()) {
        ObjectNode ln = levels.putObject(l.name().toLowerCase(Locale.ROOT));
        ln.put("units", counts.get(l));
        RatingClassifier.Quartiles q = quartiles.get(l);
        if (q != null) {
          ln.put("q1", q.q1());
          ln.put("q2", q.q2());
          ln.put("q3", q.q3());
        }
      }
      ArrayNode arr = root.putArray("units");
      for (int i : order) {
        RatingClassifier.Classification c = classifications.get(i);
        ObjectNode u = arr.addObject();
        u.put("id", values.values.get(i).id());
        u.put("value", c.value());
        u.put("level", c.level().name().toLowerCase(Locale.ROOT));
        u.put("rating_class", c.ratingClass().name());
        u.put("rank", c.rank());
        u.put("line", values.values.get(i).line());
      }
      try {
        return mapper.writeValueAsString(root) + "\n";
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
