package dev.losi.bench;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.AssessmentXlsx;
import dev.losi.io.Assessments;
import dev.losi.io.Instruments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading each input format of assessments: the same {@code cities} × 2 assessors of LOSI-2024 (the data of
 * {@link GenerateInputs}) as a long CSV, a wide CSV, a long XLSX, a wide XLSX and a JSON document, read
 * into objects ({@link Assessments.Reader#read}) and streamed into scores ({@link Assessments.Reader#score}).
 *
 * @since 0.1.0
 */
@Warmup(iterations = 2, time = 2)
public class ReadFormatsBenchmark extends BenchmarkSettings {

  /** The file: long.csv, wide.csv, long.xlsx, wide.xlsx or assessments.json. */
  @Param({"long.csv", "wide.csv", "long.xlsx", "wide.xlsx", "assessments.json"})
  public String file;

  /** Cities in the file (two assessors each, 95 indicators). */
  @Param({"530"})
  public int cities;

  Instrument losi;
  Scorer scorer;
  Path dir;
  Path path;

  /** Writes the file in its format. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    losi = Instruments.load("LOSI-2024");
    scorer = Scorer.of(losi);
    dir = Files.createTempDirectory("losi-bench");
    Path csv = dir.resolve("generated.csv");
    GenerateInputs.assessments(losi, cities, csv);
    List<Assessment> all = AssessmentCsv.reader(losi).read(csv);
    Files.delete(csv);
    path = dir.resolve(file);
    switch (file) {
      case "wide.csv" -> AssessmentCsv.wideWriter(losi).write(all, path);
      case "wide.xlsx" -> AssessmentXlsx.wideWriter(losi).write(all, path);
      default -> Assessments.write(all, path);
    }
  }

  /** Reads the file into assessments (the object path). */
  @Benchmark
  public List<Assessment> readObjects() throws IOException {
    return Assessments.reader(losi).read(path);
  }

  /** Streams the file into packed answers and scores them. */
  @Benchmark
  public List<CityScore> streamScores() throws IOException {
    return Assessments.reader(losi).score(path, scorer);
  }

  /** Deletes the file and its directory. */
  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    for (Path p : List.of(path, dir)) {
      Files.deleteIfExists(p);
    }
  }
}
