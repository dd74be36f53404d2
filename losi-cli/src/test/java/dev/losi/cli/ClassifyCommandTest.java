package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.io.CsvTable;
import dev.losi.testing.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  static final Path EGDI = ReferenceData.path(ReferenceData.EGDI_2024);

  @TempDir Path dir;

  static Path egdi() {
    return EGDI;
  }

  /**
   * UN E-Government Survey 2024: 76 very high, 62 high, 44 middle and 11 low EGDI countries; Togo (0.39198) is
   * in rating class M2 (issue 2, and the Survey's Table 1.x of EGDI groups).
   */
  @Test
  void reproducesTheEgdi2024GroupsFromTheCsvOutput() {
    Cli r = Cli.run("classify", "--data", egdi().toString(), "--column", "egdi", "--id-column", "country",
        "--format", "csv");
    assertEquals(0, r.exitCode(), r::toString);
    CsvTable t = CsvTable.parse("out", r.out());
    assertEquals(java.util.List.of("rank", "country", "egdi", "level", "rating_class", "line"), t.header());
    assertEquals(193, t.rows().size());
    Map<String, Integer> perLevel = new HashMap<>();
    String togo = null;
    for (CsvTable.Row row : t.rows()) {
      perLevel.merge(row.fields().get(3), 1, Integer::sum);
      if (row.fields().get(1).equals("Togo")) {
        togo = row.fields().get(4);
        assertEquals("0.39198", row.fields().get(2));
      }
    }
    assertEquals(Map.of("very high", 76, "high", 62, "middle", 44, "low", 11), perLevel);
    assertEquals("M2", togo);
    // Denmark is first with rank 1 (the Survey's EGDI rank 1)
    assertEquals("Denmark", t.rows().get(0).fields().get(1));
    assertEquals("1", t.rows().get(0).fields().get(0));
  }

  @Test
  void jsonOutputHasLevelCountsAndUnits() throws Exception {
    Cli r = Cli.run("classify", "--data", egdi().toString(), "--column", "egdi", "--id-column", "country",
        "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(193, root.get("n").asInt());
    assertEquals(76, root.at("/levels/very_high/units").asInt());
    assertEquals(62, root.at("/levels/high/units").asInt());
    assertEquals(44, root.at("/levels/middle/units").asInt());
    assertEquals(11, root.at("/levels/low/units").asInt());
    boolean found = false;
    for (JsonNode u : root.get("units")) {
      if (u.get("id").asText().equals("Togo")) {
        assertEquals("M2", u.get("rating_class").asText());
        assertEquals("middle", u.get("level").asText());
        assertEquals(0.39198, u.get("value").asDouble(), 0.0);
        found = true;
      }
    }
    assertTrue(found);
  }

  @Test
  void tableOutputShowsTheLevelSummary() {
    Cli r = Cli.run("classify", "--data", egdi().toString(), "--column", "egdi", "--id-column", "country");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("egdi in "), r::toString);
    assertTrue(r.out().matches("(?s).*very high\\s+\\[0\\.75, 1\\.00\\]\\s+76\\s.*"), r::toString);
    assertTrue(r.out().matches("(?s).*\\n\\s+\\d+\\s+Togo\\s+0\\.3920\\s+middle\\s+M2\\s.*"), r::toString);
  }

  /**
   * Hand computation: values 0.9, 0.8, 0.8, 0.6 and 0.1 with default id column "id". Very high holds
   * 0.8, 0.8, 0.9: type 7 quartiles with h = 2p are Q1 = 0.8, Q2 = 0.8, Q3 = 0.85, so 0.9 is VH and both
   * 0.8 are V3 (Q2 &lt;= v &lt; Q3). High holds only 0.6 (all quartiles 0.6, so HV); low holds 0.1 (LM).
   * Competition ranks: 1, 2, 2, 4, 5.
   */
  @Test
  void handComputedSmallFileWithTiesAndSemicolons() throws Exception {
    Path f = dir.resolve("small.csv");
    Files.writeString(f, "\uFEFFid;score\r\nA;0.9\r\nB;0,8\r\n", StandardCharsets.UTF_8);
    // a decimal comma is not a number: reported, not coerced
    Cli bad = Cli.run("classify", "--data", f.toString(), "--column", "score");
    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains(f + ":3:score: score \"0,8\" is not a number"), bad::toString);

    Files.writeString(f, "\uFEFFid;score\r\nA;0.9\r\nB;0.8\r\nC;0.8\r\nD;0.6\r\nE;0.1\r\n", StandardCharsets.UTF_8);
    assertEquals("""
        rank,id,score,level,rating_class,line
        1,A,0.9,very high,VH,2
        2,B,0.8,very high,V3,3
        2,C,0.8,very high,V3,4
        4,D,0.6,high,HV,5
        5,E,0.1,low,LM,6
        """, classified(f, "csv"));
  }

  /** The output of {@code classify} of column {@code score} in {@code format}, which must succeed. */
  private static String classified(Path f, String format) {
    Cli r = Cli.run("classify", "--data", f.toString(), "--column", "score", "--format", format);
    assertEquals(0, r.exitCode(), r::toString);
    return r.out();
  }

  /**
   * A value has one text in CSV and in JSON on every Java version: the shortest decimal as Java 19 specifies
   * {@code Double.toString} (9.9E-324 for the double read from "9.9E-324"; Java 17's {@code Double.toString}
   * writes 1.0E-323, which reads back to the same double but is not the shortest). CI runs this on Java 17 and 25.
   */
  @Test
  void aValueHasTheSameTextInCsvAndJsonOnEveryJavaVersion() throws Exception {
    Path f = dir.resolve("tiny.csv");
    Files.writeString(f, "id,score\nA,0.5\nB,9.9E-324\nC,1\n", StandardCharsets.UTF_8);
    assertEquals("""
        rank,id,score,level,rating_class,line
        1,C,1,very high,VH,4
        2,A,0.5,high,HV,2
        3,B,9.9E-324,low,LM,3
        """, classified(f, "csv")); // levels from 0.25, 0.5, 0.75 (lower bounds inclusive); each alone in its level: top class
    String json = classified(f, "json");
    assertTrue(json.contains("\"value\" : 9.9E-324,"), json);
    assertTrue(json.contains("\"value\" : 0.5,"), json);
  }

  @Test
  void everyBadRowIsReportedAtOnceAndNoOutputIsWritten() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "country,osi\nAlpha,0.5\nBeta,1.2\nGamma,\nDelta,abc\nEpsilon,NaN\nZeta,0.7,extra\n");
    Path out = dir.resolve("out.csv");
    Cli r = Cli.run("classify", "--data", f.toString(), "--column", "osi", "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains(f + ":7: has 3 fields, expected 2 as in the header"), r::toString);
    assertFalse(Files.exists(out), "no output on bad input");
    // the field-count problem stops reading; fix it and the value problems are all listed together
    Files.writeString(f, "country,osi\nAlpha,0.5\nBeta,1.2\nGamma,\nDelta,abc\nEpsilon,NaN\n");
    r = Cli.run("classify", "--data", f.toString(), "--column", "osi", "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    String err = r.err();
    assertTrue(err.contains("4 problems"), r::toString);
    assertTrue(err.contains(f + ":3:osi: osi \"1.2\" is outside [0, 1]"), r::toString);
    assertTrue(err.contains(f + ":4:osi: is empty for \"Gamma\"; expected a number in [0, 1]"), r::toString);
    assertTrue(err.contains(f + ":5:osi: osi \"abc\" is not a number"), r::toString);
    assertTrue(err.contains(f + ":6:osi: osi \"NaN\" is not a number"), r::toString);
    assertFalse(r.hasStackTrace(), r::toString);
    assertFalse(Files.exists(out), "no output on bad input");
    try (var s = Files.list(dir)) {
      assertEquals(1, s.count(), "no temporary file left behind");
    }
  }

  @Test
  void missingColumnAndMissingFileAreBadInput() throws Exception {
    Path f = CliFixture.write(dir, "x.csv", "country,osi\nAlpha,0.5\n");
    Cli.run("classify", "--data", f.toString(), "--column", "egdi", "--id-column", "name").assertRefused(
        f + ":1:egdi: is not a column of the file; columns are [country, osi]",
        f + ":1:name: is not a column of the file (--id-column)");
    Cli.run("classify", "--data", dir.resolve("nope.csv").toString(), "--column", "egdi")
        .assertRefused("nope.csv: no such file");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    Cli e = Cli.run("classify", "--data", empty.toString(), "--column", "egdi");
    assertEquals(2, e.exitCode(), e::toString);
    assertTrue(e.err().contains("is empty"), e::toString);
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "country,osi\nS\u00e3o Tom\u00e9,0.5\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli l = Cli.run("classify", "--data", latin1.toString(), "--column", "osi");
    assertEquals(2, l.exitCode(), l::toString);
    assertTrue(l.err().contains("is not valid UTF-8"), l::toString);
  }

  @Test
  void outWritesTheSameTextAsStandardOutput() throws Exception {
    Path out = dir.resolve("classes.csv");
    Files.writeString(out, "old content");
    Cli std = Cli.run("classify", "--data", egdi().toString(), "--column", "osi", "--id-column", "country",
        "--format", "csv");
    Cli file = Cli.run("classify", "--data", egdi().toString(), "--column", "osi", "--id-column", "country",
        "--format", "csv", "--out", out.toString());
    assertEquals(0, file.exitCode(), file::toString);
    assertEquals("", file.out());
    assertEquals(std.out(), Files.readString(out));
  }
}
