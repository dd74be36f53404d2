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
}
