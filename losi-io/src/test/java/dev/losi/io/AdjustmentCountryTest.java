package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 24 for adjustments: the country of every adjustment, in JSON, CSV and XLSX, is checked against
 * ISO 3166-1 alpha-3 as assessments are. Independent source: ISO 3166-1:2020 section 5.1 (user-assigned ranges
 * AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ) and Debian iso-codes 4.15 (SGP is assigned; ABC is not a code, ZZZ and XSY
 * are user-assigned), checked by hand.
 */
class AdjustmentCountryTest {

  private static final String USER = "is a user-assigned code of ISO 3166-1 (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ),"
      + " not a country: use the country's ISO 3166-1 alpha-3 code, or accept user-assigned codes with the"
      + " allowUserAssignedCountries read option";
  private static final String NOT = "is not an ISO 3166-1 alpha-3 country code (for example BRA, TUN, KOR)";

  private static String csv(String first, String second) {
    return "id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on\n"
        + "A-1," + first + ",LOSI-2024,EXCLUDE_INDICATOR,#251,,,,r,b,2025-02-14\n"
        + "A-2," + second + ",LOSI-2024,REWEIGHT,#252,,0.5,,r,b,14/02/2025\n";
  }

  private static List<String> problems(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(LosiValidationException.class, read).problems().stream().map(Problem::toString).toList();
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void csvReportsEveryCountryWithItsLineBesideTheOtherProblems(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("adj.csv"), csv("ZZZ", "ABC"));
    List<String> expected = List.of("adj.csv:2: country \"ZZZ\" " + USER,
        "adj.csv:3: country \"ABC\" " + NOT,
        "adj.csv:3: decided_on \"14/02/2025\" is not an ISO-8601 date (YYYY-MM-DD)");
    assertEquals(expected, problems(() -> Adjustments.read(file)));
    assertEquals(expected, problems(() -> Adjustments.read(bytes(csv("ZZZ", "ABC")), "adj.csv")));
    // Allowed: the user-assigned code passes, the code that is no code at all still does not.
    assertEquals(List.of("adj.csv:3: country \"ABC\" " + NOT,
        "adj.csv:3: decided_on \"14/02/2025\" is not an ISO-8601 date (YYYY-MM-DD)"),
        problems(() -> Adjustments.read(file, true)));
    List<CountryAdjustment> ok = Adjustments.read(Files.writeString(dir.resolve("ok.csv"),
        csv("XSY", "SGP").replace("14/02/2025", "2025-02-14")), true);
    assertEquals(List.of("XSY", "SGP"), ok.stream().map(CountryAdjustment::country).toList());
  }

  @Test
  void jsonAndXlsxNameThePathAndTheCell(@TempDir Path dir) throws Exception {
    List<CountryAdjustment> ok = Adjustments.read(Files.writeString(dir.resolve("ok.csv"),
        csv("XSY", "SGP").replace("14/02/2025", "2025-02-14")), true);
    Path json = dir.resolve("adj.json");
    LosiJson.standard().writeAdjustments(ok, json);
    assertEquals(List.of("adj.json:$.adjustments[0]: country \"XSY\" " + USER), problems(() -> Adjustments.read(json)));
    assertEquals(ok, Adjustments.read(json, true));
    assertEquals(ok, Adjustments.read(Files.newInputStream(json), "-", true));
    assertEquals(List.of("-:$.adjustments[0]: country \"XSY\" " + USER),
        problems(() -> Adjustments.read(Files.newInputStream(json), "-")));
    Path xlsx = dir.resolve("adj.xlsx");
    AdjustmentTables.writeXlsx(ok, xlsx);
    assertEquals(List.of("adj.xlsx:adjustments!B2: country \"XSY\" " + USER), problems(() -> Adjustments.read(xlsx)));
    assertEquals(ok, Adjustments.read(xlsx, true));
  }
}
