package dev.losi.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.Estimate;
import dev.losi.stats.correlation.Correlation;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.testing.TsvResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real data: the 2024 OSI, EGDI and HCI of 193 countries (losi-test-fixtures egdi_2024_countries.csv, UN eGovKB)
 * and 13 cities' LOSI 2024 (losi-test-fixtures losi_2024_cities_partial.csv). Reference values computed
 * independently by the resource egdi2024-reference.js (Node v20.20.2, @stdlib/stats-pcorrtest 0.2.3,
 * @stdlib t and normal cdf, O(n^2) ranks and pair counts), stored in egdi2024-reference-values.tsv.
 */
class EgdiRealDataTest {

  static Map<String, Double> reference() throws IOException {
    Map<String, Double> ref = new HashMap<>();
    for (String[] f : TsvResource.rows(EgdiRealDataTest.class, "egdi2024-reference-values.tsv")) {
      ref.put(f[0] + " " + f[1], Double.parseDouble(f[2]));
      if (!f[3].isEmpty()) {
        ref.put(f[0] + " " + f[1] + " p", Double.parseDouble(f[3]));
      }
    }
    return ref;
  }

  static void check(Map<String, Double> ref, String pair, CorrelationSummary s) {
    for (Estimate e : List.of(s.pearson(), s.spearman(), s.kendall())) {
      String key = pair + " " + e.statistic();
      assertEquals(ref.get(key), e.value(), 1e-12, key);
      double p = ref.get(key + " p");
      assertEquals(p, e.pValue().getAsDouble(), 1e-9 * p, key + " p-value");
    }
  }

  @Test
  void osiWithEgdiAndHci2024() throws IOException {
    List<String> rows = CountryCodesTest.lines("egdi_2024_countries.csv");
    List<String> head = List.of(rows.get(0).split(","));
    int n = rows.size() - 1;
    double[] osi = new double[n];
    double[] egdi = new double[n];
    double[] hci = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(i + 1).split(",");
      osi[i] = Double.parseDouble(f[head.indexOf("osi")]);
      egdi[i] = Double.parseDouble(f[head.indexOf("egdi")]);
      hci[i] = Double.parseDouble(f[head.indexOf("hci")]);
    }
    assertEquals(193, n);
    Map<String, Double> ref = reference();
    check(ref, "osi_egdi", Correlation.all(osi, egdi));
    check(ref, "osi_hci", Correlation.all(osi, hci));
  }

  /** The study on 13 real cities joined by UN country name to the real 2024 OSI. */
  @Test
  void thirteenCitiesStudy() throws IOException {
    List<String> countryRows = CountryCodesTest.lines("egdi_2024_countries.csv");
    List<String> head = List.of(countryRows.get(0).split(","));
    List<CountryOsiRow> countries = new ArrayList<>();
    for (int i = 1; i < countryRows.size(); i++) {
      String[] f = countryRows.get(i).split(",");
      countries.add(CountryOsiRow.builder().country(f[head.indexOf("country")])
          .osi(Double.parseDouble(f[head.indexOf("osi")])).source("egdi_2024_countries.csv").line(i + 1).build());
    }
    List<String> cityRows = CountryCodesTest.lines("losi_2024_cities_partial.csv");
    List<CityScoreRow> cities = new ArrayList<>();
    for (int i = 1; i < cityRows.size(); i++) {
      String[] f = cityRows.get(i).split(",");
      cities.add(CityScoreRow.builder().city(f[0]).country(f[1]).losi(Double.parseDouble(f[2]))
          .source("losi_2024_cities_partial.csv").line(i + 1).build());
    }
    OsiLosiStudyResult r = OsiLosiStudy.of(cities, countries).withTop(3).run();
    assertTrue(r.unmatched().isEmpty(), r.unmatched().toString());
    assertEquals(13, r.matched().size());
    assertEquals(193 - 13, r.countriesWithoutCities().size());
    Map<String, Double> ref = reference();
    check(ref, "cities13", r.correlation());
    assertEquals(ref.get("cities13 slope"), r.line().slope().value(), 1e-12);
    assertEquals(ref.get("cities13 intercept"), r.line().intercept().value(), 1e-12);
    // Every one of these cities and countries is very high (LOSI >= 0.78, OSI >= 0.75 in 2024).
    assertEquals(13, r.convergence().sameLevel());
    assertEquals(3, r.leaders().size());
    assertEquals(3, r.laggards().size());
  }
}
