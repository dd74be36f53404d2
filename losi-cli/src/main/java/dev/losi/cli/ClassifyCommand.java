package dev.losi.cli;

import dev.losi.core.NumberText;
import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.io.IndexValues;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClassifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  /** The column naming each unit: {@code --id-column}, else {@link #defaultIdColumn} of the header. */
  private String idColumn(List<String> header) {
    return idColumn != null ? idColumn : defaultIdColumn(header);
  }

  @Mixin TableCsvOrJson output;

  @Override
  int run() {
    CsvTable table = Problems.reading(data, () -> CsvTable.read(data), (in, src) -> CsvTable.read(in, src, CsvFormat.standard()));
    ProblemCollector problems = new ProblemCollector();
    String src = data.toString();
    if (!table.has(column)) {
      problems.add(Problem.builder().source(src).line(1).column(column)
          .message("is not a column of the file; columns are " + table.header()).build());
    }
    String idCol = idColumn(table.header());
    if (!table.has(idCol)) {
      problems.add(Problem.builder().source(src).line(1).column(idCol)
          .message("is not a column of the file (--id-column); columns are " + table.header()).build());
    }
    problems.throwIfAny();
    IndexValues.Classified classified = IndexValues.read(table, column, idCol).classify();
    String text = switch (output.format()) {
      case JSON -> classified.toJson();
      case CSV -> tabular(classified, false).toCsv();
      default -> text(classified);
    };
    output.write(text, out());
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

  private Tabular tabular(IndexValues.Classified classified, boolean display) {
    List<IndexValues.Value> units = classified.values().values();
    Tabular t = new Tabular(List.of("rank", classified.values().idColumn(), column, "level", "rating_class", "line"))
        .numeric(0, 2, 5);
    for (int i : classified.order()) {
      RatingClassifier.Classification c = classified.classifications().get(i);
      t.add(List.of(Integer.toString(c.rank()), units.get(i).id(),
          display ? Output.display(c.value()) : NumberText.of(c.value()),
          c.level().label(), c.ratingClass().name(), Long.toString(units.get(i).line())));
    }
    return t;
  }

  private String text(IndexValues.Classified classified) {
    Map<Level, Integer> counts = classified.counts();
    Map<Level, RatingClassifier.Quartiles> cuts = classified.quartiles();
    StringBuilder sb = new StringBuilder();
    sb.append(column).append(" in ").append(data).append(": ").append(classified.values().values().size())
        .append(" values\n\n");
    Tabular summary = new Tabular(List.of("level", "interval", "units", "Q1", "Q2 (median)", "Q3")).numeric(2, 3, 4, 5);
    for (Level l : Level.values()) {
      RatingClassifier.Quartiles q = cuts.get(l);
      summary.add(List.of(l.label(), interval(l), Integer.toString(counts.get(l)),
          q == null ? "-" : Output.display(q.q1()), q == null ? "-" : Output.display(q.q2()),
          q == null ? "-" : Output.display(q.q3())));
    }
    sb.append(summary.toText()).append('\n');
    sb.append(tabular(classified, true).toText());
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
}
