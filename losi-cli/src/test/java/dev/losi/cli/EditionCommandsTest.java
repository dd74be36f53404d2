package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import dev.losi.io.mapping.MappingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code losi map} and {@code losi compare-editions} on the bundled partial LOSI 2022 -> 2024 PE mapping. */
class EditionCommandsTest {

  static final String PE = Mappings.BUNDLED_PE;

  @TempDir Path dir;
  Instrument pe2022 = BundledMappings.losi2022ParticipationAndEngagement();
  Instrument losi2024 = Instruments.load("LOSI-2024");
  Path before;

  /** Three cities; city k has the first 5k of the 17 PE indicators present (5, 10, 15), the rest absent. */
  @BeforeEach
  void files() throws Exception {
    before = CliFixture.peAssessments(dir.resolve("pe-2022.csv"), 5, 10, 15);
  }

  @Test
  void mapCopiesEveryPeAnswerToIts2024Code() throws Exception {
    Path out = dir.resolve("pe-2024.csv");
    Cli r = Cli.run("map", "--mapping", PE, "--assessments", before.toString(), "--out", out.toString(), "--details");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("Translated 3 assessments from LOSI-2022-PE to LOSI-2024"), r::toString);
    assertTrue(r.out().matches("(?s).*C1\\s+consensus\\s+17\\s+78\\s+0\\n.*"), "17 translated, 95 - 17 not\n" + r);
    List<Assessment> translated = AssessmentCsv.reader(losi2024).read(out);
    assertEquals(3, translated.size());
    Assessment c2 = translated.get(1);
    // published 2022 -> 2024 pairs (BundledMappings): each 2024 counterpart gets the 2022 answer
    for (int i = 0; i < BundledMappings.losi2022PeLinks().size(); i++) {
      BundledMappings.PeLink l = BundledMappings.losi2022PeLinks().get(i);
      int index2022 = pe2022.indexOf(l.code2022());
      assertEquals(index2022 < 10 ? Answer.PRESENT : Answer.ABSENT, c2.answer(l.code2024()), l.toString());
    }
    assertEquals(Answer.NOT_ASSESSED, c2.answer(BundledMappings.AI_CHATBOT_2024), "#270b is new in 2024");
    assertTrue(r.out().contains("#270b"), "--details names the added indicator\n" + r);

    Path json = dir.resolve("pe-2024.json");
    Cli j = Cli.run("map", "--mapping", PE, "--assessments", before.toString(), "--out", json.toString());
    assertEquals(0, j.exitCode(), j::toString);
    assertEquals(translated, LosiJson.standard().readAssessments(json));
  }

  @Test
  void compareEditionsReportsCoreChangesAndTransitions() throws Exception {
    // 2024: the translated answers, and city C1 additionally gains #270b and one more core indicator
    Path mapped = dir.resolve("after.csv");
    assertEquals(0, Cli.run("map", "--mapping", PE, "--assessments", before.toString(), "--out", mapped.toString()).exitCode());
    List<Assessment> after = new ArrayList<>(AssessmentCsv.reader(losi2024).read(mapped));
    String gained = BundledMappings.losi2022PeLinks().stream()
        .filter(l -> pe2022.indexOf(l.code2022()) == 5).findFirst().orElseThrow().code2024();
    Assessment c1 = after.get(0);
    List<Response> rs = new ArrayList<>();
    for (Response x : c1.responses()) {
      rs.add(x.indicator().equals(gained) ? Response.of(gained, Answer.PRESENT) : x);
    }
    rs.add(Response.of(BundledMappings.AI_CHATBOT_2024, Answer.PRESENT));
    after.set(0, Assessment.builder().from(c1).responses(rs).build());
    Path afterFile = dir.resolve("after2.csv");
    AssessmentCsv.writer().write(after, afterFile);

    Cli r = Cli.run("compare-editions", "--mapping", PE, "--before", before.toString(), "--after", afterFile.toString(),
        "--missing", "absent", "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("LOSI-2022-PE", root.get("fromInstrument").asText());
    JsonNode cities = root.get("cities");
    assertEquals(3, cities.size());
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    cities.forEach(c -> byId.put(c.at("/city/id").asText(c.path("city").asText()), c));
    JsonNode first = cities.get(0);
    assertEquals(1, first.get("coreChangeInIndicators").asInt(), "C1 gained one core indicator (#270b is not core)\n" + r);
    assertEquals(0, cities.get(1).get("coreChangeInIndicators").asInt(), "C2 did not change on the core");
    assertEquals(0, cities.get(2).get("coreChangeInIndicators").asInt());
    assertEquals(5, first.at("/coreBefore/present").asInt());
    assertEquals(17, first.at("/coreBefore/size").asInt());

    Cli.run("compare-editions", "--mapping", PE, "--before", before.toString(), "--after", afterFile.toString(),
        "--missing", "absent").assertOk("Longitudinal comparison LOSI-2022-PE -> LOSI-2024",
        "Official level transitions (cities: 3)");
  }

  @Test
  void jsonMappingFileWithInstrumentFile() throws Exception {
    Path peFile = dir.resolve("losi-2022-pe.json");
    LosiJson.standard().writeInstrument(pe2022, peFile);
    Path mapFile = dir.resolve("map.json");
    Files.writeString(mapFile, MappingJson.standard().write(
        BundledMappings.losi2022To2024ParticipationAndEngagement(pe2022, losi2024)));
    Path out = dir.resolve("x.csv");
    Cli r = Cli.run("map", "--mapping", mapFile.toString(), "--instrument-file", peFile.toString(), "--assessments",
        before.toString(), "--out", out.toString(), "--to-instrument", "LOSI-2024");
    assertEquals(0, r.exitCode(), r::toString);
    Cli wrongTarget = Cli.run("map", "--mapping", mapFile.toString(), "--assessments", before.toString(),
        "--out", dir.resolve("y.csv").toString(), "--to-instrument", peFile.toString());
    assertEquals(2, wrongTarget.exitCode(), wrongTarget::toString);
    assertTrue(wrongTarget.err().contains("but the mapping goes to LOSI-2024"), wrongTarget::toString);
    assertFalse(Files.exists(dir.resolve("y.csv")));
  }

  /**
   * A bad instrument given to --from-instrument, --to-instrument or --instrument-file is reported under that
   * option, not under --instrument, which map and compare-editions do not have (a fix of the fourth integration).
   */
  @Test
  void aBadEditionInstrumentNamesItsOwnOption() throws Exception {
    Path links = dir.resolve("links.csv");
    Files.writeString(links, "from_code,to_code,relation,note\n#279,#279,SAME,\n");
    Path out = dir.resolve("o.csv");
    String missing = dir.resolve("no-such-instrument.json").toString();
    Cli to = Cli.run("map", "--mapping", links.toString(), "--from-instrument", "LOSI-2024", "--to-instrument", missing,
        "--assessments", before.toString(), "--out", out.toString());
    assertEquals(2, to.exitCode(), to::toString);
    assertTrue(to.err().contains("--to-instrument \"" + missing + "\" is neither a built-in instrument"), to::toString);
    assertFalse(to.err().contains("--instrument \""), to::toString);
    Cli from = Cli.run("compare-editions", "--mapping", links.toString(), "--from-instrument", "LOSI-2099",
        "--to-instrument", "LOSI-2024", "--before", before.toString(), "--after", before.toString());
    assertEquals(2, from.exitCode(), from::toString);
    assertTrue(from.err().contains("--from-instrument \"LOSI-2099\" is neither a built-in instrument"), from::toString);
    Cli file = Cli.run("map", "--mapping", PE, "--instrument-file", missing, "--assessments", before.toString(),
        "--out", out.toString());
    assertEquals(2, file.exitCode(), file::toString);
    assertTrue(file.err().contains("--instrument-file \"" + missing + "\" is neither a built-in instrument"),
        file::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void badInputsExit2WithoutOutput() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "city_id,city_name,country,assessor,indicator,value\nC1,City 1,KEN,A,PE22-01,2\nC1,City 1,KEN,A,#279,1\n");
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("map", "--mapping", PE, "--assessments", bad.toString(), "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("bad.csv:2:"), r::toString);
    assertTrue(r.err().contains("bad.csv:3:"), r::toString);
    assertFalse(r.hasStackTrace(), r::toString);
    assertFalse(Files.exists(out));
    Cli m = Cli.run("map", "--mapping", "nope.json", "--assessments", bad.toString(), "--out", out.toString());
    assertEquals(2, m.exitCode(), m::toString);
    assertTrue(m.err().contains("--mapping \"nope.json\" is neither a mapping file nor the bundled mapping"), m::toString);
    Cli csv = Cli.run("map", "--mapping", bad.toString(), "--assessments", bad.toString(), "--out", out.toString());
    assertEquals(2, csv.exitCode(), csv::toString);
    assertTrue(csv.err().contains("give --from-instrument and --to-instrument"), csv::toString);
    Cli ext = Cli.run("map", "--mapping", PE, "--assessments", before.toString(), "--out", dir.resolve("o.txt").toString());
    assertEquals(2, ext.exitCode(), ext::toString);
    Cli twice = Cli.run("compare-editions", "--mapping", PE, "--before", before.toString(), "--after", before.toString());
    assertEquals(2, twice.exitCode(), twice::toString);
    assertFalse(twice.hasStackTrace(), twice::toString);
  }
}
