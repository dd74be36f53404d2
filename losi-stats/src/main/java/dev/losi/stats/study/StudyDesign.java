package dev.losi.stats.study;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.correlation.Bootstrap;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.internal.Percentiles;
import dev.losi.stats.internal.Streams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The design of the OSI-LOSI study: OSI is a national value, so cities of one country share it and are not
 * independent observations of the OSI-LOSI relation.
 *
 * <h2>Unit of analysis</h2>
 * By default, when some country has two or more cities, the unit is the <em>country</em>: each country's
 * city LOSI values are summarised by their mean (or median) and correlated with its OSI, with n = number of
 * countries. When every country has one city the unit is the city (the two coincide). With the city unit
 * forced on clustered data, n = number of cities and the intervals come from a cluster bootstrap over
 * countries: replicate b draws G countries with replacement ({@code nextInt(G)} from a XoRoShiRo128++
 * stream seeded with {@code Streams.seed(seed, b, 0, 0)}, countries ordered by ISO code), takes all their
 * cities, and recomputes Pearson's r and Spearman's rho; the 95% interval is the type-7 percentile
 * interval of the defined replicates.
 *
 * <h2>Refusals</h2>
 * The design cannot answer, and {@link #analyse} refuses with a {@link LosiValidationException} saying why
 * and what to do instead, when all cities are in one country (OSI is a constant) or there are fewer than
 * {@link #MINIMUM_DISTINCT_OSI} distinct OSI values (a correlation over so few national values, however many
 * cities, is not informative: 40 cities in 3 countries give a spuriously small p-value).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StudyDesign {

  /** The fewest distinct OSI values the study accepts. */
  public static final int MINIMUM_DISTINCT_OSI = 5;

  /**
   * The unit of analysis.
   *
   * @since 0.1.0
   */
  public enum Unit {
    /** One observation per country: its cities' LOSI summarised against its OSI. */
    COUNTRY,
    /** One observation per city. */
    CITY
  }

  /**
   * How a country's city LOSI values are summarised at the country unit.
   *
   * @since 0.1.0
   */
  public enum Summary {
    /** The arithmetic mean. */
    MEAN,
    /** The median (the mean of the two middle values for an even count). */
    MEDIAN
  }

  private final Optional<Unit> unit;
  private final Summary summary;
  private final int replicates;
  private final long seed;
  private final Optional<Bootstrap> unitBootstrap;

  private StudyDesign(Optional<Unit> unit, Summary summary, int replicates, long seed,
      Optional<Bootstrap> unitBootstrap) {
    this.unit = unit;
    this.summary = summary;
    this.replicates = replicates;
    this.seed = seed;
    this.unitBootstrap = unitBootstrap;
  }

  /** {@return the default design: unit chosen from the data, mean summary, 1000 bootstrap replicates, seed 0} */
  public static StudyDesign defaults() {
    return new StudyDesign(Optional.empty(), Summary.MEAN, 1000, 0L, Optional.empty());
  }

  /**
   * {@return With the unit forced}
   *
   * @param u the unit of analysis, country or city
   */
  public StudyDesign withUnit(Unit u) {
    return new StudyDesign(Optional.of(u), summary, replicates, seed, unitBootstrap);
  }

  /**
   * {@return With another country summary}
   *
   * @param s how a country's cities are summarised, mean or median
   */
  public StudyDesign withSummary(Summary s) {
    return new StudyDesign(unit, s, replicates, seed, unitBootstrap);
  }

  /**
   * {@return With the cluster bootstrap's replicates (at least 2) and seed, used at the city unit on clustered data}
   *
   * @param replicates the number of replicates, at least 2
   * @param seed the seed
   */
  public StudyDesign withBootstrap(int replicates, long seed) {
    if (replicates < 2) {
      throw new IllegalArgumentException("replicates must be at least 2, got " + replicates);
    }
    return new StudyDesign(unit, summary, replicates, seed, unitBootstrap);
  }

  /**
   * With bootstrap intervals for {@link Result#correlation()} when the units are independent (the country
   * unit, or the city unit with one city per country): the given bootstrap resamples the units. Without
   * it, those intervals are analytic. On clustered data at the city unit the units are not independent and
   * this bootstrap is not used (the cluster bootstrap of {@link #withBootstrap} is).
   *
   * @param bootstrap the bootstrap for independent units
   * @return this design with that bootstrap
   */
  public StudyDesign withUnitBootstrap(Bootstrap bootstrap) {
    return new StudyDesign(unit, summary, replicates, seed, Optional.of(bootstrap));
  }

  /**
   * Analyses the joined cities of an {@link OsiLosiStudy} ({@link OsiLosiStudyResult#matched()}).
   *
   * @param cities the joined cities
   * @return the correlations over the design's units and how their intervals were made
   * @throws LosiValidationException when the design cannot answer (see the class documentation)
   */
  public Result analyse(List<MatchedCity> cities) {
    TreeMap<String, List<MatchedCity>> byCountry = new TreeMap<>();
    for (MatchedCity c : cities) {
      byCountry.computeIfAbsent(c.iso3(), k -> new ArrayList<>()).add(c);
    }
    TreeSet<Double> osi = new TreeSet<>();
    cities.forEach(c -> osi.add(c.osi()));
    if (byCountry.size() == 1) {
      throw refuse("all " + cities.size() + " cities are in one country (" + byCountry.firstKey() + "), so OSI is a"
          + " constant and cannot correlate with LOSI; for a national pilot, compare the cities with the country's"
          + " OSI sub-index per criterion, or with a previous edition");
    }
    if (osi.size() < MINIMUM_DISTINCT_OSI) {
      throw refuse("only " + osi.size() + " distinct OSI values (" + byCountry.size() + " countries) for "
          + cities.size() + " cities: OSI is national, so the cities of a country are not independent and a"
          + " correlation over fewer than " + MINIMUM_DISTINCT_OSI + " national values cannot be trusted; add"
          + " countries, or compare cities with their country's OSI sub-index per criterion or a previous edition");
    }
    boolean clustered = byCountry.values().stream().anyMatch(l -> l.size() > 1);
    Unit u = unit.orElse(clustered ? Unit.COUNTRY : Unit.CITY);
    double[] x;
    double[] y;
    if (u == Unit.COUNTRY) {
      x = new double[byCountry.size()];
      y = new double[byCountry.size()];
      int k = 0;
      for (List<MatchedCity> l : byCountry.values()) {
        x[k] = l.get(0).osi();
        y[k++] = summarise(l.stream().mapToDouble(MatchedCity::losi).toArray());
      }
    } else {
      x = cities.stream().mapToDouble(MatchedCity::osi).toArray();
      y = cities.stream().mapToDouble(MatchedCity::losi).toArray();
    }
    Estimate pearson = Correlation.pearson(x, y);
    Estimate spearman = Correlation.spearman(x, y);
    boolean independent = u == Unit.COUNTRY || !clustered;
    CorrelationSummary all = independent && unitBootstrap.isPresent() ? unitBootstrap.get().all(x, y)
        : Correlation.all(x, y);
    Optional<ConfidenceInterval> bp = Optional.empty();
    Optional<ConfidenceInterval> bs = Optional.empty();
    if (!independent) {
      double[][] reps = bootstrap(new ArrayList<>(byCountry.values()));
      bp = interval(reps[0], byCountry.size());
      bs = interval(reps[1], byCountry.size());
    }
    return new Result(u, x.length, byCountry.size(), cities.size(), summary, pearson, spearman, bp, bs, all,
        clustered, intervals(independent, byCountry.size()));
  }

  /** The statement of {@link Result#intervals()}. */
  private String intervals(boolean independent, int countries) {
    if (!independent) {
      return "ci95 analytic (assumes independent cities); ci95_cluster_bootstrap over " + countries + " countries, "
          + replicates + " replicates, seed " + seed;
    }
    return unitBootstrap.map(b -> "bootstrap " + (b.kind() == Bootstrap.Kind.BCA ? "BCa" : "percentile") + ", "
        + b.replicates() + " resamples, seed " + b.seed()).orElse("analytic");
  }

  private double summarise(double[] v) {
    if (summary == Summary.MEAN) {
      double s = 0;
      for (double d : v) {
        s += d;
      }
      return s / v.length;
    }
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    return Percentiles.type7(sorted, 0.5);
  }

  private double[][] bootstrap(List<List<MatchedCity>> countries) {
    int g = countries.size();
    double[][] out = new double[2][replicates];
    for (int b = 0; b < replicates; b++) {
      UniformRandomProvider rng = Streams.stream(seed, b, 0, 0);
      List<MatchedCity> sample = new ArrayList<>();
      for (int k = 0; k < g; k++) {
        sample.addAll(countries.get(rng.nextInt(g)));
      }
      double[] x = sample.stream().mapToDouble(MatchedCity::osi).toArray();
      double[] y = sample.stream().mapToDouble(MatchedCity::losi).toArray();
      Estimate p = Correlation.pearson(x, y);
      Estimate s = Correlation.spearman(x, y);
      out[0][b] = p.isDefined() ? p.value() : Double.NaN;
      out[1][b] = s.isDefined() ? s.value() : Double.NaN;
    }
    return out;
  }

  private Optional<ConfidenceInterval> interval(double[] reps, int countries) {
    double[] d = Arrays.stream(reps).filter(Double::isFinite).sorted().toArray();
    if (d.length < 2) {
      return Optional.empty();
    }
    return Optional.of(ConfidenceInterval.of(Percentiles.type7(d, 0.025), Percentiles.type7(d, 0.975), 0.95,
        "cluster bootstrap over " + countries + " countries, " + replicates + " replicates (" + d.length
            + " defined), percentile"));
  }

  private static LosiValidationException refuse(String message) {
    return new LosiValidationException(List.of(Problem.builder().field("osi").message(message).build()));
  }

  /**
   * The study under its design.
   *
   * @param unit the unit of analysis
   * @param n the number of units (countries at the country unit, cities at the city unit)
   * @param countries the number of countries
   * @param cities the number of cities
   * @param summary the country summary (used at the country unit)
   * @param pearson Pearson's r over the units, with its analytic p-value and interval (which assume
   *     independent units)
   * @param spearman Spearman's rho over the units, likewise
   * @param pearsonBootstrap at the city unit on clustered data, the cluster-bootstrap interval of r
   * @param spearmanBootstrap likewise for rho
   * @param correlation Pearson, Spearman and Kendall over the units, as {@link Correlation#all}: analytic
   *     intervals, or those of {@link #withUnitBootstrap} when the units are independent
   * @param clustered whether some country has two or more cities
   * @param intervals a short statement of how the 95% intervals were made, for the {@code intervals} key of the
   *     study's JSON: {@code "analytic"}; {@code "bootstrap BCa, 2000 resamples, seed 7"} with
   *     {@link #withUnitBootstrap} on independent units (or {@code "bootstrap percentile, ..."}); at the city unit
   *     on clustered data {@code "ci95 analytic (assumes independent cities); ci95_cluster_bootstrap over 12
   *     countries, 1000 replicates, seed 1"} (the replicates and seed of {@link #withBootstrap})
   * @since 0.1.0
   */
  public record Result(Unit unit, int n, int countries, int cities, Summary summary, Estimate pearson,
      Estimate spearman, Optional<ConfidenceInterval> pearsonBootstrap, Optional<ConfidenceInterval> spearmanBootstrap,
      CorrelationSummary correlation, boolean clustered, String intervals) {

    /**
     * {@return a few lines stating the design: the unit, n, the country summary, the correlations over the units
     * ({@link CorrelationSummary#toTable()}) and, at the city unit on clustered data, the cluster-bootstrap
     * intervals. Lines end with {@code \n}}
     */
    public String toText() {
      StringBuilder sb = new StringBuilder("Design: unit ");
      if (unit == Unit.COUNTRY) {
        sb.append("country (").append(summary.name().toLowerCase(java.util.Locale.ROOT))
            .append(" city LOSI per country against its OSI), n = ").append(n).append(" countries (").append(cities)
            .append(" cities)\n");
      } else {
        sb.append("city, n = ").append(n).append(" cities in ").append(countries).append(" countries")
            .append(clustered ? "; the analytic intervals assume independent cities, the cluster bootstrap does not"
                : "; one city per country")
            .append("\n");
      }
      sb.append("LOSI vs OSI over the ").append(n).append(unit == Unit.COUNTRY ? " countries" : " cities").append("\n")
          .append(correlation.toTable().replace(System.lineSeparator(), "\n"));
      pearsonBootstrap.ifPresent(ci -> sb.append(String.format(java.util.Locale.ROOT,
          "pearson  cluster-bootstrap 95%% CI [%.4f, %.4f] (%s)%n", ci.lower(), ci.upper(), ci.method())));
      spearmanBootstrap.ifPresent(ci -> sb.append(String.format(java.util.Locale.ROOT,
          "spearman cluster-bootstrap 95%% CI [%.4f, %.4f] (%s)%n", ci.lower(), ci.upper(), ci.method())));
      return sb.toString().replace(System.lineSeparator(), "\n");
    }
  }
}
