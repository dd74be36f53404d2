package dev.losi.bench;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.Instruments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a long assessments CSV of LOSI-2024 into assessments, and scoring them through the validating
 * {@link Scorer} (the object path): {@code cities} × 2 assessors × 95 rows, the file of
 * {@link GenerateInputs}.
 *
 * @since 0.1.0
 */
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class ReadAndScoreBenchmark extends BenchmarkSettings {

  /** Cities in the file (two assessors each). */
  @Param({"530"})
  public int cities;

  Instrument losi;
  Path dir;
  Path csv;
  List<Assessment> assessments;
  Scorer scorer;

  /** Writes the file and reads it once for the scoring benchmark. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    losi = Instruments.load("LOSI-2024");
    dir = Files.createTempDirectory("losi-bench");
    csv = dir.resolve("assessments.csv");
    GenerateInputs.assessments(losi, cities, csv);
    assessments = AssessmentCsv.reader(losi).read(csv);
    scorer = Scorer.of(losi);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(csv);
    Files.deleteIfExists(dir);
  }

  /** Reads the long CSV (strict, every problem collected) into assessments. */
  @Benchmark
  public List<Assessment> readLongCsv() throws IOException {
    return AssessmentCsv.reader(losi).read(csv);
  }

  /** Scores the assessments through the validating scorer. */
  @Benchmark
  public Object scoreObjects() {
    return scorer.scoreAll(assessments);
  }
}
