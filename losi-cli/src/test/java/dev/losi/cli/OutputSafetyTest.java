package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions of the hardening issue (#15) for what the command writes: items 6 (format from the
 * extension), 7 (files follow the umask), 8 (out of memory is a message, exit 2), 15 (an output that is an
 * input is refused), 16 (outputs appear only together), 17 (UTF-8 on standard output in any locale),
 * 25 (terminal escapes neutralised) and 26 (a normal termination signal leaves no temporary file). Each
 * fails on the first release (commit cb3af66).
 */
class OutputSafetyTest {

  @TempDir Path dir;
  String instrument;
  Path assessments;

  /** City X answers D01..D06 present and D07..D12 absent: 6/12 = 0.5 (hand computation). */
  @BeforeEach
  void files() throws IOException {
    instrument = CliFixture.instrument(dir);
    StringBuilder sb = new StringBuilder(CliFixture.HEADER);
    for (int i = 1; i <= 12; i++) {
      sb.append("X,Zürich \u001b[31mred\u001b[0m,DEU,A,").append(String.format("D%02d", i)).append(',')
          .append(i <= 6 ? "1" : "0").append(",,,\n");
    }
    assessments = dir.resolve("a.csv");
    Files.writeString(assessments, sb.toString());
  }

  /** The same answers with a name XLSX can hold. */
  private Path plain() throws IOException {
    Path p = dir.resolve("plain.csv");
    Files.writeString(p, Files.readString(assessments).replace("Zürich \u001b[31mred\u001b[0m", "Zürich"));
    return p;
  }

  @Test
  void outWithAnXlsxExtensionWritesAWorkbookWithoutFormat() throws IOException {
    Path out = dir.resolve("r.xlsx");
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", plain().toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 2);
    assertEquals("PK", new String(head, StandardCharsets.ISO_8859_1), "an XLSX file is a zip archive");
  }

  @Test
  void conflictingFormatAndExtensionAreRefused() {
    Path out = dir.resolve("r.xlsx");
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(),
        "--format", "csv", "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--format csv conflicts with --out"), r::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void writtenFilesFollowTheUmaskAsCpWould() throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "umask").start();
    int umask = Integer.parseInt(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip(), 8);
    p.waitFor();
    // A new file gets mode 0666 & ~umask (POSIX open(2) with O_CREAT and mode 0666, as cp uses for a new file).
    // The JVM runs with the umask of the shell that started the tests.
    Set<PosixFilePermission> expected = PosixFilePermissions.fromString(rwx(0666 & ~umask));
    for (String format : List.of("csv", "json", "xlsx")) {
      Path out = dir.resolve("r." + format);
      Cli r = Cli.run("score", "--instrument", instrument, "--assessments", plain().toString(), "--out", out.toString());
      assertEquals(0, r.exitCode(), r::toString);
      assertEquals(expected, Files.getPosixFilePermissions(out), format);
    }
  }

  private static String rwx(int mode) {
    String s = "";
    for (int shift = 6; shift >= 0; shift -= 3) {
      int m = mode >> shift;
      s += ((m & 4) != 0 ? "r" : "-") + ((m & 2) != 0 ? "w" : "-") + ((m & 1) != 0 ? "x" : "-");
    }
    return s;
  }

  @Test
  void anOutputThatIsAnInputIsRefusedByIdentityNotSpelling() throws IOException {
    String before = Files.readString(assessments);
    Path spelledOtherwise = dir.resolve(".").resolve("a.csv");
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString(),
        "--format", "csv", "--out", spelledOtherwise.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("is the same file as the input --assessments"), r::toString);
    assertEquals(before, Files.readString(assessments));

    Path link = dir.resolve("link.csv");
    Files.createSymbolicLink(link, assessments);
    Cli viaLink = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument,
        "--out", link.toString());
    assertEquals(2, viaLink.exitCode(), viaLink::toString);
    assertEquals(before, Files.readString(assessments));
  }

  @Test
  void aFailedSecondOutputLeavesThePreviousFirstOutputAlone() throws IOException {
    StringBuilder two = new StringBuilder(ScoreCommandTest.HEADER);
    for (String assessor : List.of("A", "B")) {
      for (int i = 1; i <= 12; i++) {
        String v = i <= 6 || (assessor.equals("B") && i == 7) ? "1" : "0";
        two.append("X,Xville,DEU,").append(assessor).append(',').append(String.format("D%02d", i)).append(',')
            .append(v).append(",,,\n");
      }
    }
    Path in = dir.resolve("two.csv");
    Files.writeString(in, two.toString());
    Path consensus = dir.resolve("c.csv");
    Files.writeString(consensus, "previous run\n");
    Path pending = dir.resolve("no-such-dir").resolve("p.csv");
    Cli r = Cli.run("reconcile", "--assessments", in.toString(), "--instrument", instrument,
        "--out", consensus.toString(), "--pending", pending.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--pending"), "the message names the option of the failing path: " + r);
    assertFalse(r.err().contains("--out"), "the message must not blame --out: " + r);
    assertEquals("previous run\n", Files.readString(consensus));

    Path aDirectory = Files.createDirectory(dir.resolve("pending-dir"));
    Cli d = Cli.run("reconcile", "--assessments", in.toString(), "--instrument", instrument,
        "--out", consensus.toString(), "--pending", aDirectory.toString());
    assertEquals(2, d.exitCode(), d::toString);
    assertTrue(d.err().contains("--pending cannot be written: it is a directory"), d::toString);
    assertEquals("previous run\n", Files.readString(consensus));
    try (var s = Files.list(dir)) {
      assertEquals(List.of(), s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void tableOutputAndErrorsNeutraliseTerminalEscapes() throws IOException {
    Cli r = Cli.run("score", "--instrument", instrument, "--assessments", assessments.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertFalse(r.out().contains("\u001b"), r::toString);
    assertTrue(r.out().contains("Zürich \\x1B[31mred\\x1B[0m"), r::toString);

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, ScoreCommandTest.HEADER + "X\u001b]0;pwned\u0007,X,DEU,A,D01,2,,,\n");
    Cli e = Cli.run("score", "--instrument", instrument, "--assessments", bad.toString());
    assertEquals(2, e.exitCode(), e::toString);
    assertFalse(e.err().contains("\u001b") || e.err().contains("\u0007"), e::toString);
    assertTrue(e.err().contains("\\x1B]0;pwned\\x07"), e::toString);
  }

  /**
   * Item 1: every output is the same bytes from two JVMs of their own, with other locales and processor
   * counts. The issue's own row (a downgrade naming two channels, whose order varied from run to run on
   * cb3af66) is scored as CSV and JSON; two assessors' rows go through agreement and reconcile.
   */
  @Test
  void everyCommandWritesTheSameBytesInSeparateJvms() throws Exception {
    Path one = Files.writeString(dir.resolve("one.csv"), ScoreCommandTest.HEADER
        + "C1,C,BRA,A,#215,1,NATIONAL_PORTAL|SOCIAL_MEDIA,,\n");
    Path two = Files.writeString(dir.resolve("two.csv"), ScoreCommandTest.HEADER
        + "C1,C,BRA,A,#215,1,NATIONAL_PORTAL|SOCIAL_MEDIA,,\nC1,C,BRA,B,#215,0,,,\n"
        + "C1,C,BRA,A,#216,1,MGP,,\nC1,C,BRA,B,#216,1,MGP,,\n");
    List<String[]> commands = List.of(
        new String[] {"score", "--instrument", "LOSI-2024", "--assessments", one.toString(), "--missing", "absent", "--format", "csv"},
        new String[] {"score", "--instrument", "LOSI-2024", "--assessments", one.toString(), "--missing", "absent", "--format", "json"},
        new String[] {"agreement", "--assessments", two.toString(), "--format", "json"},
        new String[] {"reconcile", "--assessments", two.toString(), "--out", dir.resolve("c.json").toString(),
            "--format", "json"});
    for (String[] c : commands) {
      Result a = java(List.of("-Duser.language=tr", "-Duser.country=TR", "-XX:ActiveProcessorCount=1"), c);
      Result b = java(List.of("-Duser.language=de", "-Duser.country=DE", "-XX:ActiveProcessorCount=2"), c);
      assertEquals(0, a.exit(), a.err());
      assertTrue(a.out().length > 0, c[0]);
      assertEquals(new String(a.out(), StandardCharsets.UTF_8), new String(b.out(), StandardCharsets.UTF_8), c[0]);
    }
  }

  /** Runs {@code losi} in a JVM of its own, with the given JVM options. */
  private static Result java(List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread t1 = pump(p.getInputStream(), out);
    Thread t2 = pump(p.getErrorStream(), err);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "losi did not finish");
    t1.join();
    t2.join();
    return new Result(p.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream to) {
    Thread t = new Thread(() -> {
      try {
        in.transferTo(to);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    t.start();
    return t;
  }

  private record Result(int exit, byte[] out, String err) {}

  @Test
  void standardOutputIsUtf8WhateverThePlatformCharset() throws Exception {
    Result r = java(List.of("-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1",
        "-Dsun.stderr.encoding=ISO-8859-1"), "score", "--instrument", instrument, "--assessments",
        assessments.toString(), "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    String text = new String(r.out(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Zürich"), text);
  }

  @Test
  void runningOutOfMemoryIsAMessageWithTheHeapToUseAndExitTwo() throws Exception {
    // 40,000 one-row cities: far more objects than a 16 MiB heap holds once read.
    StringBuilder sb = new StringBuilder(ScoreCommandTest.HEADER);
    for (int c = 0; c < 40_000; c++) {
      for (int i = 1; i <= 12; i++) {
        sb.append("C").append(c).append(",City ").append(c).append(",DEU,A,D").append(i < 10 ? "0" : "")
            .append(i).append(',').append(i % 2).append(",MGP,https://city").append(c).append(".example.invalid/,\n");
      }
    }
    Path big = dir.resolve("big.csv");
    Files.writeString(big, sb.toString());
    Result r = java(List.of("-Xmx16m", "-XX:TieredStopAtLevel=1"), "score", "--instrument", instrument,
        "--assessments", big.toString(), "--format", "csv", "--out", dir.resolve("out.csv").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("out of memory") && r.err().contains("-Xmx"), r.err());
    assertFalse(r.err().contains("Exception in thread") || r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(dir.resolve("out.csv")));
  }

  /**
   * Item 20, CSV case, at a tenth of the scale: 10^5 one-row cities (3.7 MiB) score in a 96 MiB heap. On
   * a947d12 (about 2 KB a city) this input ran out of memory even at {@code -Xmx128m}; the fourth
   * integration's compact groups and shared scores need under 64 MiB (measured with
   * {@code losi-bench/scripts/csv_heap_check.py}, which also runs the full 10^6 cities at {@code -Xmx512m}).
   * Hand computation of the numbers checked: city n answers one LOSI-2024 indicator, present when
   * {@code (n / 7) % 2 == 1}, every other indicator absent ({@code --missing absent}). Of n = 0..99,999 that
   * is 7,142 full blocks of 14 (7 present each, 49,994) plus n = 99,995..99,999 (5): 49,999 cities with LOSI
   * 1/95, ranked 1, and 50,001 with LOSI 0, ranked 49,999 + 1 = 50,000.
   */
  @Test
  void aHundredThousandOneRowCitiesScoreInANinetySixMebibyteHeap() throws Exception {
    int cities = 100_000;
    Path out = scoreOneRowCitiesInNinetySixMebibytes(cities, "csv");
    List<String> lines = Files.readAllLines(out);
    assertEquals(cities + 1, lines.size());
    long present = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      boolean one = "1".equals(f[9]);
      present += one ? 1 : 0;
      assertEquals(one ? "0.010526315789473684" : "0", f[8], line);
      assertEquals(one ? "1" : "50000", f[13], line);
    }
    assertEquals(49_999, present);
  }

  /**
   * Item 20, JSON case, at the same scale: the 10^5 one-row cities of the CSV case, {@code --format json}, in
   * a 96 MiB heap. The document (about 170 MB of text) is written one result at a time; before, it was built
   * whole and this ran out of memory. The numbers are the CSV case's hand count, read back by
   * {@code RecordedResults} (losi-io's reader of results documents).
   */
  @Test
  void aHundredThousandOneRowCitiesScoreToJsonInANinetySixMebibyteHeap() throws Exception {
    int cities = 100_000;
    Path out = scoreOneRowCitiesInNinetySixMebibytes(cities, "json");
    List<dev.losi.core.results.RecordedResult> results = dev.losi.io.RecordedResults.readJson(out);
    assertEquals(cities, results.size());
    long present = 0;
    for (int n = 0; n < cities; n++) {
      dev.losi.core.results.RecordedResult x = results.get(n);
      boolean one = (n / 7) % 2 == 1;
      present += one ? 1 : 0;
      assertEquals(String.format(java.util.Locale.ROOT, "C%07d", n), x.city().id());
      assertEquals(one ? 1.0 / 95 : 0.0, x.standard().value(), 0.0, x.city().id());
      assertEquals(one ? 1 : 50_000, x.rank(), x.city().id());
    }
    assertEquals(49_999, present);
  }

  /**
   * Scores {@code cities} one-row LOSI-2024 cities (city n answers indicator {@code n % 95}, present when
   * {@code (n / 7) % 2 == 1}, in one of eight countries; {@code --missing absent}) in a 96 MiB heap, to a
   * file in {@code format}, and requires exit 0; returns the file.
   */
  private Path scoreOneRowCitiesInNinetySixMebibytes(int cities, String format) throws Exception {
    List<String> codes = dev.losi.io.Instruments.load("LOSI-2024").indicators().stream()
        .map(dev.losi.core.Indicator::code).toList();
    String[] countries = {"BRA", "TUN", "KOR", "DNK", "JOR", "PSE", "ARG", "KEN"};
    StringBuilder sb = new StringBuilder(CliFixture.HEADER);
    for (int n = 0; n < cities; n++) {
      sb.append(String.format(java.util.Locale.ROOT, "C%07d,City no %d,%s,A,%s,%d,,,\n", n, n,
          countries[n % countries.length], codes.get(n % codes.size()), (n / 7) % 2));
    }
    Path in = dir.resolve("cities.csv");
    Files.writeString(in, sb.toString());
    Path out = dir.resolve("scores." + format);
    Result r = java(List.of("-Xmx96m", "-XX:TieredStopAtLevel=1"), "score", "--instrument", "LOSI-2024",
        "--assessments", in.toString(), "--missing", "absent", "--format", format, "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  @Test
  void aTerminationSignalDuringAWriteLeavesNoTemporaryFile() throws Exception {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), SlowWriter.class.getName(), dir.resolve("slow.csv").toString());
    Process p = new ProcessBuilder(cmd).start();
    byte[] ready = p.getInputStream().readNBytes(6);
    assertEquals("ready\n", new String(ready, StandardCharsets.US_ASCII));
    p.destroy(); // SIGTERM on Unix
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    try (var s = Files.list(dir)) {
      assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith(".slow.csv")).toList());
    }
    assertFalse(Files.exists(dir.resolve("slow.csv")));
  }

  /** Stages an output, says "ready" and blocks in the middle of writing it until it is terminated. */
  static final class SlowWriter {
    public static void main(String[] args) {
      dev.losi.cli.internal.Output.writeFile(Path.of(args[0]), "--out", out -> {
        out.write("partial".getBytes(StandardCharsets.UTF_8));
        out.flush();
        System.out.print("ready\n");
        System.out.flush();
        try {
          Thread.sleep(120_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }
}
