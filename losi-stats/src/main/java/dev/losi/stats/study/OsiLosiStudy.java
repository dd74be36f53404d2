package dev.losi.stats.study;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.level.Level;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.correlation.CorrelationSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OSI-LOSI study: how city portals relate to their national portals.
 *
 * <ol>
 *   <li>Join each {@link CityScoreRow} to the {@link CountryOsiRow} of its country by ISO 3166-1 alpha-3
 *       code (see {@link JoinBy} and {@link CountryCodes}). Rows that cannot be joined are listed in
 *       {@link OsiLosiStudyResult#unmatched()} with the reason.
 *   <li>Correlate LOSI with OSI (Pearson, Spearman, Kendall; see {@link Correlation}) and each LOSI criterion
 *       with the OSI sub-index of the same key (or as mapped by {@link #withCriterionMapping}).
 *   <li>Fit the least-squares line LOSI = a + b·OSI ({@link RegressionLine}); residual = LOSI - fitted.
 *       Leaders are the cities with the largest positive residuals, laggards the most negative; ties are
 *       broken by city name, then country.
 *   <li>Count cities by LOSI level and OSI level ({@link ConvergenceTable}).
 * </ol>
 *
 * <pre>{@code
 * OsiLosiStudyResult r = OsiLosiStudy.of(cities, countries).withTop(5).run();
 * System.out.println(r.correlation().spearman());
 * r.leaders().forEach(c -> System.out.println(c.rank() + ". " + c.city().city() + " " + c.residual()));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Duplicate rows (the same city in the same country twice, or two OSI rows
 * for one country) are input errors: {@link #run()} reports them all in one
 * {@link dev.losi.core.LosiValidationException}.
 *
 * @since 0.1.0
 */
public final class OsiLosiStudy {

  /** The default length of the leaders and laggards lists. */
  public static final int DEFAULT_TOP = 10;

  private final List<CityScoreRow> cities;
  private final List<CountryOsiRow> countries;
  private final JoinBy joinBy;
  private final int top;
  private final Map<String, String> criterionMapping;

  private OsiLosiStudy(List<CityScoreRow> cities, List<CountryOsiRow> countries, JoinBy joinBy, int top,
      Map<String, String> criterionMapping) {
    this.cities = List.copyOf(cities);
    this.countries = List.copyOf(countries);
    this.joinBy = Objects.requireNonNull(joinBy, "joinBy");
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0 (0 lists every city), got " + top);
    }
    this.top = top;
    this.criterionMapping = Map.copyOf(criterionMapping);
  }

  /**
   * A study of these rows, joined {@link JoinBy#AUTO}, with {@value #DEFAULT_TOP} leaders and laggards.
   *
   * @param cities the city rows
   * @param countries the country OSI rows
   * @return the study, not yet run
   */
  public static OsiLosiStudy of(List<CityScoreRow> cities, List<CountryOsiRow> countries) {
    return new OsiLosiStudy(cities, countries, JoinBy.AUTO, DEFAULT_TOP, Map.of());
  }

  /**
   * {@return the same study joined another way}
   *
   * @param newJoinBy how cities are joined to countries
   */
  public OsiLosiStudy withJoinBy(JoinBy newJoinBy) {
    return new OsiLosiStudy(cities, countries, newJoinBy, top, criterionMapping);
  }

  /**
   * {@return the same study listing at most {@code newTop} leaders and laggards each; 0 lists every city above or below the line}
   *
   * @param newTop at most this many leaders and laggards each, {@code >= 0}
   */
  public OsiLosiStudy withTop(int newTop) {
    return new OsiLosiStudy(cities, countries, joinBy, newTop, criterionMapping);
  }

  /**
   * The same study pairing LOSI criteria with OSI sub-indices of other names, for example
   * {@code Map.of("SP", "services_provision")}. Keys are compared ignoring case; criteria not in the map
   * are paired with the sub-index of the same key.
   *
   * @param mapping LOSI criterion code to OSI sub-index key
   * @return the same study with that pairing
   */
  public OsiLosiStudy withCriterionMapping(Map<String, String> mapping) {
    return new OsiLosiStudy(cities, countries, joinBy, top, mapping);
  }

  /**
   * Runs the study.
   *
   * @return the joined cities, correlations, regression line, leaders and laggards, and what was not joined
   * @throws dev.losi.core.LosiValidationException listing duplicate cities and duplicate countries
   */
  public OsiLosiStudyResult run() {
    ProblemCollector problems = new ProblemCollector();
    List<UnmatchedRow> unmatched = new ArrayList<>();

    // Countries by code.
    Map<String, CountryOsiRow> byCode = new LinkedHashMap<>();
    for (CountryOsiRow row : countries) {
      Resolution res = resolve(row.country());
      if (res.code == null) {
        unmatched.add(new UnmatchedRow(UnmatchedRow.Side.COUNTRY, row.source(), row.line(), Optional.empty(),
            row.country(), res.reason));
        continue;
      }
      CountryOsiRow previous = byCode.putIfAbsent(res.code, row);
      if (previous != null) {
        Problem.Builder p = Problem.builder();
        row.source().ifPresent(p::source);
        row.line().ifPresent(p::line);
        problems.add(p.field("country").value(row.country()).message("is " + res.code
            + ", which already has an OSI row" + previous.line().stream().mapToObj(l -> " (line " + l + ")")
                .findFirst().orElse("") + "; give each country once").build());
      }
    }

    // Cities.
    List<CityScoreRow> joinedRows = new ArrayList<>();
    List<String> joinedCodes = new ArrayList<>();
    Map<String, CityScoreRow> seen = new HashMap<>();
    List<UnmatchedRow> unmatchedCities = new ArrayList<>();
    for (CityScoreRow row : cities) {
      Resolution res = resolve(row.country());
      if (res.code == null) {
        unmatchedCities.add(cityUnmatched(row, res.reason));
        continue;
      }
      String key = res.code + "\u0000" + CountryCodes.normalize(row.city());
      CityScoreRow previous = seen.putIfAbsent(key, row);
      if (previous != null) {
        Problem.Builder p = Problem.builder();
        row.source().ifPresent(p::source);
        row.line().ifPresent(p::line);
        problems.add(p.city(row.city()).field("city").message("appears twice in " + res.code
            + previous.line().stream().mapToObj(l -> " (also line " + l + ")").findFirst().orElse("")
            + ids(previous, row) + "; give each city once").build());
        continue;
      }
      if (!byCode.containsKey(res.code)) {
        unmatchedCities.add(cityUnmatched(row, "no OSI value for " + res.code
            + CountryCodes.unName(res.code).map(n -> " (" + n + ")").orElse("")));
        continue;
      }
      joinedRows.add(row);
      joinedCodes.add(res.code);
    }
    problems.throwIfAny();
    List<UnmatchedRow> allUnmatched = new ArrayList<>(unmatchedCities);
    allUnmatched.addAll(unmatched);

    int n = joinedRows.size();
    double[] osi = new double[n];
    double[] losi = new double[n];
    for (int i = 0; i < n; i++) {
      osi[i] = byCode.get(joinedCodes.get(i)).osi();
      losi[i] = joinedRows.get(i).losi();
    }
    CorrelationSummary correlation = Correlation.all(osi, losi);
    RegressionLine line = RegressionLine.fit(osi, losi);

    List<MatchedCity> matched = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CityScoreRow row = joinedRows.get(i);
      OptionalDouble fitted = line.fitted(osi[i]);
      OptionalDouble residual = fitted.isPresent() ? OptionalDouble.of(losi[i] - fitted.getAsDouble())
          : OptionalDouble.empty();
      matched.add(new MatchedCity(row.city(), row.country(), joinedCodes.get(i), losi[i], osi[i], Level.of(losi[i]),
          Level.of(osi[i]), fitted, residual, row.line()));
    }

    Comparator<MatchedCity> byName = Comparator.comparing(MatchedCity::city).thenComparing(MatchedCity::iso3);
    List<MatchedCity> above = matched.stream().filter(c -> c.residual().isPresent() && c.residual().getAsDouble() > 0)
        .sorted(Comparator.<MatchedCity>comparingDouble(c -> -c.residual().getAsDouble()).thenComparing(byName))
        .toList();
    List<MatchedCity> below = matched.stream().filter(c -> c.residual().isPresent() && c.residual().getAsDouble() < 0)
        .sorted(Comparator.<MatchedCity>comparingDouble(c -> c.residual().getAsDouble()).thenComparing(byName))
        .toList();

    Set<String> used = new TreeSet<>(joinedCodes);
    List<String> withoutCities = byCode.keySet().stream().filter(c -> !used.contains(c)).sorted().toList();
    return new OsiLosiStudyResult(matched, correlation, criterionCorrelations(joinedRows, joinedCodes, byCode), line,
        ranked(above), ranked(below), new ConvergenceTable(matched), allUnmatched, withoutCities);
  }

  private List<RankedCity> ranked(List<MatchedCity> sorted) {
    int limit = top == 0 ? sorted.size() : Math.min(top, sorted.size());
    List<RankedCity> out = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      out.add(new RankedCity(i + 1, sorted.get(i)));
    }
    return out;
  }

  private List<CriterionCorrelation> criterionCorrelations(List<CityScoreRow> rows, List<String> codes,
      Map<String, CountryOsiRow> byCode) {
    Map<String, String> mapping = new HashMap<>();
    criterionMapping.forEach((k, v) -> mapping.put(k.toLowerCase(Locale.ROOT), v));
    Set<String> criteria = new LinkedHashSet<>();
    rows.forEach(r -> criteria.addAll(r.criteria().keySet()));
    List<CriterionCorrelation> out = new ArrayList<>();
    for (String criterion : criteria) {
      String wanted = mapping.getOrDefault(criterion.toLowerCase(Locale.ROOT), criterion);
      String subIndexName = null;
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Double c = rows.get(i).criteria().get(criterion);
        if (c == null) {
          continue;
        }
        for (Map.Entry<String, Double> e : byCode.get(codes.get(i)).subIndices().entrySet()) {
          if (e.getKey().equalsIgnoreCase(wanted)) {
            subIndexName = subIndexName == null ? e.getKey() : subIndexName;
            xs.add(e.getValue());
            ys.add(c);
            break;
          }
        }
      }
      if (subIndexName == null) {
        continue; // no OSI row has this sub-index: nothing to correlate
      }
      double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
      double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
      out.add(new CriterionCorrelation(criterion, subIndexName, Correlation.all(x, y)));
    }
    return out;
  }

  /** The city ids of two duplicate rows, for the message, when either has one. */
  private static String ids(CityScoreRow first, CityScoreRow second) {
    if (first.cityId().isEmpty() && second.cityId().isEmpty()) {
      return "";
    }
    return " (city ids " + first.cityId().orElse("none") + " and " + second.cityId().orElse("none") + ")";
  }

  private static UnmatchedRow cityUnmatched(CityScoreRow row, String reason) {
    return new UnmatchedRow(UnmatchedRow.Side.CITY, row.source(), row.line(), Optional.of(row.city()), row.country(),
        reason);
  }

  private static final class Resolution {
    final String code;
    final String reason;

    Resolution(String code, String reason) {
      this.code = code;
      this.reason = reason;
    }
  }

  private Resolution resolve(String country) {
    String t = country.strip();
    boolean threeLetters = t.length() == 3 && t.chars().allMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
    switch (joinBy) {
      case ISO3:
        return threeLetters ? new Resolution(t.toUpperCase(Locale.ROOT), null)
            : new Resolution(null, "\"" + t + "\" is not an ISO 3166-1 alpha-3 code (joining by code)");
      case NAME: {
        Optional<String> code = threeLetters ? Optional.empty() : CountryCodes.iso3(t);
        return code.map(c -> new Resolution(c, null)).orElseGet(() -> new Resolution(null,
            "country name \"" + t + "\" is not in the UN country table (joining by name; no fuzzy matching)"));
      }
      default: {
        Optional<String> code = CountryCodes.iso3(t);
        if (code.isPresent()) {
          return new Resolution(code.get(), null);
        }
        if (threeLetters && t.equals(t.toUpperCase(Locale.ROOT))) {
          return new Resolution(t, null);
        }
        return new Resolution(null, "country \"" + t
            + "\" is neither an ISO 3166-1 alpha-3 code nor a name in the UN country table (no fuzzy matching)");
      }
    }
  }

  @Override
  public String toString() {
    return "OSI-LOSI study of " + cities.size() + " cities and " + countries.size() + " countries, join " + joinBy
        + ", top " + top;
  }
}
