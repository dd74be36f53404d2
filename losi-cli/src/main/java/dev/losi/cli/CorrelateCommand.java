package dev.losi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.io.CsvTable;
import dev.losi.cli.internal.Numbers;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.OutputFormat;
import dev.losi.cli.internal.Problems;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.stats.Estimate;
import dev.losi.stats.correlation.Bootstrap;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import dev.losi.stats.study.CriterionCorrelation;
import dev.losi.stats.study.JoinBy;
import dev.losi.stats.study.MatchedCity;
import dev.losi.stats.study.OsiLosiStudy;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.study.RankedCity;
import dev.losi.stats.study.UnmatchedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code losi correlate}: correlations of two columns, or the OSI-LOSI study. */
@Command(
    name = "correlate",
    header = "Pearson, Spearman and Kendall with inference, or the OSI-LOSI study.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Two uses:",
        "1. --data FILE --x COLUMN --y COLUMN: Pearson's r, Spearman's rho and Kendall's tau-b of two columns of a",
        "   CSV, each with a two-sided p-value and a 95%% confidence interval (analytic, or bootstrap with",
        "   --bootstrap N --seed S). See docs/correlation.md for the formulas.",
        "2. --scores FILE --osi FILE: the OSI-LOSI study. Joins city LOSI (columns city or city_name, country,",
        "   losi, optional criterion_<code>; the CSV of losi score fits) with country OSI (columns country, osi,",
        "   as in the UN EGDI data) by ISO 3166-1 alpha-3 code or UN country name; then correlations, the",
        "   least-squares line of LOSI on OSI, leaders and laggards (largest residuals), the LOSI-by-OSI level",
        "   convergence table, and every row that could not be joined."},
    footer = {
        "",
        "Examples:",
        "  losi correlate --data egdi_2024_countries.csv --x osi --y hci",
        "  losi correlate --data pairs.csv --x a --y b --method spearman,kendall --bootstrap 2000 --seed 7 --format json",
        "  losi correlate --scores city-scores.csv --osi egdi_2024_countries.csv --top 5"})
final class CorrelateCommand extends LosiCommand {

  @Option(names = "--data", paramLabel = "FILE", description = "A CSV with the two columns to correlate.")
  Path data;

  @Option(names = "--x", paramLabel = "COLUMN", description = "The first column (with --data).")
  String x;

  @Option(names = "--y", paramLabel = "COLUMN", description = "The second column (with --data).")
  String y;

  @Option(names = "--method", paramLabel = "LIST", split = ",", defaultValue = "pearson,spearman,kendall",
      description = "Coefficients to report, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> methods;

  @Option(names = "--bootstrap", paramLabel = "N",
      description = "Bootstrap BCa confidence intervals from N resamples (at least 100) instead of the analytic ones.")
  Integer bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed of the bootstrap (default: ${DEFAULT-VALUE}); the same seed gives the same intervals.")
  long seed;

  @Option(names = "--scores", paramLabel = "FILE", description = "City LOSI results (the OSI-LOSI study).")
  Path scores;

  @Option(names = "--osi", paramLabel = "FILE", description = "Country OSI values (the OSI-LOSI study).")
  Path osi;

  @Option(names = "--osi-column", paramLabel = "NAME", defaultValue = "osi",
      description = "The OSI column of --osi (default: ${DEFAULT-VALUE}).")
  String osiColumn;

  @Option(names = "--join", paramLabel = "auto|iso3|name", defaultValue = "auto",
      description = "How countries are matched (default: ${DEFAULT-VALUE}: a UN name or an ISO3 code).")
  String join;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "How many leaders and laggards to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
      description = "table or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Override
  int run() {
    FormatConverter.require(spec, format, OutputFormat.TABLE, OutputFormat.JSON);
    boolean pairs = data != null || x != null || y != null;
    boolean study = scores != null || osi != null;
    if (pairs == study) {
      throw usage("use either --data FILE --x COLUMN --y COLUMN, or --scores FILE --osi FILE");
    }
    Set<CorrelationMethod> chosen = new LinkedHashSet<>();
    for (String m : methods) {
      try {
        chosen.add(CorrelationMethod.parse(m.strip()));
      } catch (IllegalArgumentException e) {
        throw usage("--method \"" + m + "\" is not one of pearson, spearman, kendall");
      }
    }
    if (bootstrap != null && bootstrap < 100) {
      throw usage("--bootstrap needs at least 100 resamples, got " + bootstrap);
    }
    String text = pairs ? pairs(chosen) : study(chosen);
    Output.write(text, out, out());
    return OK;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  // --- two columns -------------------------------------------------------------------------

  private String pairs(Set<CorrelationMethod> chosen) {
    if (data == null || x == null || y == null) {
      throw usage("--data, --x and --y go together");
    }
    if (top != 10 || !osiColumn.equals("osi") || !join.equals("auto")) {
      throw usage("--top, --osi-column and --join belong to the OSI-LOSI study (--scores, --osi)");
    }
    CsvTable t = CsvTable.read(data);
    ProblemCollector problems = new ProblemCollector();
    String src = data.toString();
    for (String c : List.of(x, y)) {
      if (!t.has(c)) {
        problems.add(Problem.builder().source(src).line(1).column(c)
            .message("is not a column of the file; columns are " + t.header()).build());
      }
    }
    problems.throwIfAny();
    int xi = t.column(x).orElseThrow();
    int yi = t.column(y).orElseThrow();
    double[] xs = new double[t.rows().size()];
    double[] ys = new double[t.rows().size()];
    int n = 0;
    for (CsvTable.Row r : t.rows()) {
      Double a = number(problems, src, r, x, xi);
      Double b = number(problems, src, r, y, yi);
      if (a != null && b != null) {
        xs[n] = a;
        ys[n] = b;
        n++;
      }
    }
    if (t.rows().isEmpty()) {
      problems.add(Problem.builder().source(src).message("has no data rows").build());
    }
    problems.throwIfAny();
    CorrelationSummary s = bootstrap == null ? Correlation.all(xs, ys) : Bootstrap.of(bootstrap, seed).all(xs, ys);
    if (format == OutputFormat.JSON) {
      ObjectNode root = Output.json().createObjectNode();
      root.put("x", x);
      root.put("y", y);
      root.put("n", s.n());
      root.put("intervals", bootstrap == null ? "analytic" : "bootstrap BCa, " + bootstrap + " resamples, seed " + seed);
      for (CorrelationMethod m : chosen) {
        root.set(m.key(), estimate(s.get(m), s.n()));
      }
      return Output.toJson(root);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(y).append(" with ").append(x).append(" in ").append(data).append(": n = ").append(s.n())
        .append(bootstrap == null ? "; analytic 95% intervals" : "; bootstrap BCa 95% intervals (" + bootstrap
            + " resamples, seed " + seed + ")").append("\n\n");
    sb.append(table(s, chosen));
    return sb.toString();
  }

  private static Double number(ProblemCollector problems, String src, CsvTable.Row r, String col, int i) {
    String raw = r.fields().get(i).strip();
    if (raw.isEmpty()) {
      problems.add(Problem.builder().source(src).line(r.line()).column(col)
          .message("is empty; every row needs a number in both columns").build());
      return null;
    }
    if (!Numbers.isDecimal(raw)) {
      problems.add(Problem.builder().source(src).line(r.line()).column(col).field(col).value(raw)
          .message("is not a number (decimal point, e.g. 0.391)").build());
      return null;
    }
    return Double.parseDouble(raw);
  }

  private static String table(CorrelationSummary s, Set<CorrelationMethod> chosen) {
    String full = s.toTable();
    List<String> lines = full.lines().toList();
    StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
    for (String l : lines.subList(1, lines.size())) {
      String key = l.split("\\s+")[0];
      if (chosen.stream().anyMatch(m -> m.key().equals(key))) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  /** {@code {"estimate", "p_value", "ci95": [lo, hi], "n", "se"}}, or {@code "undefined"} with the reason. */
  static ObjectNode estimate(Estimate e, int n) {
    ObjectNode o = Output.json().createObjectNode();
    if (e.isDefined()) {
      o.put("estimate", e.value());
    } else {
      o.putNull("estimate");
      o.put("undefined", e.undefinedReason().orElse(""));
    }
    if (e.pValue().isPresent()) {
      o.put("p_value", e.pValue().getAsDouble());
    } else {
      o.putNull("p_value");
    }
    if (e.confidenceInterval().isPresent()) {
      ArrayNode ci = o.putArray("ci95");
      ci.add(e.confidenceInterval().get().lower());
      ci.add(e.confidenceInterval().get().upper());
      o.put("ci_method", e.confidenceInterval().get().method());
    } else {
      o.putNull("ci95");
    }
    o.put("n", n);
    e.standardError().ifPresent(se -> o.put("se", se));
    return o;
  }

  // --- OSI-LOSI study ----------------------------------------------------------------------

  private String study(Set<CorrelationMethod> chosen) {
    if (scores == null || osi == null) {
      throw usage("--scores and --osi go together");
    }
    if (bootstrap != null) {
      throw usage("--bootstrap applies to --data; the study reports analytic intervals");
    }
    JoinBy joinBy;
    try {
      joinBy = JoinBy.valueOf(join.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--join must be auto, iso3 or name, got \"" + join + "\"");
    }
    if (top < 1) {
      throw usage("--top must be at least 1, got " + top);
    }
    ProblemCollector problems = new ProblemCollector();
    List<CityScoreRow> cities = new ArrayList<>();
    List<CountryOsiRow> countries = new ArrayList<>();
    CsvTable s = null;
    CsvTable o = null;
    try {
      s = CsvTable.read(scores);
    } catch (LosiValidationException e) {
      problems.addAll(e);
    }
    try {
      o = CsvTable.read(osi);
    } catch (LosiValidationException e) {
      problems.addAll(e);
    }
    problems.throwIfAny();
    readCities(s, cities, problems);
    readCountries(o, countries, problems);
    problems.throwIfAny();
    OsiLosiStudyResult r = OsiLosiStudy.of(cities, countries).withJoinBy(joinBy).withTop(top).run();
    if (r.matched().isEmpty()) {
      throw Problems.single(Problem.builder().source(scores.toString())
          .message("no city could be joined to a country of " + osi + "; unmatched: "
              + r.unmatched().stream().limit(5).map(UnmatchedRow::toString).toList()).build());
    }
    return format == OutputFormat.JSON ? studyJson(r, chosen) : r.toText().replace(System.lineSeparator(), "\n");
  }

  private void readCities(CsvTable t, List<CityScoreRow> out, ProblemCollector problems) {
    String src = scores.toString();
    String cityCol = first(t, "city", "city_name", "city_id");
    for (String[] need : new String[][] {{"city (or city_name, city_id)", cityCol}, {"country", t.has("country") ? "country" : null},
        {"losi", t.has("losi") ? "losi" : null}}) {
      if (need[1] == null) {
        problems.add(Problem.builder().source(src).line(1).column(need[0].split(" ")[0])
            .message("is a required column (" + need[0] + ") and is missing; columns are " + t.header()).build());
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    int ci = t.column(cityCol).orElseThrow();
    int ki = t.column("country").orElseThrow();
    int li = t.column("losi").orElseThrow();
    List<String> criteria = t.header().stream().filter(h -> h.startsWith("criterion_")).toList();
    for (CsvTable.Row r : t.rows()) {
      Double losi = number(problems, src, r, "losi", li);
      CityScoreRow.Builder b = CityScoreRow.builder().city(r.fields().get(ci).strip())
          .country(r.fields().get(ki).strip()).source(src).line(r.line());
      boolean ok = losi != null;
      for (String c : criteria) {
        String raw = r.fields().get(t.column(c).orElseThrow()).strip();
        if (raw.isEmpty()) {
          continue;
        }
        Double v = number(problems, src, r, c, t.column(c).orElseThrow());
        if (v == null) {
          ok = false;
        } else {
          b.putCriterion(c.substring("criterion_".length()), v);
        }
      }
      if (!ok) {
        continue;
      }
      try {
        out.add(b.losi(losi).build());
      } catch (LosiValidationException e) {
        problems.addAll(e);
      }
    }
  }

  private void readCountries(CsvTable t, List<CountryOsiRow> out, ProblemCollector problems) {
    String src = osi.toString();
    for (String c : List.of("country", osiColumn)) {
      if (!t.has(c)) {
        problems.add(Problem.builder().source(src).line(1).column(c)
            .message("is a required column and is missing; columns are " + t.header()).build());
      }
    }
    if (!t.has("country") || !t.has(osiColumn)) {
      return;
    }
    int ki = t.column("country").orElseThrow();
    int oi = t.column(osiColumn).orElseThrow();
    for (CsvTable.Row r : t.rows()) {
      Double v = number(problems, src, r, osiColumn, oi);
      if (v == null) {
        continue;
      }
      try {
        out.add(CountryOsiRow.builder().country(r.fields().get(ki).strip()).osi(v).source(src).line(r.line()).build());
      } catch (LosiValidationException e) {
        problems.addAll(e);
      }
    }
  }

  private static String first(CsvTable t, String... names) {
    for (String n : names) {
      if (t.has(n)) {
        return n;
      }
    }
    return null;
  }

  private static String studyJson(OsiLosiStudyResult r, Set<CorrelationMethod> chosen) {
    ObjectNode root = Output.json().createObjectNode();
    root.put("n", r.correlation().n());
    for (CorrelationMethod m : chosen) {
      root.set(m.key(), estimate(r.correlation().get(m), r.correlation().n()));
    }
    ObjectNode line = root.putObject("line");
    line.put("n", r.line().n());
    putEstimate(line, "intercept", r.line().intercept());
    putEstimate(line, "slope", r.line().slope());
    putEstimate(line, "r_squared", r.line().rSquared());
    ArrayNode crit = root.putArray("criteria");
    for (CriterionCorrelation c : r.criterionCorrelations()) {
      ObjectNode cn = crit.addObject();
      cn.put("criterion", c.criterion());
      cn.put("sub_index", c.subIndex());
      for (CorrelationMethod m : chosen) {
        cn.set(m.key(), estimate(c.correlation().get(m), c.correlation().n()));
      }
    }
    root.set("leaders", ranked(r.leaders()));
    root.set("laggards", ranked(r.laggards()));
    ObjectNode conv = root.putObject("convergence");
    conv.put("same_level", r.convergence().sameLevel());
    conv.put("city_above", r.convergence().cityAbove());
    conv.put("city_below", r.convergence().cityBelow());
    ObjectNode counts = conv.putObject("counts");
    for (Level l : Level.values()) {
      ObjectNode row = counts.putObject(key(l));
      for (Level o : Level.values()) {
        row.put(key(o), r.convergence().count(l, o));
      }
    }
    conv.put("rows", "LOSI level");
    conv.put("columns", "OSI level");
    ArrayNode un = root.putArray("unmatched");
    for (UnmatchedRow u : r.unmatched()) {
      ObjectNode un1 = un.addObject();
      un1.put("side", u.side().name().toLowerCase(Locale.ROOT));
      u.source().ifPresent(v -> un1.put("source", v));
      if (u.line().isPresent()) {
        un1.put("line", u.line().getAsLong());
      }
      u.city().ifPresent(v -> un1.put("city", v));
      un1.put("country", u.country());
      un1.put("reason", u.reason());
    }
    ArrayNode w = root.putArray("countries_without_cities");
    r.countriesWithoutCities().forEach(w::add);
    return Output.toJson(root);
  }

  private static void putEstimate(ObjectNode o, String key, Estimate e) {
    if (e.isDefined()) {
      o.put(key, e.value());
    } else {
      o.putNull(key);
      o.put(key + "_undefined", e.undefinedReason().orElse(""));
    }
  }

  private static ArrayNode ranked(List<RankedCity> list) {
    ArrayNode a = Output.json().createArrayNode();
    for (RankedCity rc : list) {
      MatchedCity c = rc.city();
      ObjectNode o = a.addObject();
      o.put("rank", rc.rank());
      o.put("city", c.city());
      o.put("country", c.country());
      o.put("iso3", c.iso3());
      o.put("losi", c.losi());
      o.put("osi", c.osi());
      o.put("residual", rc.residual());
      c.fitted().ifPresent(f -> o.put("fitted", f));
    }
    return a;
  }

  private static String key(Level l) {
    return l.name().toLowerCase(Locale.ROOT);
  }
}
