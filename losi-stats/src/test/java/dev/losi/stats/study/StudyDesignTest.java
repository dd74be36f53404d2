package dev.losi.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.core.level.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The study design against scipy: the expected values in {@code design/expected.csv} were computed by the
 * committed {@code design/scipy_design.py} (scipy.stats.pearsonr and spearmanr, scipy 1.17.1) on
 * {@code design/cities.csv}: one city per country (unit = city = country), and clustered data at the
 * country unit with mean and median city LOSI.
 */
class StudyDesignTest {

  @Test
  void onePerCountryIsTheCityUnitAndMatchesScipy() throws IOException {
    StudyDesign.Result r = StudyDesign.defaults().analyse(cities("one_per_country"));
    assertEquals(StudyDesign.Unit.CITY, r.unit());
    check(r, expected().get("one_per_country"));
    assertTrue(r.pearsonBootstrap().isEmpty(), "no clustering, no cluster bootstrap");
  }

  @Test
  void clusteredDataDefaultToTheCountryUnitAndMatchScipy() throws IOException {
    StudyDesign.Result mean = StudyDesign.defaults().analyse(cities("clustered"));
    assertEquals(StudyDesign.Unit.COUNTRY, mean.unit());
    assertEquals(6, mean.n());
    assertEquals(14, mean.cities());
    check(mean, expected().get("clustered_mean"));
    StudyDesign.Result median = StudyDesign.defaults().withSummary(StudyDesign.Summary.MEDIAN).analyse(cities("clustered"));
    check(median, expected().get("clustered_median"));
  }

  @Test
  void cityUnitOnClusteredDataBootstrapsOverCountries() throws IOException {
    StudyDesign d = StudyDesign.defaults().withUnit(StudyDesign.Unit.CITY).withBootstrap(500, 9);
    StudyDesign.Result r = d.analyse(cities("clustered"));
    assertEquals(14, r.n());
    var ci = r.pearsonBootstrap().orElseThrow();
    assertTrue(ci.lower() <= r.pearson().value() && r.pearson().value() <= ci.upper(), ci.toString());
    assertTrue(ci.method().startsWith("cluster bootstrap over 6 countries"));
    assertEquals(r, d.analyse(cities("clustered")), "seeded");
  }

  /**
   * The design states its own intervals (what {@code losi correlate} printed as {@code intervals:} before the
   * statement moved here, golden {@code correlate-study*}): the cluster bootstrap's countries, replicates and
   * seed at the city unit on clustered data; the unit bootstrap's kind, resamples and seed on independent units;
   * otherwise analytic.
   */
  @Test
  void statesItsIntervals() throws IOException {
    assertEquals("ci95 analytic (assumes independent cities); ci95_cluster_bootstrap over 6 countries, 500 replicates,"
        + " seed 9", StudyDesign.defaults().withUnit(StudyDesign.Unit.CITY).withBootstrap(500, 9)
            .withUnitBootstrap(dev.losi.stats.correlation.Bootstrap.of(200, 3)).analyse(cities("clustered")).intervals());
    assertEquals("analytic", StudyDesign.defaults().analyse(cities("clustered")).intervals());
    assertEquals("bootstrap BCa, 200 resamples, seed 3", StudyDesign.defaults()
        .withUnitBootstrap(dev.losi.stats.correlation.Bootstrap.of(200, 3)).analyse(cities("clustered")).intervals());
    assertEquals("bootstrap percentile, 200 resamples, seed 3", StudyDesign.defaults()
        .withUnitBootstrap(dev.losi.stats.correlation.Bootstrap.of(200, 3)
            .withKind(dev.losi.stats.correlation.Bootstrap.Kind.PERCENTILE))
        .analyse(cities("one_per_country")).intervals());
  }

  @Test
  void refusesWhereTheDesignCannotAnswer() throws IOException {
    List<MatchedCity> three = new ArrayList<>();
    List<MatchedCity> one = new ArrayList<>();
    for (MatchedCity c : cities("clustered")) {
      if (c.iso3().compareTo("DDD") < 0) {
        three.add(c);
      }
      if (c.iso3().equals("AAA")) {
        one.add(c);
      }
    }
    LosiValidationException few = assertThrows(LosiValidationException.class, () -> StudyDesign.defaults().analyse(three));
    assertTrue(few.getMessage().contains("only 3 distinct OSI values (3 countries) for 8 cities"), few.getMessage());
    LosiValidationException pilot = assertThrows(LosiValidationException.class, () -> StudyDesign.defaults().analyse(one));
    assertTrue(pilot.getMessage().contains("one country (AAA), so OSI is a constant"), pilot.getMessage());
    assertTrue(pilot.getMessage().contains("OSI sub-index per criterion, or with a previous edition"));
  }

  private static void check(StudyDesign.Result r, String[] e) {
    assertEquals(Integer.parseInt(e[1]), r.n());
    assertEquals(Double.parseDouble(e[2]), r.pearson().value(), 1e-12);
    assertEquals(Double.parseDouble(e[3]), r.pearson().pValue().getAsDouble(), 1e-9);
    assertEquals(Double.parseDouble(e[4]), r.spearman().value(), 1e-12);
    double p = Double.parseDouble(e[5]);
    assertEquals(p, r.spearman().pValue().getAsDouble(), Math.max(1e-9, 1e-6 * p));
    assertFalse(r.pearson().undefinedReason().isPresent());
  }

  private static Map<String, String[]> expected() throws IOException {
    Map<String, String[]> m = new HashMap<>();
    for (String[] row : read("expected.csv")) {
      m.put(row[0], row);
    }
    return m;
  }

  private static List<MatchedCity> cities(String dataset) throws IOException {
    List<MatchedCity> out = new ArrayList<>();
    for (String[] r : read("cities.csv")) {
      if (r[0].equals(dataset)) {
        double losi = Double.parseDouble(r[3]);
        double osi = Double.parseDouble(r[4]);
        out.add(new MatchedCity(r[1], r[2], r[2], losi, osi, Level.of(losi), Level.of(osi), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalLong.empty()));
      }
    }
    return out;
  }

  private static List<String[]> read(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        StudyDesignTest.class.getResourceAsStream("design/" + name), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(line.split(","));
      }
    }
    return rows;
  }
}
