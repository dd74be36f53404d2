package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.losi.io.LosiJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of issue 15 items done by the second hardening wave, each failing on the first release
 * (cb3af66). The expected texts are the issue's own words: the remedy in the CLI's option
 * ({@code --missing absent}), the file named, singular nouns for one.
 */
class Issue15CliTest extends SmallInstrumentFiles {

  static final String HEADER = CliFixture.HEADER;

  /**
   * Item 5: the remedy is the CLI option, and the problem names the file and the place of the city's first
   * row: the line in CSV, the JSON path in JSON (on 93d9180 only the file, and no place).
   */
  @Test
  void missingAnswersNameTheOptionAndTheFile() throws Exception {
    Path part = CliFixture.write(dir, "partial.csv", HEADER + "X,Xville,DEU,A,D01,1,,,\n");
    Cli csv = Cli.run("score", "--instrument", instrument, "--assessments", part.toString()).assertRefused(
        "partial.csv:2: city \"X\" assessor \"A\": answers 11 of 12 indicators not assessed",
        "(to count them as absent, use --missing absent)");
    assertFalse(csv.err().contains("COUNT_AS_ABSENT"), csv::toString);

    Path json = dir.resolve("partial.json");
    Files.writeString(json, LosiJson.standard().writeAssessments(
        dev.losi.io.Assessments.reader(SmallInstrument.get()).read(part)));
    Cli.run("score", "--instrument", instrument, "--assessments", json.toString()).assertRefused(
        "partial.json:$.assessments[0]: city \"X\" assessor \"A\": answers 11 of 12", "use --missing absent");
  }
}
