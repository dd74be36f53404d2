package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in docs/formats.md are real: they are read here with the bundled LOSI-2024. */
class FormatsDocTest {

  private static List<String> blocks(String language) throws Exception {
    Path doc = Path.of("../docs/formats.md");
    assertTrue(Files.exists(doc), "missing " + doc.toAbsolutePath());
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(doc));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void csvExamplesRead() throws Exception {
    Instrument losi = Instruments.load("LOSI-2024");
    List<String> csv = blocks("csv");
    assertEquals(4, csv.size());
    List<Assessment> longOnes = AssessmentCsv.reader(losi).read(csv.get(0), "long example");
    assertEquals(Answer.NOT_APPLICABLE, longOnes.get(0).answer("#236"));
    assertEquals("searched 10 min, \"contact\" page only", longOnes.get(0).response("#255").get().evidence().get().note().get());
    List<Assessment> wide = AssessmentCsv.wideReader(losi).read(csv.get(1), "wide example");
    assertEquals(2, wide.size());
    assertEquals(0.5, InstrumentTables.readCsv(csv.get(2), "instrument example").indicators().get(1).weight());
    assertEquals("#251", AdjustmentTables.readCsv(csv.get(3), "adjustments example").get(0).indicator().get());
  }

  @Test
  void jsonExamplesRead() throws Exception {
    List<String> json = blocks("json");
    assertEquals(3, json.size());
    assertEquals(96.0, LosiJson.standard().readInstrument(json.get(0), "instrument example").maximumPoints());
    Assessment a = LosiJson.standard().readAssessments(json.get(1), "assessments example").get(0);
    AssessmentChecks.check(List.of(a), IndicatorCodes.of(Instruments.load("LOSI-2024")), "assessments example");
    assertEquals("አዲስ አበባ", a.city().name());
    assertEquals(2, LosiJson.standard().readAdjustments(json.get(2), "adjustments example").size());
  }
}
