package dev.losi.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the OSI-LOSI study on random cities (LOSI multiples of 1/96) in random countries. */
class StudyProperties {

  static final List<String> CODES = CountryCodes.allCodes();

  record Input(List<CityScoreRow> cities, List<CountryOsiRow> countries) {}

  @Provide
  Arbitrary<Input> inputs() {
    Arbitrary<Integer> points = Arbitraries.integers().between(0, 96);
    Arbitrary<Integer> country = Arbitraries.integers().between(0, 14);
    return Arbitraries.integers().between(0, 40).flatMap(n -> points.list().ofSize(n).flatMap(ps ->
        country.list().ofSize(n).flatMap(cs -> Arbitraries.integers().between(0, 1000).list().ofSize(15).map(osi -> {
          List<CityScoreRow> cities = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            // Country 14 is not in the table; 12 and 13 have no OSI row.
            String c = cs.get(i) == 14 ? "Nowhere" : CountryCodes.unName(CODES.get(cs.get(i) * 7)).orElseThrow();
            cities.add(CityScoreRow.builder().city("city" + i).country(c).losi(ps.get(i) / 96.0).line(i + 2).build());
          }
          List<CountryOsiRow> countries = new ArrayList<>();
          for (int k = 0; k < 12; k++) {
            countries.add(CountryOsiRow.of(CODES.get(k * 7), osi.get(k) / 1000.0));
          }
          return new Input(cities, countries);
        }))));
  }

  @Property(tries = 300)
  void nothingIsDroppedAndResidualsBalance(@ForAll("inputs") Input in) {
    OsiLosiStudyResult r = OsiLosiStudy.of(in.cities(), in.countries()).withTop(0).run();
    long unmatchedCities = r.unmatched().stream().filter(u -> u.side() == UnmatchedRow.Side.CITY).count();
    assertEquals(in.cities().size(), r.matched().size() + unmatchedCities);
    assertEquals(r.matched().size(), r.convergence().total());
    assertEquals(r.convergence().total(),
        r.convergence().sameLevel() + r.convergence().cityAbove() + r.convergence().cityBelow());
    if (r.line().isDefined()) {
      double sum = r.matched().stream().mapToDouble(c -> c.residual().getAsDouble()).sum();
      assertEquals(0, sum, 1e-9);
      long positive = r.matched().stream().filter(c -> c.residual().getAsDouble() > 0).count();
      assertEquals(positive, r.leaders().size());
      for (int i = 1; i < r.leaders().size(); i++) {
        assertTrue(r.leaders().get(i - 1).residual() >= r.leaders().get(i).residual());
        assertEquals(i + 1, r.leaders().get(i).rank());
      }
      for (int i = 1; i < r.laggards().size(); i++) {
        assertTrue(r.laggards().get(i - 1).residual() <= r.laggards().get(i).residual());
      }
      r.laggards().forEach(c -> assertTrue(c.residual() < 0));
    } else {
      assertTrue(r.leaders().isEmpty() && r.laggards().isEmpty());
    }
  }
}
