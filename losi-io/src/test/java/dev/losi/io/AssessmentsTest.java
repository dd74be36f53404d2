package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentsTest {

  private final Instrument instrument = Fixtures.small();
  private final List<Assessment> sample = List.of(Fixtures.full(Fixtures.maputo(), "A"), Fixtures.full(Fixtures.cairo(), "B"));

  @Test
  void readsEveryFormatAndLayoutByExtensionAndHeader(@TempDir Path dir) throws Exception {
    for (String name : List.of("a.json", "a.csv", "a.xlsx")) {
      Path f = dir.resolve(name);
      Assessments.write(sample, f);
      assertEquals(sample, Assessments.read(f, instrument), name);
    }
    Path wideCsv = dir.resolve("w.csv");
    AssessmentCsv.wideWriter(instrument).write(sample, wideCsv);
    assertEquals(sample, Assessments.read(wideCsv, instrument));
    Path wideXlsx = dir.resolve("w.xlsx");
    AssessmentXlsx.wideWriter(instrument).write(sample, wideXlsx);
    assertEquals(sample, Assessments.read(wideXlsx, instrument));
  }

  @Test
  void jsonAssessmentsAreCheckedAgainstTheInstrument(@TempDir Path dir) throws Exception {
    Assessment other = Assessment.builder().from(sample.get(0)).instrumentId("LOSI-2022").build();
    Path f = dir.resolve("a.json");
    Assessments.write(List.of(other), f);
    Files.writeString(f, Files.readString(f).replace("\"#259\"", "\"#999\""));
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Assessments.read(f, instrument));
    assertEquals(List.of(
        "a.json:$.assessments[0]: city \"MZ-MPM\" assessor \"A\": instrumentId \"LOSI-2022\" does not match the instrument TEST-10 the file is read against",
        "a.json:$.assessments[0].responses[9]: city \"MZ-MPM\" assessor \"A\": indicator \"#999\" is not an indicator of instrument TEST-10"),
        e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
  }
}
