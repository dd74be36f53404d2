package dev.losi.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryCodesTest {

  static List<String> lines(String file) throws IOException {
    Path p = ReferenceData.path(file);
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  /** Every country name of the UN E-Government Survey 2024 data (193 rows) is in the table. */
  @Test
  void knowsEveryName2024() throws IOException {
    List<String> rows = lines("egdi_2024_countries.csv");
    assertEquals(194, rows.size());
    for (String row : rows.subList(1, rows.size())) {
      String name = row.split(",")[1];
      assertTrue(CountryCodes.iso3(name).isPresent(), "not in the table: " + name);
    }
  }

  /** Each name of the 2010-2018 editions maps to the ISO3 code the UNU-EGOV data set gives it. */
  @Test
  void mapsEveryName2010To2018ToItsCode() throws IOException {
    List<String> rows = lines("egdi_2010_2018_countries.csv");
    assertEquals("survey_year,iso3,country", String.join(",", List.of(rows.get(0).split(",")).subList(0, 3)));
    int checked = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      assertEquals(Optional.of(f[1]), CountryCodes.iso3(f[2]), f[2]);
      checked++;
    }
    assertEquals(965, checked);
  }

  @Test
  void unNamesShortFormsCaseAndAccents() {
    assertEquals(193, CountryCodes.memberStates().size());
    assertEquals(195, CountryCodes.allCodes().size());
    assertEquals(Optional.of("KOR"), CountryCodes.iso3("Republic of Korea"));
    assertEquals(Optional.of("KOR"), CountryCodes.iso3("south korea"));
    assertEquals(Optional.of("PRK"), CountryCodes.iso3("Democratic People's Republic of Korea"));
    assertEquals(Optional.of("PRK"), CountryCodes.iso3("Democratic People\u2019s Republic of Korea"));
    assertEquals(Optional.of("TZA"), CountryCodes.iso3("United Republic of Tanzania"));
    assertEquals(Optional.of("TZA"), CountryCodes.iso3("Tanzania"));
    assertEquals(Optional.of("PSE"), CountryCodes.iso3("State of Palestine"));
    assertEquals(Optional.of("TUR"), CountryCodes.iso3("Türkiye"));
    assertEquals(Optional.of("TUR"), CountryCodes.iso3("TURKIYE"));
    assertEquals(Optional.of("TUR"), CountryCodes.iso3("Turkey"));
    assertEquals(Optional.of("CIV"), CountryCodes.iso3("Côte d'Ivoire"));
    assertEquals(Optional.of("CIV"), CountryCodes.iso3("cote d\u2019ivoire"));
    assertEquals(Optional.of("GBR"), CountryCodes.iso3("United Kingdom of Great Britain and Northern Ireland"));
    assertEquals(Optional.of("GBR"), CountryCodes.iso3("  united   kingdom "));
    assertEquals(Optional.of("NLD"), CountryCodes.iso3("The Netherlands"));
    assertEquals(Optional.of("VNM"), CountryCodes.iso3("Vietnam"));
    assertEquals(Optional.of("MKD"), CountryCodes.iso3("The former Yugoslav Republic of Macedonia"));
    assertEquals(Optional.of("SWZ"), CountryCodes.iso3("Swaziland"));
    assertEquals(Optional.of("DNK"), CountryCodes.iso3("dnk"));
    assertEquals(Optional.of("Republic of Korea"), CountryCodes.unName("kor"));
    assertEquals(Optional.of("Türkiye"), CountryCodes.unName("TUR"));
  }

  /** No fuzzy guessing: ambiguous or misspelt names are not found. */
  @Test
  void neverGuesses() {
    assertEquals(Optional.empty(), CountryCodes.iso3("Korea"));
    assertEquals(Optional.empty(), CountryCodes.iso3("Republc of Korea"));
    assertEquals(Optional.empty(), CountryCodes.iso3("Denmarkk"));
    assertEquals(Optional.empty(), CountryCodes.iso3("Freedonia"));
    assertEquals(Optional.empty(), CountryCodes.iso3(""));
  }
}
