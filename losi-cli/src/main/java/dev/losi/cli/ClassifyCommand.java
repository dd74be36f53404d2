package dev.losi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.io.CsvTable;
import dev.losi.cli.internal.Numbers;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code losi classify}: level, rating class and rank for a column of index values in a CSV. */
@Command(
    name = "classify",
    header = "Level, rating class and rank for a column of index values in a CSV.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Level, rating class and competition rank for every value of one column of a CSV file:",
        "any index in [0, 1] (city LOSI, country EGDI or OSI), so the UN Survey's groups can be reproduced.",
        "Levels: very high [0.75, 1], high [0.50, 0.75), middle [0.25, 0.50), low [0, 0.25).",
        "Rating classes split each level by the quartiles of its values (Hyndman-Fan type 7):",
        "VH V3 V2 V1, HV H3 H2 H1, MH M3 M2 M1, LM L3 L2 L1 (first = top quartile).",
        "Every row needs a number in [0, 1]; all bad rows are reported together (exit 2)."},
    footer = {
        "",
        "Examples:",
        "  losi classify --data egdi_2024_countries.csv --column egdi --id-column country",
        "  losi classify --data cities.csv --column losi --id-column city --format csv --out classes.csv",
        "",
        "Input: CSV with a header line, comma or semicolon delimited, UTF-8 (BOM allowed)."})
final class ClassifyCommand extends LosiCommand {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file.")
  Path data;

  @Option(names = "--column", required = true, paramLabel = "NAME", description = "The column holding the index values.")
  String column;

  @Option(names = "--id-column", paramLabel = "NAME",
      description = "The column naming each unit (default: the first of id, city_id, city, country, name that"
          + " exists, else the first column).")
  String idColumn;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = FormatConverter.class, description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  private record Unit(long line, String id, double value) {}

  @Override
  int run() {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON);
    CsvTable table = CsvTable.read(data);
    ProblemCollector problems = new ProblemCollector();
    String src = data.toString();
    if (!table.has(column)) {
      problems.add(Problem.builder().source(src).line(1).column(column)
          .message("is not a column of the file; columns are " + table.header()).build());
    }
    String idCol = idColumn != null ? idColumn : defaultIdColumn(table.header());
    if (!table.has(idCol)) {
      problems.add(Problem.builder().source(src).line(1).column(idCol)
          .message("is not a column of the file (--id-column); columns are " + table.header()).build());
    }
    problems.throwIfAny();
    int vi = table.column(column).orElseThrow();
    int ii = table.column(idCol).orElseThrow();
    List<Unit> units = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String id = row.fields().get(ii).strip();
      String raw = row.fields().get(vi).strip();
      Problem.Builder at = Problem.builder().source(src).line(row.line()).column(column).field(column).value(raw);
      if (raw.isEmpty()) {
        problems.add(Problem.builder().source(src).line(row.line()).column(column)
            .message("is empty for \"" + id + "\"; expected a number in [0, 1]").build());
        continue;
      }
      if (!Numbers.isDecimal(raw)) {
        problems.add(at.message("is not a number; expected a number in [0, 1] (decimal point, e.g. 0.39198)").build());
        continue;
      }
      double v = Double.parseDouble(raw);
      if (!(v >= 0 && v <= 1)) {
        problems.add(at.message("is outside [0, 1]").build());
        continue;
      }
      units.add(new Unit(row.line(), id, v));
    }
    if (units.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.builder().source(src).message("has no data rows").build());
    }
    problems.throwIfAny();

    double[] values = units.stream().mapToDouble(Unit::value).toArray();
    List<RatingClassifier.Classification> cls = RatingClassifier.classify(values);
    Map<Level, RatingClassifier.Quartiles> cuts = RatingClassifier.quartilesByLevel(values);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> cls.get(i).rank()).thenComparingInt(i -> i));
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      counts.put(l, 0);
    }
    cls.forEach(c -> counts.merge(c.level(), 1, Integer::sum));

    String text = switch (format) {
      case JSON -> json(units, cls, order, counts, cuts, idCol);
      case CSV -> tabular(units, cls, order, idCol, false).toCsv();
      default -> text(units, cls, order, counts, cuts, idCol);
    };
    Output.write(text, out, out());
    return OK;
  }

  static String defaultIdColumn(List<String> header) {
    for (String c : List.of("id", "city_id", "city", "country", "name")) {
      if (header.contains(c)) {
        return c;
      }
    }
    return header.get(0);
  }

  private Tabular tabular(List<Unit> units, List<RatingClassifier.Classification> cls, List<Integer> order,
      String idCol, boolean display) {
    Tabular t = new Tabular(List.of("rank", idCol, column, "level", "rating_class", "line")).numeric(0, 2, 5);
    for (int i : order) {
      RatingClassifier.Classification c = cls.get(i);
      t.add(List.of(Integer.toString(c.rank()), units.get(i).id(),
          display ? Output.display(c.value()) : Output.exact(c.value()),
          c.level().label(), c.ratingClass().name(), Long.toString(units.get(i).line())));
    }
    return t;
  }

  private String text(List<Unit> units, List<RatingClassifier.Classification> cls, List<Integer> order,
      Map<Level, Integer> counts, Map<Level, RatingClassifier.Quartiles> cuts, String idCol) {
    StringBuilder sb = new StringBuilder();
    sb.append(column).append(" in ").append(data).append(": ").append(units.size()).append(" values\n\n");
    Tabular summary = new Tabular(List.of("level", "interval", "units", "Q1", "Q2 (median)", "Q3")).numeric(2, 3, 4, 5);
    for (Level l : Level.values()) {
      RatingClassifier.Quartiles q = cuts.get(l);
      summary.add(List.of(l.label(), interval(l), Integer.toString(counts.get(l)),
          q == null ? "-" : Output.display(q.q1()), q == null ? "-" : Output.display(q.q2()),
          q == null ? "-" : Output.display(q.q3())));
    }
    sb.append(summary.toText()).append('\n');
    sb.append(tabular(units, cls, order, idCol, true).toText());
    return sb.toString();
  }

  private static String interval(Level l) {
    return switch (l) {
      case VERY_HIGH -> "[0.75, 1.00]";
      case HIGH -> "[0.50, 0.75)";
      case MIDDLE -> "[0.25, 0.50)";
      case LOW -> "[0.00, 0.25)";
    };
  }

  private String json(List<Unit> units, List<RatingClassifier.Classification> cls, List<Integer> order,
      Map<Level, Integer> counts, Map<Level, RatingClassifier.Quartiles> cuts, String idCol) {
    ObjectNode root = Output.json().createObjectNode();
    root.put("file", data.toString());
    root.put("column", column);
    root.put("id_column", idCol);
    root.put("n", units.size());
    root.put("quantile_method", "Hyndman-Fan type 7");
    ObjectNode levels = root.putObject("levels");
    for (Level l : Level.values()) {
      ObjectNode ln = levels.putObject(l.name().toLowerCase(java.util.Locale.ROOT));
      ln.put("units", counts.get(l));
      RatingClassifier.Quartiles q = cuts.get(l);
      if (q != null) {
        ln.put("q1", q.q1());
        ln.put("q2", q.q2());
        ln.put("q3", q.q3());
      }
    }
    ArrayNode arr = root.putArray("units");
    for (int i : order) {
      RatingClassifier.Classification c = cls.get(i);
      ObjectNode u = arr.addObject();
      u.put("id", units.get(i).id());
      u.put("value", c.value());
      u.put("level", c.level().name().toLowerCase(java.util.Locale.ROOT));
      u.put("rating_class", c.ratingClass().name());
      u.put("rank", c.rank());
      u.put("line", units.get(i).line());
    }
    return Output.toJson(root);
  }
}
