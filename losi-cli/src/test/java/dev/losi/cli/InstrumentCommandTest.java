package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.Instrument;
import dev.losi.io.InstrumentTables;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentCommandTest {

  @TempDir Path dir;

  /** LOSI 2024 methodology: 95 indicators, IF 8 / CP 32 / SP 22 / PE 18 / TEC 15, 31 channel-independent / 64 MGP-specific. */
  @Test
  void listShowsTheBundledLosi2024WithItsPublishedTotals() throws Exception {
    Cli r = Cli.run("instrument", "list");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().matches("(?s).*LOSI-2024\\s+2024\\s+95\\s+IF 8, CP 32, SP 22, PE 18, TEC 15\\s+"
        + "31 channel-independent, 64 MGP-specific\\s+Local Online Service Index 2024.*"), r::toString);
    Cli j = Cli.run("instrument", "list", "--format", "json");
    JsonNode first = new ObjectMapper().readTree(j.out()).get(0);
    assertEquals("LOSI-2024", first.get("id").asText());
    assertEquals(95, first.get("indicators").asInt());
    assertEquals(32, first.at("/criteria/CP").asInt());
    assertEquals(64, first.at("/channelScopes/MGP_SPECIFIC").asInt());
  }

  @Test
  void showTableListsEveryIndicatorWithItsProvenance() {
    Cli r = Cli.run("instrument", "show", "LOSI-2024");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("95 indicators; maximum 95 points; 31 channel-independent, 64 MGP-specific"), r::toString);
    assertTrue(r.out().matches("(?s).*\\n\\s*1\\s+#281\\s+IF\\s+MGP-specific\\s+1\\s+Official city website\\s.*"), r::toString);
    assertTrue(r.out().matches("(?s).*#235\\s.*code, .*"), "#235 is a reconstructed code\n" + r);
    assertEquals(95, r.out().lines().filter(l -> l.matches("\\s*\\d+\\s+#\\S+\\s.*")).count());
  }

  @Test
  void showJsonAndCsvReadBackToTheSameInstrument() throws Exception {
    Instrument bundled = Instruments.load("LOSI-2024");
    Cli j = Cli.run("instrument", "show", "LOSI-2024", "--format", "json");
    assertEquals(0, j.exitCode(), j::toString);
    assertEquals(bundled, LosiJson.standard().readInstrument(j.out(), "stdout"));
    Path csv = dir.resolve("losi-2024.csv");
    Cli c = Cli.run("instrument", "show", "LOSI-2024", "--format", "csv", "--out", csv.toString());
    assertEquals(0, c.exitCode(), c::toString);
    assertEquals(bundled, InstrumentTables.readCsv(csv));
    // and the written file works as --instrument FILE
    Cli again = Cli.run("instrument", "show", csv.toString(), "--format", "json");
    assertEquals(j.out(), again.out());
  }

  @Test
  void showMarkdown() {
    Cli r = Cli.run("instrument", "show", "LOSI-2024", "--format", "md");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("# LOSI-2024: Local Online Service Index 2024\n"), r::toString);
    assertTrue(r.out().contains("| IF | Institutional Framework | 8 |"), r::toString);
    assertTrue(r.out().contains("| 1 | #281 | IF | MGP-specific | 1 | Official city website |"), r::toString);
  }

  @Test
  void badIdsFormatsAndMissingSubcommandsExit2() throws Exception {
    Cli r = Cli.run("instrument", "show", "LOSI-2031");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("\"LOSI-2031\" is neither a built-in instrument [LOSI-2024] nor an existing file"),
        r::toString);
    assertFalse(r.hasStackTrace());
    Cli none = Cli.run("instrument");
    assertEquals(2, none.exitCode(), none::toString);
    Cli md = Cli.run("instrument", "list", "--format", "md");
    assertEquals(2, md.exitCode(), md::toString);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"id\": \"X\"}");
    Cli b = Cli.run("instrument", "show", bad.toString());
    assertEquals(2, b.exitCode(), b::toString);
    assertTrue(b.err().contains("bad.json"), b::toString);
    assertFalse(b.hasStackTrace(), b::toString);
  }
  /**
   * {@code losi instrument show ID|FILE} takes the instrument as a positional parameter, and the usage names it
   * {@code ID|FILE}; on c69bb59 a bad one was reported as {@code --instrument "BAD" ...}, an option this command
   * does not have.
   */
  @Test
  void aBadPositionalIsNamedAsTheUsageShowsIt() {
    Cli r = Cli.run("instrument", "show", "BAD");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("ID|FILE \"BAD\" is neither a built-in instrument [LOSI-2024] nor an existing file"
        + " (list them with: losi instrument list)"), r::toString);
    assertFalse(r.err().contains("--instrument"), r::toString);
    assertTrue(Cli.run("instrument", "show", "--help").out().contains("ID|FILE"), "the usage's label");
  }

  /**
   * An instrument file with a weight a double cannot hold ({@code 1e400}, beyond Double.MAX_VALUE, about
   * 1.8e308) is reported as out of range with the number as written, at its file and line or JSON path and
   * field; on c69bb59 the JSON reader echoed it as "Infinity" and the CSV reader called it "not a number".
   */
  @Test
  void aWeightTooLargeForADoubleIsOutOfRangeAtItsPlace() throws Exception {
    Cli csv = Cli.run("instrument", "show", "LOSI-2024", "--format", "csv");
    String[] lines = csv.out().split("\n", -1);
    int row = 0;
    while (lines[row].isEmpty() || lines[row].startsWith(",") || lines[row].startsWith("code,")) {
      row++;
    }
    // the first indicator row, #281 with weight 1: code,title,description,criterion,criterion_name,channel_scope,weight
    assertTrue(lines[row].startsWith("#281,"), lines[row]);
    lines[row] = lines[row].replaceFirst(",MGP_SPECIFIC,1,", ",MGP_SPECIFIC,1e400,");
    Path badCsv = Files.writeString(dir.resolve("big.csv"), String.join("\n", lines));
    Cli c = Cli.run("instrument", "show", badCsv.toString());
    assertEquals(2, c.exitCode(), c::toString);
    assertTrue(c.err().contains("big.csv:" + (row + 1) + ": indicator \"#281\": weight \"1e400\" is out of range:"
        + " a number must be finite, at most about 1.8e308 in magnitude"), c::toString);

    String json = Cli.run("instrument", "show", "LOSI-2024", "--format", "json").out();
    Path badJson = Files.writeString(dir.resolve("big.json"), json.replaceFirst("\"weight\" : 1,", "\"weight\" : 1e400,"));
    Cli j = Cli.run("instrument", "show", badJson.toString());
    assertEquals(2, j.exitCode(), j::toString);
    assertTrue(j.err().contains("big.json:$.indicators[0]: weight \"1e400\" is out of range:"
        + " a number must be finite, at most about 1.8e308 in magnitude"), j::toString);
    assertFalse(j.err().contains("Infinity"), j::toString);
  }
}
