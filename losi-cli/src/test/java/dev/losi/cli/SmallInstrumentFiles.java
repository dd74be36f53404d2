package dev.losi.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the CLI tests on the 12-indicator test instrument ({@link SmallInstrument}): a fresh folder per
 * test holding the instrument file ({@link CliFixture#instrument(Path)}), made before the subclass's own
 * {@code @BeforeEach}, which writes the assessments.
 */
abstract class SmallInstrumentFiles {

  @TempDir Path dir;
  /** The small instrument as a JSON file, passed as {@code --instrument FILE}. */
  String instrument;
  /** The assessments the subclass writes. */
  Path assessments;

  @BeforeEach
  void smallInstrumentFile() throws Exception {
    instrument = CliFixture.instrument(dir);
  }
}
