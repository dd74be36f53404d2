package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 24 beyond assessments: the country of an adjustments file, of the OSI-LOSI study's city scores
 * and of national OSI values is checked against ISO 3166-1 alpha-3 by score, correlate and report, all problems at
 * once, in CLI words, and --allow-user-assigned-countries is honoured. On 8956e54 every input below was accepted
 * (exit 0). Independent source: ISO 3166-1:2020 section 5.1 (ZZZ and XSY are user-assigned, ABC is no code).
 */
class CountryCodesCliTest {

  private static final String REMEDY = "use the country's ISO 3166-1 alpha-3 code, or accept user-assigned codes with"
      + " --allow-user-assigned-countries";

  /** An adjustments table adj.csv (docs/formats.md) in {@code dir} with these rows after its header. */
  private static Path adjustmentsTable(Path dir, String... rows) throws java.io.IOException {
    return Files.writeString(dir.resolve("adj.csv"),
        "id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on\n"
            + String.join("\n", rows) + "\n");
  }

  @Test
  void anAdjustmentsFileNamesEveryBadCountryAtItsLine(@TempDir Path dir) throws Exception {
    Path adj = adjustmentsTable(dir, "Z-1,ZZZ,LOSI-2024,EXCLUDE_INDICATOR,#254,,,,r,b,2024-03-01",
        "A-1,ABC,LOSI-2024,EXCLUDE_INDICATOR,#255,,,,r,b,2024-03-01");
    Cli r = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", ReportCommandTest.SAMPLE,
        "--adjustments", adj.toString(), "--format", "json");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("adj.csv:2: country \"ZZZ\" is a user-assigned code of ISO 3166-1 (AAA-AAZ, QMA-QZZ,"
        + " XAA-XZZ, ZZA-ZZZ), not a country: " + REMEDY), r.err());
    assertTrue(r.err().contains("adj.csv:3: country \"ABC\" is not an ISO 3166-1 alpha-3 country code"), r.err());
    Files.writeString(adj, Files.readString(adj).replace(",ABC,", ",DEU,"));
    Cli allowed = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", ReportCommandTest.SAMPLE,
        "--adjustments", adj.toString(), "--allow-user-assigned-countries", "--format", "json");
    assertEquals(0, allowed.exitCode(), allowed::toString);
  }

  /**
   * losi checklist --adjustments reads the adjustments as score does: a user-assigned country (XXA, ZZZ) is
   * refused without --allow-user-assigned-countries and accepted with it (issue 15 item 24; on a947d12 checklist
   * had no such option, so a checklist for a synthetic country could not be made).
   */
  @Test
  void aChecklistsAdjustmentsTakeUserAssignedCountriesOnlyWithTheOption(@TempDir Path dir) throws Exception {
    Path adj = adjustmentsTable(dir, "X-1,XXA,LOSI-2024,EXCLUDE_INDICATOR,#254,,,,no such service,board,2024-03-01",
        "Z-1,ZZZ,LOSI-2024,EXCLUDE_INDICATOR,#255,,,,r,b,2024-03-01");
    Cli refused = Cli.run("checklist", "--instrument", "LOSI-2024", "--adjustments", adj.toString(), "--country",
        "XXA", "--format", "md");
    assertEquals(2, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("adj.csv:2: country \"XXA\" is a user-assigned code of ISO 3166-1"), refused.err());
    assertTrue(refused.err().contains("adj.csv:3: country \"ZZZ\" is a user-assigned code of ISO 3166-1"), refused.err());
    assertTrue(refused.err().contains(REMEDY), refused.err());
    Cli allowed = Cli.run("checklist", "--instrument", "LOSI-2024", "--adjustments", adj.toString(), "--country",
        "XXA", "--allow-user-assigned-countries", "--format", "md");
    assertEquals(0, allowed.exitCode(), allowed::toString);
    // the XXA exclusion applies to the XXA checklist; ZZZ's does not
    assertTrue(allowed.out().contains("not applicable in XXA (adjustment X-1: no such service)"), allowed::toString);
    assertTrue(!allowed.out().contains("adjustment Z-1"), allowed::toString);
  }

  @Test
  void studyInputsNameTheCountryCellAndTheOptionIsHonoured(@TempDir Path dir) throws Exception {
    Path scores = Files.writeString(dir.resolve("scores.csv"), "city,country,losi\nA,BRA,0.5\nB,XSY,0.6\nC,Denmark,0.9\n"
        + "D,TUN,0.4\nE,KOR,0.8\nF,DNK,0.7\n");
    Path osi = Files.writeString(dir.resolve("osi.csv"), "country,osi\nBRA,0.8\nXSY,0.5\nDNK,0.99\nTUN,0.6\nKOR,0.95\n"
        + "ABC,0.3\n");
    Cli r = Cli.run("correlate", "--scores", scores.toString(), "--osi", osi.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("scores.csv:3:country: country \"XSY\" is a user-assigned code"), r.err());
    assertTrue(r.err().contains("osi.csv:3:country: country \"XSY\" is a user-assigned code"), r.err());
    assertTrue(r.err().contains("osi.csv:7:country: country \"ABC\" is not an ISO 3166-1 alpha-3 country code"), r.err());
    assertTrue(r.err().contains(REMEDY), r.err());
    Files.writeString(osi, Files.readString(osi).replace("ABC,0.3\n", ""));
    Cli allowed = Cli.run("correlate", "--scores", scores.toString(), "--osi", osi.toString(),
        "--allow-user-assigned-countries");
    assertEquals(0, allowed.exitCode(), allowed::toString);
    // report --osi reads the same file the same way
    Path bad = Files.writeString(dir.resolve("osi2.csv"), "country,osi\nBRA,0.8\nZZZ,0.5\n");
    Cli report = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments", ReportCommandTest.SAMPLE,
        "--assessor", "A", "--osi", bad.toString(), "--out", dir.resolve("s.html").toString());
    assertEquals(2, report.exitCode(), report::toString);
    assertTrue(report.err().contains("osi2.csv:3:country: country \"ZZZ\" is a user-assigned code"), report.err());
    Cli reportAllowed = Cli.run("report", "study", "--instrument", "LOSI-2024", "--assessments",
        ReportCommandTest.SAMPLE, "--assessor", "A", "--osi", bad.toString(), "--allow-user-assigned-countries",
        "--out", dir.resolve("s.html").toString());
    assertEquals(0, reportAllowed.exitCode(), reportAllowed::toString);
  }
}
