package dev.losi.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.core.level.Level;
import dev.losi.stats.correlation.Correlation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsiLosiStudyTest {

  static final List<CountryOsiRow> COUNTRIES = List.of(
      CountryOsiRow.builder().country("Denmark").osi(0.2).putSubIndex("sp", 0.1).line(2).build(),
      CountryOsiRow.builder().country("Republic of Korea").osi(0.4).putSubIndex("sp", 0.5).line(3).build(),
      CountryOsiRow.builder().country("TUR").osi(0.6).putSubIndex("sp", 0.7).line(4).build(),
      CountryOsiRow.builder().country("Côte d'Ivoire").osi(0.8).putSubIndex("sp", 0.6).line(5).build(),
      CountryOsiRow.builder().country("Atlantis").osi(0.5).line(6).build(),
      CountryOsiRow.builder().country("Japan").osi(0.9).line(7).build());

  static final List<CityScoreRow> CITIES = List.of(
      city("One", "DNK", 0.1, 0.2, 2),
      city("Two", "South Korea", 0.5, 0.4, 3),
      city("Three", "republic of korea", 0.3, 0.6, 4),
      city("Four", "turkiye", 0.5, 0.5, 5),
      city("Five", "Cote d\u2019Ivoire", 0.9, 0.9, 6),
      city("Lost", "Freedonia", 0.5, 0.5, 7),
      city("Far", "Chad", 0.4, 0.5, 8));

  static CityScoreRow city(String name, String country, double losi, double sp, long line) {
    return CityScoreRow.builder().city(name).country(country).losi(losi).putCriterion("SP", sp).source("scores.csv")
        .line(line).build();
  }

  /**
   * By hand: (OSI, LOSI) = (0.2, 0.1), (0.4, 0.5), (0.4, 0.3), (0.6, 0.5), (0.8, 0.9). Means 0.48 and 0.46;
   * Sxx = 0.208, Sxy = 0.256, so slope = 16/13 and intercept = 0.46 - (16/13) 0.48 = -1.7/13. Residuals
   * (x13): -0.2, 1.8, -0.8, -1.4, 0.6. Leaders Two (1.8/13), Five (0.6/13); laggards Four (-1.4/13),
   * Three (-0.8/13), One (-0.2/13). Levels (LOSI, OSI): (L, L), (H, M), (M, M), (H, H), (V, V): 4 at the
   * same level, 1 city above its country.
   */
  @Test
  void handComputedStudy() {
    OsiLosiStudyResult r = OsiLosiStudy.of(CITIES, COUNTRIES).run();
    assertEquals(5, r.matched().size());
    assertEquals(List.of("DNK", "KOR", "KOR", "TUR", "CIV"), r.matched().stream().map(MatchedCity::iso3).toList());
    assertEquals(16.0 / 13, r.line().slope().value(), 1e-12);
    assertEquals(-1.7 / 13, r.line().intercept().value(), 1e-12);
    double[] residuals = r.matched().stream().mapToDouble(c -> c.residual().getAsDouble()).toArray();
    double[] expected = {-0.2 / 13, 1.8 / 13, -0.8 / 13, -1.4 / 13, 0.6 / 13};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], residuals[i], 1e-12);
    }
    assertEquals(List.of("Two", "Five"), r.leaders().stream().map(c -> c.city().city()).toList());
    assertEquals(List.of(1, 2), r.leaders().stream().map(RankedCity::rank).toList());
    assertEquals(List.of("Four", "Three", "One"), r.laggards().stream().map(c -> c.city().city()).toList());
    assertEquals(-1.4 / 13, r.laggards().get(0).residual(), 1e-12);

    ConvergenceTable t = r.convergence();
    assertEquals(5, t.total());
    assertEquals(4, t.sameLevel());
    assertEquals(1, t.cityAbove());
    assertEquals(0, t.cityBelow());
    assertEquals(1, t.count(Level.HIGH, Level.MIDDLE));
    assertEquals(2, t.osiTotal(Level.MIDDLE));
    assertEquals(2, t.losiTotal(Level.HIGH));
    assertEquals(1, r.matched().get(1).levelGap());
    assertTrue(t.toString().contains("very high"), t.toString());

    // Correlations are those of the joined pairs.
    double[] osi = {0.2, 0.4, 0.4, 0.6, 0.8};
    double[] losi = {0.1, 0.5, 0.3, 0.5, 0.9};
    assertEquals(Correlation.all(osi, losi), r.correlation());
    // R^2 = Sxy^2 / (Sxx Syy) with Syy = 0.1296 + 0.0016 + 0.0256 + 0.0016 + 0.1936 = 0.352.
    assertEquals(0.256 * 0.256 / (0.208 * 0.352), r.line().rSquared().value(), 1e-12);
  }

  @Test
  void rowFromDomainCity() {
    dev.losi.core.City city = dev.losi.core.City.builder().id("DK-CPH").name("Copenhagen").country("DNK").build();
    CityScoreRow row = CityScoreRow.of(city, 87.0 / 96, Map.of("SP", 0.9));
    assertEquals("Copenhagen", row.city());
    assertEquals("DNK", row.country());
    assertEquals(87.0 / 96, row.losi());
    assertEquals(Map.of("SP", 0.9), row.criteria());
    assertEquals(Optional.of("DK-CPH"), row.cityId());
  }

  @Test
  void printableReport() {
    OsiLosiStudyResult r = OsiLosiStudy.of(CITIES, COUNTRIES).run();
    String text = r.toText();
    assertTrue(text.startsWith("OSI-LOSI study: 5 cities joined, unmatched rows: 3"), text);
    // slope 16/13 = 1.2308, intercept -1.7/13 = -0.1308
    assertTrue(text.contains("LOSI = -0.1308 + 1.2308 × OSI"), text);
    assertTrue(text.contains("   1. Two                      KOR LOSI 0.5000  OSI 0.4000  residual +0.1385"), text);
    assertTrue(text.contains("4 at their country's level, 1 above it, 0 below it"), text);
    assertTrue(text.contains("  scores.csv:7: city \"Lost\""), text);
    String table = r.correlation().toTable();
    assertTrue(table.startsWith("method"), table);
    assertEquals(4, table.lines().count());
    String undefined = OsiLosiStudy.of(List.of(CityScoreRow.of("A", "DNK", 0.5)), COUNTRIES).run().toText();
    assertTrue(undefined.contains("pearson    undefined: n = 1 < 3"), undefined);
    assertTrue(undefined.contains("line undefined: n = 1 < 3"), undefined);
  }

  @Test
  void unmatchedRowsAreListedWithReasons() {
    OsiLosiStudyResult r = OsiLosiStudy.of(CITIES, COUNTRIES).run();
    assertEquals(3, r.unmatched().size());
    UnmatchedRow lost = r.unmatched().get(0);
    assertEquals(UnmatchedRow.Side.CITY, lost.side());
    assertEquals(Optional.of("Lost"), lost.city());
    assertEquals("scores.csv:7: city \"Lost\" country \"Freedonia\": country \"Freedonia\" is neither an ISO 3166-1"
        + " alpha-3 code nor a name in the UN country table (no fuzzy matching)", lost.toString());
    UnmatchedRow far = r.unmatched().get(1);
    assertEquals("no OSI value for TCD (Chad)", far.reason());
    UnmatchedRow atlantis = r.unmatched().get(2);
    assertEquals(UnmatchedRow.Side.COUNTRY, atlantis.side());
    assertEquals("Atlantis", atlantis.country());
    assertEquals(6, atlantis.line().getAsLong());
    assertEquals(List.of("JPN"), r.countriesWithoutCities());
  }

  @Test
  void criterionCorrelationsPairSubIndices() {
    OsiLosiStudyResult r = OsiLosiStudy.of(CITIES, COUNTRIES).run();
    assertEquals(1, r.criterionCorrelations().size());
    CriterionCorrelation c = r.criterionCorrelations().get(0);
    assertEquals("SP", c.criterion());
    assertEquals("sp", c.subIndex());
    assertEquals(5, c.correlation().n());
    double[] osiSp = {0.1, 0.5, 0.5, 0.7, 0.6};
    double[] losiSp = {0.2, 0.4, 0.6, 0.5, 0.9};
    assertEquals(Correlation.spearman(osiSp, losiSp), c.correlation().spearman());

    List<CountryOsiRow> renamed = COUNTRIES.stream().map(k -> k.subIndices().isEmpty() ? k
        : CountryOsiRow.builder().from(k).subIndices(Map.of("services_provision", k.subIndices().get("sp"))).build())
        .toList();
    assertTrue(OsiLosiStudy.of(CITIES, renamed).run().criterionCorrelations().isEmpty());
    OsiLosiStudyResult mapped = OsiLosiStudy.of(CITIES, renamed)
        .withCriterionMapping(Map.of("sp", "Services_Provision")).run();
    assertEquals(c.correlation(), mapped.criterionCorrelations().get(0).correlation());
  }

  @Test
  void joinModesTopAndDegenerateLine() {
    OsiLosiStudyResult byCode = OsiLosiStudy.of(CITIES, COUNTRIES).withJoinBy(JoinBy.ISO3).run();
    // Only "DNK" (city One) and the OSI row "TUR" are codes; nothing else joins.
    assertEquals(0, byCode.matched().size());
    OsiLosiStudyResult byName = OsiLosiStudy.of(CITIES, COUNTRIES).withJoinBy(JoinBy.NAME).run();
    assertEquals(List.of("Two", "Three", "Five"), byName.matched().stream().map(MatchedCity::city).toList());
    // Unmatched by name: One ("DNK" is a code), Four (the OSI row "TUR" is a code, so TUR has no OSI),
    // Lost, Far; and the OSI rows "TUR" and "Atlantis".
    assertEquals(6, byName.unmatched().size());
    assertEquals("no OSI value for TUR (Türkiye)", byName.unmatched().get(1).reason());
    assertTrue(byName.line().isDefined());

    OsiLosiStudyResult top1 = OsiLosiStudy.of(CITIES, COUNTRIES).withTop(1).run();
    assertEquals(1, top1.leaders().size());
    assertEquals(1, top1.laggards().size());

    // All cities in one country: OSI constant, so no line, no leaders; correlations undefined with reasons.
    List<CityScoreRow> oneCountry = List.of(CityScoreRow.of("A", "Denmark", 0.3), CityScoreRow.of("B", "Denmark", 0.6),
        CityScoreRow.of("C", "DNK", 0.9));
    OsiLosiStudyResult same = OsiLosiStudy.of(oneCountry, COUNTRIES).run();
    assertFalse(same.line().isDefined());
    assertTrue(same.line().slope().undefinedReason().orElseThrow().contains("same OSI"));
    assertTrue(same.leaders().isEmpty());
    assertTrue(same.matched().get(0).residual().isEmpty());
    assertEquals("x is constant (every value is 0.2)", same.correlation().pearson().undefinedReason().orElseThrow());
    assertEquals(3, same.convergence().total());
  }

  @Test
  void duplicatesAndBadValuesAreValidationErrors() {
    List<CountryOsiRow> dupCountries = List.of(CountryOsiRow.of("Denmark", 0.5),
        CountryOsiRow.builder().country("DNK").osi(0.6).line(9).build());
    List<CityScoreRow> dupCities = List.of(CityScoreRow.of("Aarhus", "Denmark", 0.5),
        CityScoreRow.builder().city("aarhus").country("DNK").losi(0.4).line(4).build());
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> OsiLosiStudy.of(dupCities, dupCountries).run());
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().contains("9: country \"DNK\" is DNK, which already has an OSI row"), e.getMessage());
    assertTrue(e.getMessage().contains("4: city \"aarhus\": city appears twice in DNK"), e.getMessage());

    LosiValidationException bad = assertThrows(LosiValidationException.class, () -> CityScoreRow.builder()
        .city("X").country(" ").losi(1.5).putCriterion("SP", Double.NaN).source("s.csv").line(3).build());
    assertEquals(3, bad.problems().size());
    assertTrue(bad.getMessage().contains("s.csv:3: city \"X\": losi \"1.5\" is not an index value in [0, 1]"),
        bad.getMessage());
    assertThrows(LosiValidationException.class, () -> CountryOsiRow.of("Denmark", -0.1));
  }
}
