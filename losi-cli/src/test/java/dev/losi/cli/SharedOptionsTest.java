package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared options of the mixins ({@link AssessmentInput}, {@link AssessmentTableOptions},
 * {@link OutputOptions}, {@code --quiet} of {@link LosiCommand}): {@code -} for standard input and output,
 * {@code --bom} and its refusal, {@code --quiet}, and one option at most reading standard input. The
 * expected bytes are written out by hand: the UTF-8 byte order mark is EF BB BF (Unicode 15, section 23.8).
 */
class SharedOptionsTest {

  @TempDir Path dir;

  /** Two cities of LOSI-2024, one indicator each, counted with --missing absent: 1/95 and 0/95. */
  static final String CSV = "city_id,city_name,country,assessor,indicator,value\n"
      + "C1,Alpha,BRA,A,#215,1\nC2,Beta,BRA,A,#215,0\n";

  static Cli withStdin(String text, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return Cli.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  private Path assessments() throws Exception {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, CSV);
    return file;
  }

  @Test
  void bomBeginsACsvFileWithEfBbBfAndTheRestIsUnchanged() throws Exception {
    Path in = assessments();
    Path plain = dir.resolve("plain.csv");
    Path marked = dir.resolve("marked.csv");
    Cli a = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", in.toString(), "--missing", "absent",
        "--out", plain.toString());
    Cli b = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", in.toString(), "--missing", "absent",
        "--out", marked.toString(), "--bom");
    assertEquals(0, a.exitCode(), a::toString);
    assertEquals(0, b.exitCode(), b::toString);
    byte[] p = Files.readAllBytes(plain);
    byte[] m = Files.readAllBytes(marked);
    assertEquals('c', p[0], "no mark without --bom: the header's first letter");
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(m, 3));
    assertArrayEquals(p, Arrays.copyOfRange(m, 3, m.length));
  }

  @Test
  void bomOnStandardOutputIsTheMarkCharacterFirst() throws Exception {
    Cli r = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", assessments().toString(), "--missing",
        "absent", "--format", "csv", "--bom");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("\uFEFFcity_id,"), r::toString);
  }

  @Test
  void bomIsRefusedForEveryFormatButCsv() throws Exception {
    for (String format : new String[] {"table", "json"}) {
      Cli r = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", assessments().toString(), "--missing",
          "absent", "--format", format, "--bom");
      assertEquals(2, r.exitCode(), r::toString);
      assertTrue(r.err().startsWith("--bom is for CSV output only (--format csv); the format here is " + format + "\n"),
          r::toString);
      assertEquals("", r.out());
    }
  }

  @Test
  void outDashIsStandardOutput() throws Exception {
    Path in = assessments();
    Cli plain = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", in.toString(), "--missing", "absent",
        "--format", "json");
    Cli dash = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", in.toString(), "--missing", "absent",
        "--format", "json", "--out", "-");
    assertEquals(0, dash.exitCode(), dash::toString);
    assertTrue(dash.out().startsWith("{"), dash::toString);
    assertEquals(plain.out(), dash.out());
    assertFalse(Files.exists(dir.resolve("-")));
  }

  @Test
  void assessmentsFromStandardInputScoreAsTheFileDoes() throws Exception {
    Cli file = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", assessments().toString(), "--missing",
        "absent", "--format", "csv");
    Cli stdin = withStdin(CSV, "score", "--instrument", "LOSI-2024", "--assessments", "-", "--missing", "absent",
        "--format", "csv", "--out", "-");
    assertEquals(0, stdin.exitCode(), stdin::toString);
    assertEquals(file.out(), stdin.out());
  }

  @Test
  void twoOptionsCannotBothReadStandardInput() {
    Cli r = withStdin(CSV, "score", "--instrument", "LOSI-2024", "--assessments", "-", "--adjustments", "-");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--assessments and --adjustments both name -, but only one option can read standard"
        + " input; name a file for the others"), r::toString);
    assertEquals("", r.out());
  }

  @Test
  void quietPrintsNothingOnStandardErrorButErrorsStill() throws Exception {
    Cli ok = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", assessments().toString(), "--missing",
        "absent", "--quiet");
    assertEquals(0, ok.exitCode(), ok::toString);
    assertEquals("", ok.err());
    assertTrue(ok.out().startsWith("Instrument LOSI-2024"), ok::toString);
    Cli bad = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", dir.resolve("none.csv").toString(),
        "--quiet");
    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("none.csv: no such file"), bad::toString);
  }

  @Test
  void sheetAndEncodingAreCheckedInTheCliWords() throws Exception {
    Cli r = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", assessments().toString(), "--encoding",
        "UTF-16");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("--encoding must be UTF-8, windows-1252 or ISO-8859-1, got \"UTF-16\"\n"), r::toString);
    Cli l = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", assessments().toString(), "--layout", "tall");
    assertEquals(2, l.exitCode(), l::toString);
    assertTrue(l.err().startsWith("--layout must be auto, long or wide, got \"tall\"\n"), l::toString);
  }
}
