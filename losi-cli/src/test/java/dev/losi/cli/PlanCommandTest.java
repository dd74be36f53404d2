package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code losi plan} on hand-built files against the 12-indicator test instrument (D01-D02 IF, D03-D05 CP,
 * D06-D08 SP, D09-D10 PE, D11-D12 TEC; channel-independent: D04, D05, D08, D10). Every expected number is
 * computed by hand in the comments.
 */
class PlanCommandTest extends SmallInstrumentFiles {

  Path efforts;

  /**
   * City X (DEU), consolidated: present D01 (MGP), D02, D03 (SOCIAL_MEDIA only: downgraded), D04 (SOCIAL_MEDIA,
   * channel-independent: counts), D06 (MGP), D10, D11 (MGP_LINKED_SITE); absent D05, D07, D09, D12; D08 not
   * applicable (no adjustment). Counts: D01 D02 D04 D06 D10 D11 = 6/12 = 0.5, HIGH.
   * City Y (SGP): present D01 (MGP), D05, D06 (NATIONAL_PORTAL only: downgraded), D12 (MGP); the rest absent.
   * Counts: D01 D05 D12 = 3/12 = 0.25, MIDDLE.
   * Efforts: D05 easy (note), D07 hard, D09 moderate, D12 easy; D03 and D06 (downgrades) easy by default; the
   * rest unclassified.
   */
  @BeforeEach
  void files() throws Exception {
    StringBuilder sb = CliFixture.withCityX("CONS");
    String[][] y = {{"D01", "1", "MGP"}, {"D02", "0", ""}, {"D03", "0", ""}, {"D04", "0", ""}, {"D05", "1", ""},
        {"D06", "1", "NATIONAL_PORTAL"}, {"D07", "0", ""}, {"D08", "0", ""}, {"D09", "0", ""}, {"D10", "0", ""},
        {"D11", "0", ""}, {"D12", "1", "MGP"}};
    CliFixture.rows(sb, "Y,Ytown,SGP", "CONS", y);
    assessments = CliFixture.write(dir, "consensus.csv", sb.toString());
    efforts = CliFixture.write(dir, "efforts.csv",
        "indicator,effort,note\nD05,easy,post the alert page\nD07,hard,\nD09,moderate,\nD12,easy,\n");
  }

  List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void jsonPlansAsTheInterfaceFixesThem() throws Exception {
    Cli r = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(),
        "--effort", efforts.toString(), "--format", "json");
    assertEquals(0, r.exitCode(), r.toString());
    JsonNode plans = new ObjectMapper().readTree(r.out()).get("plans");
    assertEquals(2, plans.size());
    JsonNode xp = plans.get(0);
    // X: HIGH -> VERY_HIGH needs ceil(0.75 * 12) - 6 = 3. The easy candidates are D03 (downgrade), D05, D12: all
    // three, no moderate one needed. Uptake among X's peers (Y only): D05 1, D12 1, D03 0 (Y has D03 absent).
    // D05 and D12 tie on uptake; CP (D03 D04 D05: 1/3) is weaker than TEC (D11 D12: 1/2), so D05 first.
    assertEquals("X", xp.get("city_id").asText());
    assertEquals(6, xp.get("points").asInt());
    assertEquals(12, xp.get("maximum").asInt());
    assertEquals(0.5, xp.get("score").asDouble());
    assertEquals("HIGH", xp.get("level").asText());
    // Alone in its level, each city is at its level's top quartile: HV and MH.
    assertEquals("HV", xp.get("rating_class").asText());
    assertEquals("VERY_HIGH", xp.get("target_level").asText());
    assertEquals(3, xp.get("points_needed").asInt());
    assertEquals(List.of("D05", "D12", "D03"), texts(xp.get("steps"), "indicator"));
    assertEquals(List.of("EASY", "EASY", "EASY"), texts(xp.get("steps"), "effort"));
    assertEquals(List.of("QUICK_FIXES", "QUICK_FIXES", "QUICK_FIXES"), texts(xp.get("steps"), "phase"));
    assertEquals(List.of("ABSENT", "ABSENT", "CHANNEL_DOWNGRADE"), texts(xp.get("steps"), "gap"));
    assertEquals(List.of("1", "1", "0"), texts(xp.get("steps"), "uptake"));
    assertEquals("post the alert page", xp.get("steps").get(0).get("note").asText());
    assertTrue(xp.get("steps").get(2).get("fix").asText().startsWith("link it from the municipal portal"));
    assertEquals(0.75, xp.get("projected").get("score").asDouble());
    assertEquals("VERY_HIGH", xp.get("projected").get("level").asText());

    // Y: MIDDLE -> HIGH needs ceil(0.5 * 12) - 3 = 3. Candidates not unclassified: D06 (downgrade, easy), D09
    // (moderate), D07 (hard): exactly three, so any other set of 3 holds an unclassified change. Phases: 4/12
    // middle, 5/12 middle, 6/12 = 0.5 high.
    JsonNode yp = plans.get(1);
    assertEquals("MH", yp.get("rating_class").asText());
    assertEquals("HIGH", yp.get("target_level").asText());
    assertEquals(List.of("D06", "D09", "D07"), texts(yp.get("steps"), "indicator"));
    assertEquals(List.of("QUICK_FIXES", "MODERATE", "HARD"), texts(yp.get("steps"), "phase"));
    assertEquals(List.of("MIDDLE", "MIDDLE", "HIGH"), texts(yp.get("phases"), "level"));
    assertEquals(List.of("4", "5", "6"), texts(yp.get("phases"), "points"));
    assertEquals(0.5, yp.get("projected").get("score").asDouble());
  }

  @Test
  void tableCsvAndMarkdownForOneCity() {
    Cli t = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(),
        "--effort", efforts.toString(), "--city", "Y");
    assertEquals(0, t.exitCode(), t.toString());
    assertTrue(t.out().contains("Y (Ytown, SGP), assessor CONS: standard LOSI 3/12 = 0.2500, middle, class MH\n"
        + "target high: 3 points needed, 3 changes\n"), t.out());
    assertTrue(t.out().contains("after hard: 6/12 = 0.5000, high\n"), t.out());
    assertFalse(t.out().contains("Xville"));
    Cli c = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(),
        "--effort", efforts.toString(), "--city", "Y", "--format", "csv");
    List<String> lines = c.out().lines().toList();
    assertEquals(4, lines.size(), c.out());
    assertEquals("Y,Ytown,SGP,CONS,standard,3,12,0.25,MIDDLE,MH,HIGH,3,true,1,D06,SP,CHANNEL_DOWNGRADE,EASY,"
        + "QUICK_FIXES,1,1,,0.3333333333333333,MIDDLE,0.5,HIGH", lines.get(1));
    Cli m = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(), "--city", "X",
        "--format", "md");
    assertTrue(m.out().startsWith("# Improvement plans (SMALL-12)\n\n## Xville (X, DEU)\n"), m.out());
  }

  @Test
  void severalAssessorsPerCityAreRefusedUnlessOneIsChosen() throws Exception {
    String text = Files.readString(assessments);
    Files.writeString(assessments, text + text.substring(CliFixture.HEADER.length()).replace(",CONS,", ",B,"));
    Cli r = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString());
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().contains("city \"X\": has 2 assessments (assessors CONS, B); a plan needs one consolidated"
        + " assessment per city: run losi reconcile first, or choose one assessor with --assessor ID"), r.err());
    Cli ok = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(), "--assessor", "B",
        "--format", "json");
    assertEquals(0, ok.exitCode(), ok.toString());
  }

  @Test
  void badEffortTableAndUnknownCityAreReported() throws Exception {
    Files.writeString(efforts, "indicator,effort\nD05,trivial\nD99,easy\n");
    Cli r = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(),
        "--effort", efforts.toString());
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().contains("efforts.csv:2: indicator \"D05\": effort \"trivial\" is not one of easy, moderate, hard, unclassified"), r.err());
    assertTrue(r.err().contains("efforts.csv:3: indicator \"D99\": is not an indicator of instrument \"SMALL-12\""), r.err());
    Cli c = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(), "--city", "Z");
    assertEquals(2, c.exitCode());
    assertTrue(c.err().contains("--city \"Z\" is not a city of this file"), c.err());
    Cli t = Cli.run("plan", "--instrument", instrument, "--assessments", assessments.toString(), "--target", "top");
    assertEquals(2, t.exitCode());
    assertTrue(t.err().contains("--target must be very-high, high, middle or low"), t.err());
  }
}
