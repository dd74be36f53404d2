package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Instrument;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.io.InstrumentTables;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import dev.losi.io.mapping.MappingCsv;
import dev.losi.io.mapping.MappingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} for standard input on every input that is read from a file (issue 14; issue 15, item 10): the
 * command fed the bytes on standard input in-process ({@link CliFixture#withStdin}) gives the same output as
 * the command given the file, and two options naming {@code -} are refused before anything is read.
 */
class StandardInputCliTest {

  @TempDir Path dir;

  private static void same(Cli fromFile, Cli fromStdin) {
    assertEquals(0, fromFile.exitCode(), fromFile::toString);
    assertEquals(0, fromStdin.exitCode(), fromStdin::toString);
    assertEquals(fromFile.out().replace(" in -", ""), fromStdin.out().replace(" in -", ""));
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void correlateReadsDataScoresAndOsiFromStandardInput() throws Exception {
    String data = "a,b\n1,2\n2,4\n3,5\n4,4\n5,5\n";
    Path d = write("p.csv", data);
    same(Cli.run("correlate", "--data", d.toString(), "--x", "a", "--y", "b", "--format", "csv"),
        CliFixture.withStdin(data, "correlate", "--data", "-", "--x", "a", "--y", "b", "--format", "csv"));
    String scores = "city,country,losi\nA,BRA,0.3\nB,ARG,0.5\nC,CHL,0.5\nD,PER,0.7\nE,COL,0.9\n";
    String osi = "country,osi\nBRA,0.2\nARG,0.4\nCHL,0.6\nPER,0.8\nCOL,1.0\n";
    Path s = write("s.csv", scores);
    Path o = write("o.csv", osi);
    Cli file = Cli.run("correlate", "--scores", s.toString(), "--osi", o.toString(), "--format", "csv");
    same(file, CliFixture.withStdin(scores, "correlate", "--scores", "-", "--osi", o.toString(), "--format", "csv"));
    same(file, CliFixture.withStdin(osi, "correlate", "--scores", s.toString(), "--osi", "-", "--format", "csv"));
    Cli two = CliFixture.withStdin(osi, "correlate", "--scores", "-", "--osi", "-");
    assertEquals(2, two.exitCode(), two::toString);
    assertTrue(two.err().contains("--scores and --osi both name -, but only one option can read standard input"),
        two::toString);
    Cli bad = CliFixture.withStdin("city,country,losi\nA,BRA,x\n", "correlate", "--scores", "-", "--osi", o.toString());
    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("-:2"), "problems name standard input and the line\n" + bad);
  }

  /** The instrument from standard input in each of its formats, and a second - refused. */
  @Test
  void instrumentFromStandardInput() throws Exception {
    Instrument small = SmallInstrument.get();
    String instrument = CliFixture.instrument(dir);
    StringBuilder sb = new StringBuilder(CliFixture.HEADER);
    for (int i = 1; i <= 12; i++) {
      sb.append(String.format(java.util.Locale.ROOT, "X,Xville,DEU,A,D%02d,%d,,,%n", i, i % 2));
    }
    Path a = write("a.csv", sb.toString().replace("\r", ""));
    Cli file = Cli.run("score", "--instrument", instrument, "--assessments", a.toString(), "--format", "csv");
    Path xlsx = dir.resolve("i.xlsx");
    InstrumentTables.writeXlsx(small, xlsx);
    List<byte[]> forms = List.of(LosiJson.standard().writeInstrument(small).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        InstrumentTables.toCsv(small, dev.losi.io.CsvFormat.standard()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Files.readAllBytes(xlsx));
    for (byte[] bytes : forms) {
      same(file, CliFixture.withStdin(bytes, "score", "--instrument", "-", "--assessments", a.toString(), "--format",
          "csv"));
    }
    Cli show = CliFixture.withStdin(forms.get(0), "instrument", "show", "-");
    assertEquals(0, show.exitCode(), show::toString);
    assertTrue(show.out().startsWith(SmallInstrument.ID + ": "), show::toString);
    Cli two = CliFixture.withStdin(forms.get(0), "score", "--instrument", "-", "--assessments", "-");
    assertEquals(2, two.exitCode(), two::toString);
    assertTrue(two.err().contains("only one option can read standard input"), two::toString);
  }

  /** --mapping - as JSON (told by its brace) and as CSV (with the editions named), as the file gives. */
  @Test
  void mappingFromStandardInput() throws Exception {
    Instrument pe2022 = BundledMappings.losi2022ParticipationAndEngagement();
    Instrument losi2024 = Instruments.load("LOSI-2024");
    Path before = CliFixture.peAssessments(dir.resolve("b.csv"), 7);
    Path peFile = dir.resolve("pe.json");
    LosiJson.standard().writeInstrument(pe2022, peFile);
    var mapping = BundledMappings.losi2022To2024ParticipationAndEngagement(pe2022, losi2024);
    String json = MappingJson.standard().write(mapping);
    Path mapJson = write("m.json", json);
    Path out1 = dir.resolve("o1.csv");
    Path out2 = dir.resolve("o2.csv");
    Cli file = Cli.run("map", "--mapping", mapJson.toString(), "--assessments", before.toString(), "--out",
        out1.toString());
    Cli stdin = CliFixture.withStdin("\n " + json, "map", "--mapping", "-", "--assessments", before.toString(), "--out",
        out2.toString());
    assertEquals(0, file.exitCode(), file::toString);
    assertEquals(0, stdin.exitCode(), stdin::toString);
    assertEquals(Files.readString(out1), Files.readString(out2));
    String csv = MappingCsv.toCsv(mapping);
    Path out3 = dir.resolve("o3.csv");
    Cli fromCsv = CliFixture.withStdin(csv, "map", "--mapping", "-", "--from-instrument", peFile.toString(),
        "--to-instrument", "LOSI-2024", "--covers", String.join(",", mapping.coveredCriteria()), "--assessments",
        before.toString(), "--out", out3.toString());
    assertEquals(0, fromCsv.exitCode(), fromCsv::toString);
    assertEquals(Files.readString(out1), Files.readString(out3));
    Cli noEditions = CliFixture.withStdin(csv, "map", "--mapping", "-", "--assessments", before.toString(), "--out",
        dir.resolve("o4.csv").toString());
    assertEquals(2, noEditions.exitCode(), noEditions::toString);
    assertTrue(noEditions.err().contains("give --from-instrument and --to-instrument"), noEditions::toString);
    assertFalse(Files.exists(dir.resolve("o4.csv")));
    Cli two = CliFixture.withStdin(json, "map", "--mapping", "-", "--assessments", "-", "--out",
        dir.resolve("o5.csv").toString());
    assertEquals(2, two.exitCode(), two::toString);
    assertTrue(Set.of(two.err().split("\n")).stream().anyMatch(l -> l.contains("--mapping and --assessments")),
        two::toString);
  }
}
