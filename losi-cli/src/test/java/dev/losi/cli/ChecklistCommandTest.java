package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.AdjustmentKind;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.LosiValidationException;
import dev.losi.io.LosiJson;
import dev.losi.io.checklist.Checklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code losi checklist} against the 12-indicator test instrument, with one exclusion for DEU. */
class ChecklistCommandTest {

  @TempDir Path dir;

  String[] args(String... more) throws Exception {
    String ins = CliFixture.instrument(dir);
    Path adj = dir.resolve("adjustments.json");
    LosiJson.standard().writeAdjustments(List.of(CountryAdjustment.builder().id("DEU-01").country("DEU")
        .instrumentId("SMALL-12").kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("D08")
        .rationale("identity documents are federal").decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1)).build()), adj);
    List<String> a = new java.util.ArrayList<>(List.of("checklist", "--instrument", ins.toString(), "--adjustments",
        adj.toString(), "--country", "DEU", "--city-id", "X", "--city-name", "Xville", "--assessor", "A"));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void xlsxIsWrittenWithTheHeaderBlockAndTheExclusion() throws Exception {
    Path out = dir.resolve("x.xlsx");
    Cli r = Cli.run(args("--format", "xlsx", "--out", out.toString()));
    assertEquals(0, r.exitCode(), r.toString());
    // Read back unfilled: the header is complete, so it reads; nothing is answered but the pre-filled exclusion.
    var a = Checklists.read(out, SmallInstrument.get());
    assertEquals("Xville", a.city().name());
    assertEquals(1, a.responses().size());
    assertEquals("D08", a.responses().get(0).indicator());
  }

  @Test
  void jsonHtmlAndMarkdownGoToStandardOutput() throws Exception {
    Cli j = Cli.run(args("--format", "json"));
    assertEquals(0, j.exitCode(), j.toString());
    JsonNode items = new ObjectMapper().readTree(j.out()).get("items");
    assertEquals(12, items.size());
    assertEquals("not applicable in DEU (adjustment DEU-01: identity documents are federal)",
        items.get(7).get("exclusion").asText());
    Cli h = Cli.run(args("--format", "html"));
    assertTrue(h.out().startsWith("<!DOCTYPE html>"), h.out());
    Cli m = Cli.run(args("--format", "md"));
    assertTrue(m.out().contains("- **City id**: X\n"), m.out());
  }

  @Test
  void usageErrors() throws Exception {
    Cli r = Cli.run(args("--format", "xlsx"));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--format xlsx needs --out FILE"), r.err());
    Cli f = Cli.run(args("--format", "pdf"));
    assertEquals(2, f.exitCode());
    assertTrue(f.err().contains("--format must be xlsx, html, md or json, got \"pdf\""), f.err());
    Path out = dir.resolve("other.xlsx");
    Cli.run(args("--format", "xlsx", "--out", out.toString()));
    var other = dev.losi.core.Instrument.builder().from(SmallInstrument.get()).id("SMALL-12-B").build();
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Checklists.read(out, other));
    assertTrue(e.getMessage().contains("losi map"), e.getMessage());
  }

  /**
   * {@code --country} is checked as the country of every file is (ISO 3166-1:2020 section 5.1: ABC is no
   * code, XXA is user-assigned, TUN is Tunisia's); on c69bb59 each of these was written into the header, exit 0.
   */
  @Test
  void theCountryMustBeAnIso3166Alpha3Code() throws Exception {
    String ins = CliFixture.instrument(dir);
    Cli lower = Cli.run("checklist", "--instrument", ins, "--country", "tun", "--format", "md");
    assertEquals(2, lower.exitCode(), lower::toString);
    assertTrue(lower.err().contains(
        "--country \"tun\" is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. BRA)"), lower::toString);
    assertEquals("", lower.out());
    Cli none = Cli.run("checklist", "--instrument", ins, "--country", "ABC", "--format", "md");
    assertEquals(2, none.exitCode(), none::toString);
    assertTrue(none.err().contains("--country \"ABC\" is not an ISO 3166-1 alpha-3 country code"), none::toString);
    Cli user = Cli.run("checklist", "--instrument", ins, "--country", "XXA", "--format", "md");
    assertEquals(2, user.exitCode(), user::toString);
    assertTrue(user.err().contains("--country \"XXA\" is a user-assigned code of ISO 3166-1 (AAA-AAZ, QMA-QZZ, XAA-XZZ,"
        + " ZZA-ZZZ), not a country: use the country's ISO 3166-1 alpha-3 code, or accept user-assigned codes with"
        + " --allow-user-assigned-countries"), user::toString);
    Cli allowed = Cli.run("checklist", "--instrument", ins, "--country", "XXA", "--allow-user-assigned-countries",
        "--format", "md");
    assertEquals(0, allowed.exitCode(), allowed::toString);
    assertTrue(allowed.out().contains("- **Country**: XXA\n"), allowed::toString);
    Cli tun = Cli.run("checklist", "--instrument", ins, "--country", "TUN", "--format", "md");
    assertEquals(0, tun.exitCode(), tun::toString);
    // all problems at once: the bad --country and every problem of --adjustments (an adjustment without its fields)
    Path adj = dir.resolve("bad-adjustments.json");
    Files.writeString(adj, "{\"schemaVersion\": 1, \"adjustments\": [{\"id\": \"A-1\"}]}");
    Cli both = Cli.run("checklist", "--instrument", ins, "--adjustments", adj.toString(), "--country", "ABC",
        "--format", "md");
    assertEquals(2, both.exitCode(), both::toString);
    assertTrue(both.err().contains("--country \"ABC\" is not an ISO 3166-1 alpha-3 country code"), both::toString);
    assertTrue(both.err().contains("bad-adjustments.json"), both::toString);
  }
}
