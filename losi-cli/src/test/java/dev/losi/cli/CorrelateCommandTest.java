package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.testing.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrelateCommandTest {

  static final Path EGDI = ReferenceData.path(ReferenceData.EGDI_2024);
  static final Path CITIES = ReferenceData.path(ReferenceData.LOSI_2024_CITIES);

  @TempDir Path dir;
  Path pairs;

  @BeforeEach
  void files() throws Exception {
    pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "id;a;b\nu1;1;2\nu2;2;1\nu3;3;4\nu4;4;3\nu5;5;5\n");
  }

  /**
   * x = 1..5, y = 2,1,4,3,5. By hand: deviations (-2,-1,0,1,2) and (-1,-2,1,0,2), Sxy = 8, Sxx = Syy = 10, so
   * r = 0.8; no ties, so Spearman's rho = r of the ranks = 0.8; Kendall: 8 concordant and 2 discordant of 10
   * pairs, tau = 0.6. p-values and Pearson's interval from scipy 1.10.1:
   * {@code pearsonr(x, y)} -> p 0.10408803866182785, confidence_interval() [-0.279640041969355, 0.9861961933012714];
   * {@code kendalltau(x, y, method='exact')} -> p 0.23333333333333334.
   */
  @Test
  void jsonHasTheKeysOfIssue5WithHandAndScipyValues() throws Exception {
    JsonNode root = json("correlate", "--data", pairs.toString(), "--x", "a", "--y", "b", "--format", "json");
    assertEquals(5, root.get("n").asInt());
    JsonNode p = root.get("pearson");
    assertEquals(0.8, p.get("estimate").asDouble(), 1e-12);
    assertEquals(0.10408803866182785, p.get("p_value").asDouble(), 1e-9);
    assertEquals(-0.279640041969355, p.at("/ci95/0").asDouble(), 1e-9);
    assertEquals(0.9861961933012714, p.at("/ci95/1").asDouble(), 1e-9);
    assertEquals(5, p.get("n").asInt());
    assertEquals(0.8, root.at("/spearman/estimate").asDouble(), 1e-12);
    assertEquals(2, root.at("/spearman/ci95").size());
    assertEquals(0.6, root.at("/kendall/estimate").asDouble(), 1e-12);
    assertEquals(0.23333333333333334, root.at("/kendall/p_value").asDouble(), 1e-9);
  }

  @Test
  void methodSubsetAndTable() throws Exception {
    JsonNode root = json("correlate", "--data", pairs.toString(), "--x", "a", "--y", "b", "--method", "kendall",
        "--format", "json");
    assertTrue(root.has("kendall"));
    assertFalse(root.has("pearson") || root.has("spearman"), root::toString);
    Cli t = Cli.run("correlate", "--data", pairs.toString(), "--x", "a", "--y", "b");
    assertEquals(0, t.exitCode(), t::toString);
    assertTrue(t.out().matches("(?s).*pearson\\s+0\\.8000\\s+\\[-0\\.2796, 0\\.9862\\]\\s+0\\.1041\\s+5\\n.*"), t::toString);
    assertTrue(t.out().contains("kendall"), t::toString);
  }

  /** scipy 1.10.1 on the 193 countries of the 2024 EGDI data: pearsonr, spearmanr, kendalltau of (osi, hci). */
  @Test
  void egdiColumnsAgreeWithScipy() throws Exception {
    JsonNode root = json("correlate", "--data", EGDI.toString(), "--x", "osi", "--y", "hci", "--format", "json");
    assertEquals(193, root.get("n").asInt());
    assertEquals(0.7921108265039897, root.at("/pearson/estimate").asDouble(), 1e-12);
    assertEquals(0.825171264889696, root.at("/spearman/estimate").asDouble(), 1e-12);
    assertEquals(0.6311528497409327, root.at("/kendall/estimate").asDouble(), 1e-12);
  }

  @Test
  void bootstrapIsSeededAndReproducible() {
    String[] args = {"correlate", "--data", pairs.toString(), "--x", "a", "--y", "b", "--method", "pearson",
        "--bootstrap", "500", "--seed", "7", "--format", "json"};
    Cli a = Cli.run(args);
    Cli b = Cli.run(args);
    assertEquals(0, a.exitCode(), a::toString);
    assertEquals(a.out(), b.out());
    assertTrue(a.out().contains("bootstrap BCa, 500 resamples, seed 7"), a::toString);
    args[12] = "8";
    assertNotEquals(a.out(), Cli.run(args).out(), "another seed, other resamples");
  }

  @Test
  void badValuesAreAllReported() throws Exception {
    Path bad = CliFixture.write(dir, "bad.csv", "a,b\n1,2\nx,3\n4,\n5,NaN\n");
    Cli.run("correlate", "--data", bad.toString(), "--x", "a", "--y", "b").assertRefused(
        bad + ":3:a: a \"x\" is not a number", bad + ":4:b: is empty", bad + ":5:b: b \"NaN\" is not a number");
    Cli col = Cli.run("correlate", "--data", bad.toString(), "--x", "a", "--y", "c");
    assertEquals(2, col.exitCode(), col::toString);
    assertTrue(col.err().contains(":1:c: is not a column"), col::toString);
  }

  @Test
  void usageErrors() {
    for (List<String> args : List.of(
        List.of("correlate"),
        List.of("correlate", "--data", "p.csv", "--x", "a", "--y", "b", "--scores", "s.csv", "--osi", "o.csv"),
        List.of("correlate", "--data", "p.csv", "--x", "a"),
        List.of("correlate", "--data", "p.csv", "--x", "a", "--y", "b", "--method", "tau"),
        List.of("correlate", "--data", "p.csv", "--x", "a", "--y", "b", "--bootstrap", "10"),
        List.of("correlate", "--scores", "s.csv", "--osi", "o.csv", "--format", "csv"))) {
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(2, r.exitCode(), () -> args + "\n" + r);
      assertFalse(r.hasStackTrace(), r::toString);
    }
  }

  /**
   * The OSI-LOSI study on the 13 published LOSI 2024 cities (renamed column losi_2024 -> losi) and the 2024 OSI
   * of 193 countries, plus a city in an unknown country: 13 joined, 1 unmatched. Reference values as in
   * docs/correlation.md (Pearson 0.6055673943292655; leaders New York, Dubai; laggard Amsterdam); all 13 cities
   * and their countries are very high.
   */
  @Test
  void osiLosiStudyJson() throws Exception {
    String text = Files.readString(CITIES).replaceFirst("losi_2024", "losi") + "Springfield,Freedonia,0.5,,\n";
    Path scores = dir.resolve("cities.csv");
    Files.writeString(scores, text);
    JsonNode root = json("correlate", "--scores", scores.toString(), "--osi", EGDI.toString(), "--top", "3",
        "--format", "json");
    assertEquals(13, root.get("n").asInt());
    assertEquals(0.6055673943292655, root.at("/pearson/estimate").asDouble(), 1e-12);
    assertEquals(2, root.at("/pearson/ci95").size());
    assertTrue(root.has("spearman") && root.has("kendall"));
    assertEquals("New York", root.at("/leaders/0/city").asText());
    assertEquals("Dubai", root.at("/leaders/1/city").asText());
    assertEquals(3, root.get("leaders").size());
    assertEquals("Amsterdam", root.at("/laggards/0/city").asText());
    assertEquals(13, root.at("/convergence/counts/very_high/very_high").asInt());
    assertEquals(13, root.at("/convergence/same_level").asInt());
    assertEquals(1, root.get("unmatched").size());
    assertEquals("Springfield", root.at("/unmatched/0/city").asText());
    assertEquals(15, root.at("/unmatched/0/line").asInt());

    Cli.run("correlate", "--scores", scores.toString(), "--osi", EGDI.toString(), "--top", "3")
        .assertOk("OSI-LOSI study: 13 cities joined, unmatched rows: 1", "Freedonia");
  }

  @Test
  void studyBadRowsAreReportedTogether() throws Exception {
    Path scores = CliFixture.write(dir, "s.csv", "city,country,losi\nA,DNK,1.5\nB,DNK,abc\n");
    Path osi = CliFixture.write(dir, "o.csv", "country,value\nDNK,0.9\n");
    Cli.run("correlate", "--scores", scores.toString(), "--osi", osi.toString()).assertRefused("1.5",
        scores + ":3:losi: losi \"abc\" is not a number", osi + ":1:osi: is a required column");
  }

  /**
   * Issue 13: cities sharing a country are analysed at the country unit. Hand computation: country means
   * LOSI (0.3, 0.5, 0.7, 0.4, 0.9) against OSI (0.1 .. 0.5); deviations dx = (-.2, -.1, 0, .1, .2), dy =
   * (-.26, -.06, .14, -.16, .34); r = sum dx dy / sqrt(sum dx^2 sum dy^2) = 0.11 / sqrt(0.1 * 0.232).
   */
  @Test
  void studyUsesTheCountryUnitAndRefusesAPilot() throws Exception {
    Path scores = dir.resolve("clustered.csv");
    Files.writeString(scores, "city,country,losi\nA1,DNK,0.2\nA2,DNK,0.4\nB1,FRA,0.5\nC1,DEU,0.6\nC2,DEU,0.8\n"
        + "D1,ITA,0.4\nE1,ESP,0.9\n");
    Path osi = dir.resolve("osi.csv");
    Files.writeString(osi, "country,osi\nDNK,0.1\nFRA,0.2\nDEU,0.3\nITA,0.4\nESP,0.5\n");
    JsonNode root = json("correlate", "--scores", scores.toString(), "--osi", osi.toString(), "--format", "json");
    assertEquals("country", root.get("unit").asText());
    assertEquals(5, root.get("n").asInt());
    assertEquals(0.11 / Math.sqrt(0.1 * 0.232), root.at("/pearson/estimate").asDouble(), 1e-12);

    Cli city = Cli.run("correlate", "--scores", scores.toString(), "--osi", osi.toString(), "--unit", "city",
        "--bootstrap", "200", "--seed", "3", "--format", "json");
    assertEquals(0, city.exitCode(), city::toString);
    JsonNode c = new ObjectMapper().readTree(city.out());
    assertEquals("city", c.get("unit").asText());
    assertEquals(7, c.get("n").asInt());
    assertEquals(2, c.at("/pearson/ci95_cluster_bootstrap").size());
    assertEquals(city.out(), Cli.run("correlate", "--scores", scores.toString(), "--osi", osi.toString(), "--unit",
        "city", "--bootstrap", "200", "--seed", "3", "--format", "json").out());

    Path pilot = dir.resolve("pilot.csv");
    Files.writeString(pilot, "city,country,losi\nA1,DNK,0.2\nA2,DNK,0.4\n");
    Cli p = Cli.run("correlate", "--scores", pilot.toString(), "--osi", osi.toString());
    assertEquals(2, p.exitCode(), p::toString);
    assertTrue(p.err().contains("one country"), p::toString);
    Path three = dir.resolve("three.csv");
    Files.writeString(three, "city,country,losi\nA1,DNK,0.2\nB1,FRA,0.4\nC1,DEU,0.5\n");
    Cli t = Cli.run("correlate", "--scores", three.toString(), "--osi", osi.toString());
    assertEquals(2, t.exitCode(), t::toString);
    assertTrue(t.err().contains("distinct OSI values"), t::toString);
  }

  /** Runs the command line, which must succeed, and reads its standard output as JSON. */
  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), r::toString);
    return new ObjectMapper().readTree(r.out());
  }
}
