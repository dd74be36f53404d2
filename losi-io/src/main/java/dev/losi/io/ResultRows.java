package dev.losi.io;

import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.LosiValidationException;
import dev.losi.core.NumberText;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.RatingClass;
import dev.losi.core.results.RecordedResult;
import dev.losi.core.results.ReferenceSet;
import dev.losi.core.scoring.AnswerCounts;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.Score;
import dev.losi.io.internal.Relocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** The results table of {@link ResultsExport#toCsv}, read back row by row ({@link RecordedResults#readCsv}). */
final class ResultRows {

  static final List<String> FIXED = List.of("city_id", "city_name", "country", "population", "size_class", "region",
      "assessor", "instrument", "losi", "points", "maximum", "level", "rating_class", "rank", "present", "absent",
      "not_applicable", "not_assessed", "not_assessed_counted_absent", "downgrades", "not_applicable_without_adjustment",
      "rank_in_country", "rank_in_region", "rank_in_size_class", "reference_basis", "reference_size");
  static final List<String> ADJUSTED = List.of("adjusted_losi", "adjusted_points", "adjusted_maximum", "adjusted_level",
      "adjustments_applied", "excluded");
  static final List<String> LOCAL = List.of("local_score", "local_points", "local_maximum", "local_indicators");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

  private final Table t;
  private final Map<String, Integer> cols;
  private final ProblemCollector problems;
  private List<String> row;
  private RowCells cells;

  private ResultRows(Table t, Map<String, Integer> cols, ProblemCollector problems) {
    this.t = t;
    this.cols = cols;
    this.problems = problems;
  }

  static List<RecordedResult> read(Table t, ProblemCollector problems) throws IOException, Table.Fatal {
    List<String> header = t.next(problems::add);
    if (header == null) {
      problems.add(t.atSource().message("is empty: expected a results table with the columns "
          + String.join(",", FIXED)).build());
      return null;
    }
    Map<String, Integer> cols = Cells.header(t, header, problems);
    boolean adjusted = cols.keySet().stream().anyMatch(c -> c.startsWith("adjusted_") || ADJUSTED.contains(c));
    boolean local = cols.keySet().stream().anyMatch(c -> c.startsWith("local_"));
    List<String> required = new ArrayList<>(FIXED);
    for (ChannelScope s : ChannelScope.values()) {
      required.add("scope_" + s.name());
      if (adjusted) {
        required.add("adjusted_scope_" + s.name());
      }
    }
    required.addAll(adjusted ? ADJUSTED : List.of());
    required.addAll(local ? LOCAL : List.of());
    boolean headerOk = Tables.requireColumns(t, cols, required, problems);
    for (Map.Entry<String, Integer> c : cols.entrySet()) {
      String name = c.getKey();
      if (!required.contains(name) && !name.startsWith("criterion_") && !(adjusted && name.startsWith("adjusted_criterion_"))) {
        problems.add(t.at(c.getValue()).field("header").value(name).message("is not a column of a results table"
            + " (expected " + String.join(",", required) + " and criterion_CODE columns)").build());
        headerOk = false;
      }
    }
    if (!headerOk) {
      return null;
    }
    ResultRows r = new ResultRows(t, cols, problems);
    List<RecordedResult> out = new ArrayList<>();
    while ((r.row = Tables.nextRow(t, header.size(), problems)) != null) {
      RecordedResult one = r.result(adjusted, local);
      if (one != null) {
        out.add(one);
      }
    }
    return List.copyOf(out);
  }

  private RecordedResult result(boolean adjustedColumns, boolean localColumns) {
    cells = new RowCells(t, cols, row, problems, null);
    City city = city();
    Score standard = score("losi", "points", "maximum", "level");
    RatingClass ratingClass = constant("rating_class", RatingClass.class);
    Integer referenceSize = whole("reference_size", 1, true);
    int max = referenceSize == null ? Integer.MAX_VALUE : referenceSize;
    Integer rank = whole("rank", 1, true);
    Integer rankInCountry = whole("rank_in_country", 1, true);
    Integer rankInRegion = whole("rank_in_region", 1, false);
    Integer rankInSizeClass = whole("rank_in_size_class", 1, false);
    Integer[] ranks = {rank, rankInCountry, rankInRegion, rankInSizeClass};
    String[] names = {"rank", "rank_in_country", "rank_in_region", "rank_in_size_class"};
    for (int i = 0; i < ranks.length; i++) {
      if (ranks[i] != null && ranks[i] > max) {
        problem(names[i], "is above reference_size " + max);
      }
    }
    ReferenceSet.Basis basis = constant("reference_basis", ReferenceSet.Basis.class);
    Map<String, Double> criteria = criteria("criterion_");
    Map<ChannelScope, Double> scopes = scopes("scope_");
    AnswerCounts counts = counts();
    List<ChannelDowngrade> downgrades = downgrades();
    List<String> notApplicable = list("not_applicable_without_adjustment");
    Optional<RecordedResult.Adjusted> adjusted = adjustedColumns && !text("adjusted_losi").isEmpty()
        ? Optional.ofNullable(adjusted()) : empty(adjustedColumns, "adjusted_");
    Optional<RecordedResult.Local> local = localColumns && !text("local_score").isEmpty()
        ? Optional.ofNullable(local()) : empty(localColumns, "local_");
    String assessor = text("assessor");
    String instrument = text("instrument");
    if (assessor.isEmpty()) {
      problem("assessor", "must not be empty");
    }
    if (instrument.isEmpty()) {
      problem("instrument", "must not be empty");
    }
    if (!cells.ok() || city == null) {
      return null;
    }
    return new RecordedResult(city, assessor, instrument, standard, ratingClass, rank, rankInCountry,
        optional(rankInRegion), optional(rankInSizeClass), basis, referenceSize, criteria, scopes, counts, downgrades,
        notApplicable, adjusted, local);
  }

  private City city() {
    String pop = text("population");
    Long population = null;
    if (!pop.isEmpty()) {
      try {
        population = pop.matches("[0-9]{1,19}") ? Long.parseLong(pop) : null;
      } catch (NumberFormatException e) {
        population = null;
      }
      if (population == null) {
        problem("population", "is not a whole number of 0 or more");
      }
    }
    try {
      City.Builder b = City.builder().id(text("city_id")).name(text("city_name")).country(text("country"));
      if (population != null) {
        b.population(population);
      }
      if (!text("size_class").isEmpty()) {
        b.sizeClass(text("size_class"));
      }
      if (!text("region").isEmpty()) {
        b.region(text("region"));
      }
      return b.build();
    } catch (LosiValidationException e) {
      Relocation.relocate(e, t.atRow(), problems);
      return null;
    }
  }

  /** A score from its points and maximum columns, checked against its value and level (when it has one) columns. */
  private Score score(String value, String points, String maximum, String level) {
    Double v = number(value);
    Double p = number(points);
    Double m = number(maximum);
    if (v == null || p == null || m == null) {
      return null;
    }
    Score s;
    try {
      s = new Score(p, m);
    } catch (IllegalArgumentException e) {
      problem(points, "is not a score with " + maximum + " " + text(maximum) + ": " + e.getMessage());
      return null;
    }
    if (Double.compare(v, s.value()) != 0) {
      problem(value, "does not equal " + points + " / " + maximum + " = " + NumberText.shortest(s.value()));
    }
    if (level != null && !text(level).equals(s.level().name())) {
      problem(level, "is not the level of " + value + " " + NumberText.shortest(s.value()) + " (" + s.level().name()
          + ")");
    }
    return s;
  }

  private RecordedResult.Adjusted adjusted() {
    Score s = score("adjusted_losi", "adjusted_points", "adjusted_maximum", "adjusted_level");
    List<String> applied = list("adjustments_applied");
    if (applied.isEmpty()) {
      problem("adjustments_applied", "must name the adjustments applied");
    }
    List<String> excluded = list("excluded");
    Map<String, Double> criteria = criteria("adjusted_criterion_");
    Map<ChannelScope, Double> scopes = scopes("adjusted_scope_");
    return s == null ? null : new RecordedResult.Adjusted(s, applied, excluded, criteria, scopes);
  }

  private RecordedResult.Local local() {
    Score s = score("local_score", "local_points", "local_maximum", null);
    return s == null ? null : new RecordedResult.Local(s, list("local_indicators"));
  }

  /** Empty; a row without the group's first value has every other cell of the group empty. */
  private <T> Optional<T> empty(boolean columns, String prefix) {
    if (columns) {
      for (String c : cols.keySet()) {
        if ((c.startsWith(prefix) || prefix.equals("adjusted_") && ADJUSTED.contains(c)) && !text(c).isEmpty()) {
          problem(c, "is given, but " + (prefix.equals("adjusted_") ? "adjusted_losi" : "local_score") + " is empty");
        }
      }
    }
    return Optional.empty();
  }

  private Map<String, Double> criteria(String prefix) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String c : cols.keySet()) {
      if (c.startsWith(prefix) && !text(c).isEmpty()) {
        Double v = share(c);
        if (v != null) {
          out.put(c.substring(prefix.length()), v);
        }
      }
    }
    return out;
  }

  private Map<ChannelScope, Double> scopes(String prefix) {
    Map<ChannelScope, Double> out = new EnumMap<>(ChannelScope.class);
    for (ChannelScope s : ChannelScope.values()) {
      if (!text(prefix + s.name()).isEmpty()) {
        Double v = share(prefix + s.name());
        if (v != null) {
          out.put(s, v);
        }
      }
    }
    return out;
  }

  private AnswerCounts counts() {
    Integer[] n = new Integer[5];
    List<String> names = List.of("present", "absent", "not_applicable", "not_assessed", "not_assessed_counted_absent");
    for (int i = 0; i < n.length; i++) {
      n[i] = whole(names.get(i), 0, true);
    }
    if (Arrays.asList(n).contains(null)) {
      return null;
    }
    try {
      return new AnswerCounts(n[0], n[1], n[2], n[3], n[4]);
    } catch (IllegalArgumentException e) {
      problem("not_assessed_counted_absent", e.getMessage());
      return null;
    }
  }

  /** {@code CODE:CHANNEL+CHANNEL[>ADJUSTMENT]} entries joined with {@code |}. */
  private List<ChannelDowngrade> downgrades() {
    List<ChannelDowngrade> out = new ArrayList<>();
    for (String entry : list("downgrades")) {
      int colon = entry.indexOf(':');
      int gt = entry.indexOf('>', Math.max(colon, 0));
      String channels = colon < 0 ? "" : gt < 0 ? entry.substring(colon + 1) : entry.substring(colon + 1, gt);
      Set<Channel> set = new LinkedHashSet<>();
      boolean valid = colon > 0 && !channels.isEmpty();
      for (String c : channels.split("\\+", -1)) {
        Channel ch = valid ? Arrays.stream(Channel.values()).filter(x -> x.name().equals(c)).findFirst().orElse(null) : null;
        valid &= ch != null && set.add(ch);
      }
      if (!valid || gt == entry.length() - 1) {
        problem("downgrades", "has the entry \"" + entry + "\", which is not CODE:CHANNEL+CHANNEL[>ADJUSTMENT] with"
            + " channels of " + Arrays.toString(Channel.values()));
        continue;
      }
      try {
        out.add(new ChannelDowngrade(entry.substring(0, colon), set,
            gt < 0 ? Optional.empty() : Optional.of(entry.substring(gt + 1))));
      } catch (IllegalArgumentException e) {
        problem("downgrades", e.getMessage());
      }
    }
    return out;
  }

  private List<String> list(String column) {
    String s = text(column);
    return s.isEmpty() ? List.of() : List.of(s.split("\\|", -1));
  }

  private String text(String column) {
    return cells.text(column);
  }

  private Double number(String column) {
    String s = text(column);
    Double d = Numbers.parse(s);
    if (d == null) {
      problem(column, s.isEmpty() ? "must not be empty" : "is not a number (use a dot as decimal separator)");
    }
    return d;
  }

  private Double share(String column) {
    Double d = number(column);
    if (d != null && !(d >= 0 && d <= 1)) {
      problem(column, "must be in [0, 1]");
      return null;
    }
    return d;
  }

  private Integer whole(String column, int min, boolean required) {
    String s = text(column);
    if (s.isEmpty() && !required) {
      return null;
    }
    if (!WHOLE.matcher(s).matches() || Integer.parseInt(s) < min) {
      problem(column, "is not a whole number of " + min + " or more");
      return null;
    }
    return Integer.parseInt(s);
  }

  private <E extends Enum<E>> E constant(String column, Class<E> type) {
    return cells.constant(column, type.getEnumConstants());
  }

  private void problem(String column, String message) {
    cells.problem(column, text(column), message);
  }

  private static OptionalInt optional(Integer i) {
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }
}
