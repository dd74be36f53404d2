package dev.losi.cli;

import org.junit.jupiter.api.BeforeEach;

/**
 * The files of the review tests: the 12-indicator instrument ({@link SmallInstrumentFiles}) and the
 * two-assessor assessments {@code a.csv} ({@link CliFixture#twoAssessors(java.nio.file.Path)}: city X, A and B
 * agree on all but D05; city Y, they agree on all 12).
 */
abstract class TwoAssessorFiles extends SmallInstrumentFiles {

  @BeforeEach
  void twoAssessorFiles() throws Exception {
    assessments = CliFixture.twoAssessors(dir.resolve("a.csv"));
  }
}
