package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.level.Level;
import dev.losi.stats.io.UncertaintyTables;
import dev.losi.stats.uncertainty.RankUncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal table of a {@link RankUncertainty.Result} ({@code losi uncertainty}, docs/cli.md); the files
 * (JSON, CSV, XLSX) and the rows come from losi-stats-io's {@link UncertaintyTables}.
 */
final class UncertaintyOutput {

  private UncertaintyOutput() {}

  static String table(RankUncertainty.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.exact()
        ? "Exact enumeration of " + r.combinations() + " combinations"
        : r.draws() + " draws, seed " + r.seed() + ", " + r.modelRuns() + " model runs");
    sb.append("; varied: ").append(r.sources().isEmpty() ? "nothing"
        : String.join(", ", r.sources().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList()))
        .append("; ").append(r.disputedItems()).append(" disputed answers\n");
    RankUncertainty.Distribution d = r.spearman();
    sb.append("Spearman (point vs draw): ").append(d.defined() == 0 ? "undefined in every draw"
        : "median " + Output.display(d.median()) + ", 90% [" + Output.display(d.p05()) + ", " + Output.display(d.p95())
            + "], min " + Output.display(d.min())).append('\n');
    sb.append("Level changes with probability > 10%: ").append(r.levelChanges().isEmpty() ? "none"
        : String.join(", ", r.levelChanges().stream().map(c -> c.city().id() + " ("
            + String.format(Locale.ROOT, "%.1f%%", 100 * c.levelChangeProbability()) + ")").toList())).append("\n\n");
    List<String> header = UncertaintyTables.header(r);
    int[] numeric = new int[header.size() - 2];
    for (int i = 0; i < numeric.length; i++) {
      numeric[i] = i + 2;
    }
    Tabular t = new Tabular(header).numeric(numeric);
    int level = header.indexOf("point_level");
    for (List<Object> row : UncertaintyTables.rows(r)) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        cells.add(v == null ? "-" : c == level ? Level.valueOf((String) v).label()
            : v instanceof Double x ? Output.display(x) : v.toString());
      }
      t.add(cells);
    }
    sb.append(t.toText());
    return sb.toString();
  }
}
