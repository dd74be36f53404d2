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

  /** Every leaf command, walked from the root command. */
  private static java.util.List<picocli.CommandLine> leaves(picocli.CommandLine c) {
    if (c.getSubcommands().isEmpty()) {
      return java.util.List.of(c);
    }
    java.util.List<picocli.CommandLine> all = new java.util.ArrayList<>();
    c.getSubcommands().values().stream().filter(s -> !s.getCommandName().equals("help")).distinct()
        .forEach(s -> all.addAll(leaves(s)));
    return all;
  }

  @Test
  void everyCommandTakesQuietAndEveryAssessmentReaderSheetEncodingAndLayout() {
    picocli.CommandLine root = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()), false);
    java.util.List<String> readers = java.util.List.of("score", "plan", "report", "uncertainty", "reconcile",
        "agreement", "compare", "compare-editions", "map");
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (picocli.CommandLine c : leaves(root)) {
      String name = c.getCommandName();
      seen.add(name);
      assertTrue(c.getCommandSpec().findOption("--quiet") != null, name + " has no --quiet");
      if (readers.contains(name)) {
        for (String o : new String[] {"--sheet", "--encoding", "--layout"}) {
          assertTrue(c.getCommandSpec().findOption(o) != null, name + " has no " + o);
        }
      }
      picocli.CommandLine.Model.OptionSpec out = c.getCommandSpec().findOption("--out");
      picocli.CommandLine.Model.OptionSpec format = c.getCommandSpec().findOption("--format");
      if (out != null && format != null && format.type() == OutputFormat.class
          && !name.equals("reconcile")) {
        assertTrue(c.getCommandSpec().findOption("--bom") != null, name + " has --out and --format but no --bom");
      }
    }
    assertTrue(seen.containsAll(readers), seen::toString);
    assertTrue(seen.containsAll(java.util.List.of("checklist", "classify", "correlate", "demo", "list", "show")),
        seen::toString);
  }

  @Test
  void planReadsStandardInputAndWritesCsvWithAMarkToStandardOutput() throws Exception {
    String ins = CliFixture.instrument(dir);
    StringBuilder sb = new StringBuilder(CliFixture.HEADER);
    for (int i = 1; i <= 12; i++) {
      CliFixture.rows(sb, "X,Xville,DEU", "CONS", new String[] {String.format("D%02d", i), i <= 6 ? "1" : "0", ""});
    }
    Path file = dir.resolve("x.csv");
    Files.writeString(file, sb.toString());
    Cli fromFile = Cli.run("plan", "--instrument", ins, "--assessments", file.toString(), "--format", "csv");
    Cli fromStdin = withStdin(sb.toString(), "plan", "--instrument", ins, "--assessments", "-", "--format", "csv",
        "--out", "-", "--bom", "--quiet");
    assertEquals(0, fromFile.exitCode(), fromFile::toString);
    assertEquals(0, fromStdin.exitCode(), fromStdin::toString);
    assertEquals("\uFEFF" + fromFile.out(), fromStdin.out());
    assertEquals("", fromStdin.err());
    Cli md = Cli.run("plan", "--instrument", ins, "--assessments", file.toString(), "--format", "md", "--bom");
    assertEquals(2, md.exitCode(), md::toString);
    assertTrue(md.err().startsWith("--bom is for CSV output only (--format csv); the format here is md\n"), md::toString);
  }

  @Test
  void uncertaintyCsvFileBeginsWithEfBbBf() throws Exception {
    Path csv = dir.resolve("u.csv");
    Cli c = Cli.run("uncertainty", "--assessments", UncertaintyCommandTest.SAMPLE, "--draws", "50", "--out",
        csv.toString(), "--bom");
    assertEquals(0, c.exitCode(), c::toString);
    byte[] b = Files.readAllBytes(csv);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
    Cli plain = Cli.run("uncertainty", "--assessments", UncertaintyCommandTest.SAMPLE, "--draws", "50", "--format",
        "csv");
    assertEquals(plain.out(), new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
  }

  /** The Windows code page is read by every command that reads assessments, not only score. */
  @Test
  void reconcileAndAgreementReadWindows1252WithEncoding() throws Exception {
    Path file = dir.resolve("legacy.csv");
    String two = "city_id,city_name,country,assessor,indicator,value\n"
        + "C1,S\u00e3o Paulo,BRA,A,#215,1\nC1,S\u00e3o Paulo,BRA,B,#215,1\n";
    Files.write(file, two.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Cli refused = Cli.run("agreement", "--assessments", file.toString());
    assertEquals(2, refused.exitCode(), refused::toString);
    Cli agreement = Cli.run("agreement", "--assessments", file.toString(), "--encoding", "windows-1252");
    assertEquals(0, agreement.exitCode(), agreement::toString);
    Path consensus = dir.resolve("consensus.csv");
    Cli reconcile = Cli.run("reconcile", "--assessments", file.toString(), "--encoding", "windows-1252", "--out",
        consensus.toString());
    assertEquals(0, reconcile.exitCode(), reconcile::toString);
    Cli undecoded = Cli.run("reconcile", "--assessments", file.toString(), "--out", consensus.toString());
    assertEquals(2, undecoded.exitCode(), undecoded::toString);
  }

  @Test
  void adjustmentsAndClassifyDataFromStandardInput() throws Exception {
    Path in = assessments();
    String adjustments = "{\"schemaVersion\": 1, \"adjustments\": []}";
    Cli none = Cli.run("score", "--instrument", "LOSI-2024", "--assessments", in.toString(), "--missing", "absent",
        "--format", "csv");
    Cli json = withStdin(adjustments, "score", "--instrument", "LOSI-2024", "--assessments", in.toString(),
        "--missing", "absent", "--format", "csv", "--adjustments", "-");
    assertEquals(0, json.exitCode(), json::toString);
    assertEquals(none.out(), json.out());
    String values = "country,egdi\nAAA,0.80\nBBB,0.30\n";
    Path file = dir.resolve("v.csv");
    Files.writeString(file, values);
    Cli fromFile = Cli.run("classify", "--data", file.toString(), "--column", "egdi", "--format", "csv");
    Cli fromStdin = withStdin(values, "classify", "--data", "-", "--column", "egdi", "--format", "csv");
    assertEquals(0, fromStdin.exitCode(), fromStdin::toString);
    assertEquals(fromFile.out(), fromStdin.out());
    // hand check of the levels: 0.80 >= 0.75 is very high; 0.25 <= 0.30 < 0.50 is middle
    assertTrue(fromStdin.out().startsWith("rank,country,egdi,level,rating_class,line\n1,AAA,0.8,very high,"),
        fromStdin::toString);
    assertTrue(fromStdin.out().contains("\n2,BBB,0.3,middle,"), fromStdin::toString);
  }
}
