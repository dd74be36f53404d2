package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.io.AssessmentCsv;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --format csv} of agreement, correlate, compare, compare-editions and reconcile (issue 14): every CSV
 * is parsed back with a second RFC 4180 implementation (Apache Commons CSV), its numbers checked against the
 * command's own {@code --format json} and against a hand computation on a small case; {@code --bom}, the
 * {@code --out} extension rule and byte-identical output across locales.
 */
class CsvFormatCliTest extends TwoAssessorFiles {

  Path ratings;

  /**
   * The 12-indicator instrument. City X: A and B agree on all but D05 (A 0, B 1); city Y: they agree on all 12.
   * Ratings: 10 units, A = 1111110000, B = 1111100001 (the hand computation of {@link ReviewCommandsTest}).
   */
  @BeforeEach
  void ratings() throws Exception {
    StringBuilder r = new StringBuilder("unit,rater,value\n");
    for (int u = 0; u < 10; u++) {
      r.append('u').append(u).append(",A,").append("1111110000".charAt(u)).append('\n');
      r.append('u').append(u).append(",B,").append("1111100001".charAt(u)).append('\n');
    }
    ratings = dir.resolve("ratings.csv");
    Files.writeString(ratings, r.toString());
  }

  /** The records of CSV text, header first, checked to be rectangular with LF line ends. */
  static List<CSVRecord> records(String csv) throws Exception {
    assertFalse(csv.contains("\r"), "LF line ends");
    List<CSVRecord> all = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    all.forEach(r -> assertEquals(all.get(0).size(), r.size(), "record " + r.getRecordNumber()));
    return all;
  }

  /** The rows of CSV text by header name. */
  static List<CSVRecord> rows(String csv) throws Exception {
    records(csv);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
        .getRecords();
  }

  private static JsonNode json(Cli r) throws Exception {
    assertEquals(0, r.exitCode(), r::toString);
    return new ObjectMapper().readTree(r.out());
  }

  private static Cli ok(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), r::toString);
    return r;
  }

  private static CSVRecord row(List<CSVRecord> rows, String column, String value) {
    return rows.stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow();
  }

  /**
   * By hand: p_o = 8/10; kappa = (0.8 - 0.52)/0.48; Bennett's S = 0.6; AC1 = 0.32/0.52; nominal alpha =
   * 1 - 38/96. The CSV holds the JSON's numbers exactly.
   */
  @Test
  void agreementOnDataByHandAndAsTheJson() throws Exception {
    List<CSVRecord> rows = rows(ok("agreement", "--data", ratings.toString(), "--level", "nominal", "--format", "csv")
        .out());
    assertEquals(0.8, Double.parseDouble(row(rows, "coefficient", "percent_agreement").get("value")), 1e-12);
    assertEquals(0.28 / 0.48, Double.parseDouble(row(rows, "coefficient", "cohen_kappa").get("value")), 1e-12);
    assertEquals(0.6, Double.parseDouble(row(rows, "coefficient", "bennett_s").get("value")), 1e-12);
    assertEquals(0.32 / 0.52, Double.parseDouble(row(rows, "coefficient", "gwet_ac1").get("value")), 1e-12);
    assertEquals(1 - 38.0 / 96, Double.parseDouble(row(rows, "coefficient", "krippendorff_alpha").get("value")), 1e-12);
    JsonNode j = json(Cli.run("agreement", "--data", ratings.toString(), "--level", "nominal", "--format", "json"));
    for (CSVRecord r : rows) {
      if (r.get("value").isEmpty()) {
        continue;
      }
      JsonNode c = j.get(r.get("coefficient"));
      assertEquals(c.get("value").asDouble(), Double.parseDouble(r.get("value")), 0.0, r.get("coefficient"));
      assertEquals(c.get("ci95").get(0).asDouble(), Double.parseDouble(r.get("ci95_lower")), 0.0);
      assertEquals(c.get("ci95").get(1).asDouble(), Double.parseDouble(r.get("ci95_upper")), 0.0);
    }
  }

  /** City X differs on D05 only: 1 of 12 items, raw 1/12; Y agrees on all 12. Each row equals the JSON's group. */
  @Test
  void agreementOnAssessmentsAsTheJson() throws Exception {
    List<CSVRecord> rows = rows(ok("agreement", "--assessments", assessments.toString(), "--instrument", instrument,
        "--format", "csv").out());
    CSVRecord x = rows.stream().filter(r -> r.get("view").equals("city") && r.get("key").equals("X")).findFirst()
        .orElseThrow();
    assertEquals("12", x.get("items_compared"));
    assertEquals("1", x.get("items_disagreeing"));
    assertEquals(1.0 / 12, Double.parseDouble(x.get("raw_disagreement")), 1e-15);
    assertEquals("true", x.get("alert"), "1/12 > 5%");
    assertEquals(11.0 / 12, Double.parseDouble(x.get("percent_agreement")), 1e-15);
    JsonNode j = json(Cli.run("agreement", "--assessments", assessments.toString(), "--instrument", instrument,
        "--format", "json"));
    assertEquals(j.at("/overall/raw_disagreement").asDouble(), Double.parseDouble(rows.get(0).get("raw_disagreement")),
        0.0);
    assertEquals(j.at("/overall/coefficients/gwet_ac1/value").asDouble(), Double.parseDouble(rows.get(0).get("gwet_ac1")),
        0.0);
    JsonNode d05 = null;
    for (JsonNode g : j.get("by_indicator")) {
      d05 = g.get("key").asText().equals("D05") ? g : d05;
    }
    CSVRecord r05 = rows.stream().filter(r -> r.get("view").equals("indicator") && r.get("key").equals("D05"))
        .findFirst().orElseThrow();
    assertEquals(d05.get("items_disagreeing").asLong(), Long.parseLong(r05.get("items_disagreeing")));
    assertEquals(d05.get("raw_disagreement").asDouble(), Double.parseDouble(r05.get("raw_disagreement")), 0.0);
  }

  /** --out r.csv chooses CSV by the extension; --format json with it is refused; --bom puts EF BB BF first. */
  @Test
  void extensionRuleAndBomAsOnScore() throws Exception {
    Path out = dir.resolve("r.csv");
    ok("agreement", "--data", ratings.toString(), "--level", "nominal", "--out", out.toString());
    String csv = Files.readString(out);
    assertEquals(ok("agreement", "--data", ratings.toString(), "--level", "nominal", "--format", "csv").out(), csv);
    Cli conflict = Cli.run("agreement", "--data", ratings.toString(), "--level", "nominal", "--format", "json", "--out",
        dir.resolve("c.csv").toString());
    assertEquals(2, conflict.exitCode(), conflict::toString);
    assertTrue(conflict.err().contains("--format json conflicts with --out"), conflict::toString);
    assertFalse(Files.exists(dir.resolve("c.csv")));
    Path bom = dir.resolve("bom.csv");
    ok("agreement", "--data", ratings.toString(), "--level", "nominal", "--out", bom.toString(), "--bom");
    byte[] bytes = Files.readAllBytes(bom);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c'}, java.util.Arrays.copyOf(bytes, 4));
    Cli bomOnJson = Cli.run("correlate", "--data", ratings.toString(), "--x", "unit", "--y", "value", "--format", "json",
        "--bom");
    assertEquals(2, bomOnJson.exitCode(), bomOnJson::toString);
    assertEquals(csv, ok("agreement", "--data", ratings.toString(), "--level", "nominal", "--format", "csv", "--out", "-")
        .out(), "--out - is standard output");
  }

  /** x = 1..5, y = 2, 4, 5, 4, 5: Sxy = 6, Sxx = 10, Syy = 6, r = 6/sqrt(60), by hand. */
  @Test
  void correlateDataByHandAndAsTheJson() throws Exception {
    Path p = dir.resolve("p.csv");
    Files.writeString(p, "a,b\n1,2\n2,4\n3,5\n4,4\n5,5\n");
    List<CSVRecord> rows = rows(ok("correlate", "--data", p.toString(), "--x", "a", "--y", "b", "--format", "csv").out());
    assertEquals(List.of("pearson", "spearman", "kendall"), rows.stream().map(r -> r.get("method")).toList());
    assertEquals(6 / Math.sqrt(60), Double.parseDouble(rows.get(0).get("estimate")), 1e-15);
    JsonNode j = json(Cli.run("correlate", "--data", p.toString(), "--x", "a", "--y", "b", "--format", "json"));
    for (CSVRecord r : rows) {
      assertEquals(j.get(r.get("method")).get("estimate").asDouble(), Double.parseDouble(r.get("estimate")), 0.0);
      assertEquals(j.get(r.get("method")).get("p_value").asDouble(), Double.parseDouble(r.get("p_value")), 0.0);
    }
  }

  /**
   * Five cities in five countries, OSI 0.2 .. 1.0, LOSI 0.3, 0.5, 0.5, 0.7, 0.9: by hand slope 0.7, intercept
   * 0.16, so city B's fitted LOSI is 0.44 and its residual 0.06; the line equals the JSON's.
   */
  @Test
  void correlateStudyIsTheCityTable() throws Exception {
    Path scores = Files.writeString(dir.resolve("s.csv"), "city,country,losi\nA,BRA,0.3\nB,ARG,0.5\nC,CHL,0.5\nD,PER,0.7\n"
        + "E,COL,0.9\n");
    Path osi = Files.writeString(dir.resolve("osi.csv"), "country,osi\nBRA,0.2\nARG,0.4\nCHL,0.6\nPER,0.8\nCOL,1.0\n");
    List<CSVRecord> rows = rows(ok("correlate", "--scores", scores.toString(), "--osi", osi.toString(), "--format", "csv")
        .out());
    CSVRecord b = row(rows, "city", "B");
    assertEquals(0.44, Double.parseDouble(b.get("fitted")), 1e-12);
    assertEquals(0.06, Double.parseDouble(b.get("residual")), 1e-12);
    JsonNode line = json(Cli.run("correlate", "--scores", scores.toString(), "--osi", osi.toString(), "--format",
        "json")).get("line");
    assertEquals(line.get("intercept").asDouble() + line.get("slope").asDouble() * 0.4,
        Double.parseDouble(b.get("fitted")), 1e-12);
  }

  /**
   * The left side is assessor A, the right side B: in city X, B alone has D05 present, one point more of the
   * 12-point maximum, so by hand the difference (right - left) is 1/12; Y does not differ. Both equal the JSON.
   */
  @Test
  void compareAsTheJson() throws Exception {
    String all = Files.readString(assessments);
    StringBuilder left = new StringBuilder(ReviewCommandsTest.HEADER);
    StringBuilder right = new StringBuilder(ReviewCommandsTest.HEADER);
    all.lines().skip(1).forEach(l -> (l.split(",")[3].equals("A") ? left : right).append(l).append('\n'));
    Path l = dir.resolve("l.csv");
    Path r = dir.resolve("r.csv");
    Files.writeString(l, left.toString());
    Files.writeString(r, right.toString());
    List<CSVRecord> rows = rows(ok("compare", "--left", l.toString(), "--right", r.toString(), "--instrument",
        instrument, "--format", "csv").out());
    CSVRecord x = row(rows, "city_id", "X");
    assertEquals(1.0 / 12, Double.parseDouble(x.get("difference")), 1e-15);
    assertEquals("D05", x.get("indicators_differing"));
    JsonNode cities = json(Cli.run("compare", "--left", l.toString(), "--right", r.toString(), "--instrument",
        instrument, "--format", "json")).get("cities");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(cities.get(i).get("difference").asDouble(), Double.parseDouble(rows.get(i).get("difference")), 0.0);
    }
  }

  /** The bundled PE mapping: city k has 5k of the 17 PE indicators both times, so no core change; as the JSON. */
  @Test
  void compareEditionsAsTheJson() throws Exception {
    Path before = CliFixture.peAssessments(dir.resolve("pe-2022.csv"), 5, 10, 15);
    Path after = dir.resolve("pe-2024.csv");
    ok("map", "--mapping", Mappings.BUNDLED_PE, "--assessments", before.toString(), "--out", after.toString());
    String[] args = {"compare-editions", "--mapping", Mappings.BUNDLED_PE, "--before", before.toString(), "--after",
        after.toString(), "--missing", "absent", "--format", "csv"};
    List<CSVRecord> rows = rows(ok(args).out());
    assertEquals(List.of("C1", "C2", "C3"), rows.stream().map(r -> r.get("city_id")).toList());
    args[args.length - 1] = "json";
    JsonNode cities = json(Cli.run(args)).get("cities");
    for (int i = 0; i < 3; i++) {
      assertEquals("0", rows.get(i).get("core_change_in_indicators"));
      assertEquals(cities.get(i).at("/coreBefore/value").asDouble(), Double.parseDouble(rows.get(i)
          .get("core_before_value")), 0.0);
      assertEquals(cities.get(i).at("/officialAfter/value").asDouble(), Double.parseDouble(rows.get(i)
          .get("official_after_value")), 0.0);
      assertEquals(cities.get(i).get("levelAfter").asText(), rows.get(i).get("level_after"));
    }
  }

  /**
   * Reconcile: X's two assessors tie on D05, so X waits; Y is reconciled. The CSV summary has one row per
   * city; --bom marks the summary, the pending file and the consensus CSV, and the pending file with the mark
   * is read back as --decisions from standard input.
   */
  @Test
  void reconcileSummaryAndBom() throws Exception {
    Path consensus = dir.resolve("c.csv");
    Path pending = dir.resolve("p.csv");
    Cli r = ok("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--out",
        consensus.toString(), "--pending", pending.toString(), "--format", "csv", "--bom");
    assertTrue(r.out().startsWith(OutputOptions.BYTE_ORDER_MARK + "city_id,"), r::toString);
    List<CSVRecord> rows = rows(r.out().substring(1));
    assertEquals("false", row(rows, "city_id", "X").get("reconciled"));
    assertEquals("1", row(rows, "city_id", "X").get("pending_items"));
    assertEquals("11", row(rows, "city_id", "X").get("unanimous_items"));
    assertEquals("true", row(rows, "city_id", "Y").get("reconciled"));
    JsonNode j = json(Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--out",
        dir.resolve("c2.csv").toString(), "--format", "json")).get("cities");
    assertEquals(j.get(0).get("reason").asText(), row(rows, "city_id", j.get(0).get("city").asText()).get("reason"));
    for (Path p : List.of(consensus, pending)) {
      byte[] b = Files.readAllBytes(p);
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(b, 3), p.toString());
    }
    List<CSVRecord> p = rows(Files.readString(pending).substring(1));
    assertEquals("X", p.get(0).get("city"));
    String answer = "city,indicator,answer,reviewer\nX,D05,1,R\n";
    Cli fromStdin = CliFixture.withStdin(OutputOptions.BYTE_ORDER_MARK + answer, "reconcile", "--assessments",
        assessments.toString(), "--instrument", instrument, "--decisions", "-", "--out",
        dir.resolve("done.csv").toString(), "--format", "csv");
    assertEquals(0, fromStdin.exitCode(), fromStdin::toString);
    assertEquals("true", row(rows(fromStdin.out()), "city_id", "X").get("reconciled"), fromStdin::toString);
    Cli noCsv = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--out",
        dir.resolve("c.json").toString(), "--bom");
    assertEquals(2, noCsv.exitCode(), noCsv::toString);
    assertTrue(noCsv.err().contains("--bom is for CSV output only"), noCsv::toString);
  }

  /** map --bom marks the translated CSV, which reads back; on a .json --out it is refused. */
  @Test
  void mapBom() throws Exception {
    Path before = CliFixture.peAssessments(dir.resolve("b.csv"), 17);
    Path out = dir.resolve("m.csv");
    ok("map", "--mapping", Mappings.BUNDLED_PE, "--assessments", before.toString(), "--out", out.toString(), "--bom");
    assertEquals((byte) 0xEF, Files.readAllBytes(out)[0]);
    assertEquals(1, AssessmentCsv.reader(dev.losi.io.Instruments.load("LOSI-2024")).read(out).size());
    Cli json = Cli.run("map", "--mapping", Mappings.BUNDLED_PE, "--assessments", before.toString(), "--out",
        dir.resolve("m.json").toString(), "--bom");
    assertEquals(2, json.exitCode(), json::toString);
  }

  /** The same CSV bytes under the root, German and Turkish default locales. */
  @Test
  void bytesDoNotDependOnTheLocale() throws Exception {
    String[] args = {"agreement", "--assessments", assessments.toString(), "--instrument", instrument, "--format",
        "csv"};
    String root = ok(args).out();
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
        Locale.setDefault(l);
        assertEquals(root, ok(args).out(), l.toString());
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertTrue(root.getBytes(StandardCharsets.UTF_8).length > 0);
  }
}
