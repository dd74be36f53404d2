package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code losi uncertainty} on the bundled synthetic sample (30 cities, two assessors each). */
class UncertaintyCommandTest {

  static final String SAMPLE = "src/main/resources/dev/losi/cli/demo/synthetic-assessments.csv";
  static final String ADJUSTMENTS = "src/main/resources/dev/losi/cli/demo/synthetic-adjustments.json";

  @TempDir Path dir;

  @Test
  void jsonHasTheDocumentedInterface() throws Exception {
    Cli c = Cli.run("uncertainty", "--assessments", SAMPLE, "--draws", "200", "--seed", "7",
        "--vary", "disagreement,denominator", "--denominators", "95,96", "--format", "json");
    assertEquals(0, c.exitCode(), c.toString());
    JsonNode root = new ObjectMapper().readTree(c.out());
    assertEquals(200, root.get("draws").asInt());
    assertEquals(7, root.get("seed").asLong());
    assertFalse(root.get("exact").asBoolean());
    assertEquals(200 * 4, root.get("model_runs").asInt());
    assertEquals(30, root.get("cities").size());
    for (JsonNode city : root.get("cities")) {
      assertTrue(city.get("city_id").isTextual());
      int point = city.get("point_rank").asInt();
      int lo = city.get("rank_interval").get(0).asInt();
      int hi = city.get("rank_interval").get(1).asInt();
      int median = city.get("median_rank").asInt();
      assertTrue(1 <= lo && lo <= median && median <= hi && hi <= 30, city.toString());
      assertTrue(point >= 1 && point <= 30);
      double sum = 0;
      for (String level : new String[] {"VERY_HIGH", "HIGH", "MIDDLE", "LOW"}) {
        sum += city.get("level_probabilities").get(level).asDouble();
      }
      assertEquals(1.0, sum, 1e-12);
      assertEquals(0.0, city.get("sensitivity").get("denominator").get("total").asDouble(0), 0,
          "a denominator never changes a rank");
    }
  }

  @Test
  void sameOutputForAnyThreadCountAndAtomicFile() throws Exception {
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    String[] common = {"uncertainty", "--assessments", SAMPLE, "--adjustments", ADJUSTMENTS, "--draws", "300",
        "--vary", "disagreement,reconstructed,weights,adjustments", "--format", "csv"};
    assertEquals(0, Cli.run(concat(common, "--threads", "1", "--out", one.toString())).exitCode());
    assertEquals(0, Cli.run(concat(common, "--threads", "2", "--out", two.toString())).exitCode());
    assertEquals(Files.readString(one), Files.readString(two));
    assertTrue(Files.readString(one).startsWith("city_id,name,point_score,point_level,point_rank,median_rank,rank_low,"
        + "rank_high,p_very_high,p_high,p_middle,p_low,p_top_10,p_level_change,first_order_disagreement,"));
  }

  @Test
  void exactRefusedWithAClearMessage() {
    Cli c = Cli.run("uncertainty", "--assessments", SAMPLE, "--exact", "--vary", "disagreement,denominator",
        "--denominators", "95,96");
    assertEquals(2, c.exitCode(), c.toString());
    assertTrue(c.err().contains("--exact"), c.err());
    assertTrue(c.err().contains("exact enumeration would score"), c.err());
    assertTrue(c.err().contains("more than the limit of 131072"), c.err());
    assertFalse(c.hasStackTrace());
    assertEquals("", c.out());
  }

  @Test
  void usageErrorsNameTheOption() {
    Cli c = Cli.run("uncertainty", "--assessments", SAMPLE, "--vary", "denominator");
    assertEquals(2, c.exitCode());
    assertTrue(c.err().contains("--vary denominator needs --denominators"), c.err());
    Cli d = Cli.run("uncertainty", "--assessments", SAMPLE, "--vary", "colour");
    assertEquals(2, d.exitCode());
    assertTrue(d.err().contains("\"colour\" is not a source"), d.err());
  }

  @Test
  void exactModeWithoutSourcesIsThePoint() throws Exception {
    Cli c = Cli.run("uncertainty", "--assessments", SAMPLE, "--exact", "--vary", "none", "--format", "json");
    assertEquals(0, c.exitCode(), c.toString());
    JsonNode root = new ObjectMapper().readTree(c.out());
    assertTrue(root.get("exact").asBoolean());
    assertEquals(1, root.get("combinations").asInt());
    for (JsonNode city : root.get("cities")) {
      int point = city.get("point_rank").asInt();
      assertEquals(point, city.get("rank_interval").get(0).asInt());
      assertEquals(point, city.get("rank_interval").get(1).asInt());
      assertEquals(1.0, city.get("level_probabilities").get(city.get("point_level").asText()).asDouble(), 0);
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
