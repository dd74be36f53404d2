package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --assessments} goes through losi-io's one entry point: standard input as {@code -} (issue 15
 * item 10), the same file read from a file and from standard input gives the same bytes of output, and
 * the CLI does not reach into losi-io's internal package (issue 9 item 2). Fails on cb3af66, where
 * {@code -} was "no such file".
 */
class InputsTest {

  @TempDir Path dir;

  private static final String CSV = "city_id,city_name,country,assessor,indicator,value\n"
      + "C1,Alpha,BRA,A,#215,1\nC2,Beta,BRA,A,#215,0\n";

  private static Cli withStdin(byte[] bytes, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(bytes));
      return Cli.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void standardInputIsReadAsDash() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, CSV);
    Cli fromFile = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", file.toString(), "--missing", "absent",
        "--format", "csv");
    Cli fromStdin = withStdin(CSV.getBytes(StandardCharsets.UTF_8), "score", "--instrument", "LOSI-2024",
        "--assessments", "-", "--missing", "absent", "--format", "csv");
    assertEquals(0, fromFile.exitCode(), fromFile.toString());
    assertEquals(0, fromStdin.exitCode(), fromStdin.toString());
    assertEquals(fromFile.out(), fromStdin.out());
  }

  @Test
  void encodingOptionReadsWindows1252() throws Exception {
    Path file = dir.resolve("legacy.csv");
    Files.write(file, CSV.replace("Alpha", "S\u00e3o Paulo").getBytes(Charset.forName("windows-1252")));
    Cli refused = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", file.toString(), "--missing", "absent");
    assertEquals(2, refused.exitCode(), refused.toString());
    Cli read = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", file.toString(), "--missing", "absent",
        "--encoding", "windows-1252");
    assertEquals(0, read.exitCode(), read.toString());
    assertTrue(read.out().contains("S\u00e3o Paulo"), read.out());
  }

  @Test
  void theCliImportsNoInternalPackageOfLosiIo() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        try {
          assertFalse(Files.readString(p).contains("dev.losi.io.internal"), p + " uses dev.losi.io.internal");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }
}
