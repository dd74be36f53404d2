package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 24: country codes are checked against ISO 3166-1 alpha-3, in every format of the one input
 * face. Independent source: ISO 3166-1:2020, section 5.1 (the user-assigned alpha-3 ranges AAA-AAZ, QMA-QZZ,
 * XAA-XZZ, ZZA-ZZZ) and the 249 officially assigned codes as listed by Debian's iso-codes 4.15; the codes
 * named below are checked against that list by hand (XKX, used for Kosovo by the EU and others, is
 * user-assigned; EUR and ABC are not codes).
 */
class CountryCodeTest {

  private final Instrument instrument = Fixtures.small();

  private static String csv(String country) {
    return "city_id,city_name,country,assessor,indicator,value\n"
        + "C1,City," + country + ",A,#250,1\nC1,City," + country + ",A,#251,0\n";
  }

  private List<String> problems(Assessments.Reader reader, String text, String source) {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theListHoldsThe249AssignedCodesAndTheRangesAreUserAssigned() {
    long assigned = IntStream.range(0, 26 * 26 * 26).mapToObj(CountryCodeTest::code).filter(IsoCountries::assigned).count();
    assertEquals(249, assigned);
    for (String c : List.of("BRA", "TUN", "KOR", "DNK", "SSD", "ALA", "ATA")) {
      assertTrue(IsoCountries.assigned(c), c);
    }
    long user = IntStream.range(0, 26 * 26 * 26).mapToObj(CountryCodeTest::code).filter(IsoCountries::userAssigned).count();
    assertEquals(26 + 14 * 26 + 26 * 26 + 26, user); // AA*, QM*-QZ*, X**, ZZ*
    for (String c : List.of("AAA", "AAZ", "QMA", "QZZ", "XAA", "XKX", "XSY", "XZZ", "ZZA", "ZZZ")) {
      assertTrue(IsoCountries.userAssigned(c), c);
      assertFalse(IsoCountries.assigned(c), c);
    }
    for (String c : List.of("ABA", "QLZ", "ZYZ", "EUR", "ABC")) {
      assertFalse(IsoCountries.userAssigned(c), c);
    }
  }

  private static String code(int n) {
    return "" + (char) ('A' + n / 676) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
  }

  @Test
  void csvNamesFileLineFieldValueAndRemedy() {
    List<String> p = problems(Assessments.reader(instrument), csv("ZZZ"), "a.csv");
    assertEquals("a.csv:2: city \"C1\" assessor \"A\": country \"ZZZ\" is a user-assigned code of ISO 3166-1"
        + " (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), not a country: use the country's ISO 3166-1 alpha-3 code, or accept"
        + " user-assigned codes with the allowUserAssignedCountries read option", p.get(0));
    assertEquals(List.of("a.csv:2: city \"C1\" assessor \"A\": country \"EUR\" is not an ISO 3166-1 alpha-3"
        + " country code (for example BRA, TUN, KOR)", "a.csv:3: city \"C1\" assessor \"A\": country \"EUR\" is"
        + " not an ISO 3166-1 alpha-3 country code (for example BRA, TUN, KOR)"),
        problems(Assessments.reader(instrument).allowUserAssignedCountries(true), csv("EUR"), "a.csv"));
  }

  @Test
  void userAssignedCodesAreReadOnlyWhenAllowedInEveryFormat() throws Exception {
    Assessments.Reader allow = Assessments.reader(instrument).allowUserAssignedCountries(true);
    assertEquals("ZZZ", allow.read(new ByteArrayInputStream(csv("ZZZ").getBytes(StandardCharsets.UTF_8)), "a.csv")
        .get(0).city().country());
    String json = LosiJson.standard().writeAssessments(
        allow.read(new ByteArrayInputStream(csv("XSY").getBytes(StandardCharsets.UTF_8)), "a.csv"));
    assertEquals(List.of("a.json:$.assessments[0].city: city \"C1\" assessor \"A\": country \"XSY\" is a user-assigned"
        + " code of ISO 3166-1 (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), not a country: use the country's ISO 3166-1"
        + " alpha-3 code, or accept user-assigned codes with the allowUserAssignedCountries read option"),
        problems(Assessments.reader(instrument), json, "a.json"));
    assertEquals("XSY", allow.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "a.json")
        .get(0).city().country());
    byte[] book = WideAndXlsxTest.workbook("assessments", new Object[][] {
        {"city_id", "city_name", "country", "assessor", "indicator", "value"}, {"C1", "City", "QMA", "A", "#250", 1}});
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Assessments.reader(instrument).read(new ByteArrayInputStream(book), "b.xlsx"));
    assertTrue(e.problems().get(0).toString().startsWith("b.xlsx:assessments!C2: city \"C1\" assessor \"A\": country"
        + " \"QMA\" is a user-assigned code"), e.problems().get(0).toString());
    assertEquals("QMA", allow.read(new ByteArrayInputStream(book), "b.xlsx").get(0).city().country());
  }
}
