package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.io.AssessmentCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code losi agreement}, {@code losi reconcile} and {@code losi compare}. */
class ReviewCommandsTest extends TwoAssessorFiles {

  static final String HEADER = "city_id,city_name,country,assessor,indicator,value\n";

  /**
   * Hand computation, 10 units x 2 raters, binary: A = 1111110000, B = 1111100001. Observed agreement
   * p_o = 8/10 = 0.8. Both raters have 6 ones: Cohen p_e = 0.6^2 + 0.4^2 = 0.52, kappa = 0.28/0.48 = 0.583333;
   * Scott's pi the same (pooled 12/20 = 0.6); Bennett's S = 2(0.8) - 1 = 0.6; Gwet AC1 p_e = 2(0.6)(0.4) = 0.48,
   * AC1 = 0.32/0.52 = 0.615385; Krippendorff's nominal alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19(2)/(8 x 12) =
   * 0.604167.
   */
  @Test
  void genericReliabilityDataByHand() throws Exception {
    Path data = dir.resolve("ratings.csv");
    StringBuilder sb = new StringBuilder("unit,rater,value\n");
    String a = "1111110000";
    String b = "1111100001";
    for (int u = 0; u < 10; u++) {
      sb.append("u").append(u).append(",A,").append(a.charAt(u)).append('\n');
      sb.append("u").append(u).append(",B,").append(b.charAt(u)).append('\n');
    }
    Files.writeString(data, sb.toString());
    Cli r = Cli.run("agreement", "--data", data.toString(), "--level", "nominal", "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(0.8, j.at("/percent_agreement/value").asDouble(), 1e-12);
    assertEquals(0.28 / 0.48, j.at("/cohen_kappa/value").asDouble(), 1e-12);
    assertEquals(0.28 / 0.48, j.at("/scott_pi/value").asDouble(), 1e-12);
    assertEquals(0.6, j.at("/bennett_s/value").asDouble(), 1e-12);
    assertEquals(0.32 / 0.52, j.at("/gwet_ac1/value").asDouble(), 1e-12);
    assertEquals(1 - 38.0 / 96, j.at("/krippendorff_alpha/value").asDouble(), 1e-12);
    assertEquals(2, j.at("/cohen_kappa/ci95").size());
    assertTrue(j.has("fleiss_kappa") && j.has("randolph_kappa"));
    assertEquals(10, j.get("units").asInt());
    assertEquals(2, j.get("raters").asInt());
    assertEquals(20, j.get("pairable_values").asInt());

    // a third rater who rated only some units: Cohen's kappa no longer applies, Fleiss' needs complete data
    Files.writeString(data, sb + "u0,C,1\nu1,C,0\n");
    Cli three = Cli.run("agreement", "--data", data.toString(), "--level", "nominal", "--format", "json");
    JsonNode t = new ObjectMapper().readTree(three.out());
    assertTrue(t.at("/not_applicable").has("cohen_kappa"), three::toString);
    assertTrue(t.at("/not_applicable").has("fleiss_kappa"), three::toString);
    assertFalse(t.has("cohen_kappa"));

    Cli table = Cli.run("agreement", "--data", data.toString(), "--level", "nominal");
    assertEquals(0, table.exitCode(), table::toString);
    assertTrue(table.out().contains("cohen_kappa") && table.out().contains("not applicable"), table::toString);
  }

  @Test
  void bootstrapOfAlphaIsSeeded() throws Exception {
    Path data = dir.resolve("r.csv");
    StringBuilder sb = new StringBuilder("unit,rater,value\n");
    for (int u = 0; u < 30; u++) {
      sb.append(u).append(",A,").append(u % 3 + 1).append('\n').append(u).append(",B,").append((u * 7) % 3 + 1).append('\n');
    }
    Files.writeString(data, sb.toString());
    String[] args = {"agreement", "--data", data.toString(), "--level", "ordinal", "--bootstrap", "200", "--seed", "5",
        "--format", "json"};
    Cli a = Cli.run(args);
    assertEquals(0, a.exitCode(), a::toString);
    assertEquals(a.out(), Cli.run(args).out());
    JsonNode j = new ObjectMapper().readTree(a.out());
    assertEquals(200, j.at("/krippendorff_alpha/bootstrap/replicates").asInt());
    assertEquals("ordinal", j.at("/krippendorff_alpha/level").asText());
    assertTrue(j.has("cohen_kappa_quadratic"), a::toString);
  }

  @Test
  void badReliabilityDataIsReported() throws Exception {
    Path data = dir.resolve("r.csv");
    Files.writeString(data, "unit,rater,value\nu1,A,1\nu1,A,0\nu2,,1\n");
    Cli r = Cli.run("agreement", "--data", data.toString(), "--level", "nominal");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains(data + ":4:rater: is empty"), r::toString);
    Files.writeString(data, "unit,rater,value\nu1,A,low\nu1,B,high\n");
    Cli o = Cli.run("agreement", "--data", data.toString(), "--level", "interval");
    assertEquals(2, o.exitCode(), o::toString);
    assertFalse(o.hasStackTrace(), o::toString);
    Cli none = Cli.run("agreement", "--data", data.toString());
    assertEquals(2, none.exitCode(), none::toString);
  }

  @Test
  void assessmentViewsFlagTheCityAboveTheThreshold() throws Exception {
    Cli r = Cli.run("agreement", "--assessments", assessments.toString(), "--instrument", instrument, "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(0.05, j.get("threshold").asDouble(), 0.0);
    JsonNode byCity = j.get("by_city");
    assertEquals(2, byCity.size());
    // X: 1 of 12 items differ = 8.3% > 5%: flagged; Y: none
    assertEquals("X", byCity.get(0).get("city").asText());
    assertEquals(1, byCity.get(0).get("items_disagreeing").asInt());
    assertTrue(byCity.get(0).get("alert").asBoolean());
    assertFalse(byCity.get(1).get("alert").asBoolean());
    assertEquals("D05", j.at("/by_indicator/0/key").asText(j.at("/by_indicator/0/indicator").asText()), r::toString);

    Cli t = Cli.run("agreement", "--assessments", assessments.toString(), "--instrument", instrument,
        "--threshold", "0.1");
    assertEquals(0, t.exitCode(), t::toString);
    assertTrue(t.out().contains("1 disagreements for the reviewer"), t::toString);
    assertTrue(t.out().contains("X D05: A ABSENT, B PRESENT"), t::toString);
    assertFalse(t.out().contains("ALERT"), "8.3% is below a 10% threshold\n" + t);
  }

  @Test
  void reconcileWaitsForTiesAndTakesDecisions() throws Exception {
    Path out = dir.resolve("consensus.csv");
    Path pending = dir.resolve("to-decide.csv");
    Cli r = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--out",
        out.toString(), "--pending", pending.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("Reconciled 1 of 2 cities"), r::toString);
    assertTrue(r.out().contains("X D05:"), r::toString);
    List<Assessment> consensus = AssessmentCsv.reader(SmallInstrument.get()).read(out);
    assertEquals(1, consensus.size());
    assertEquals("Y", consensus.get(0).city().id());
    assertEquals("consensus", consensus.get(0).assessorId());
    String p = Files.readString(pending);
    assertTrue(p.startsWith("city,indicator,answer,reviewer,note,assessor_1,answer_1,channels_1,url_1,evidence_note_1,"
        + "assessor_2,answer_2,channels_2,url_2,evidence_note_2\nX,D05,,,"), p);

    // the reviewer fills in the pending file
    Files.writeString(pending, p.replace("X,D05,,,", "X,D05,1,Reviewer R,"));
    Cli d = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--decisions",
        pending.toString(), "--out", out.toString());
    assertEquals(0, d.exitCode(), d::toString);
    assertTrue(d.out().contains("Reconciled 2 of 2 cities"), d::toString);
    consensus = AssessmentCsv.reader(SmallInstrument.get()).read(out);
    assertEquals(Answer.PRESENT, consensus.get(0).answer("D05"));

    Cli absent = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--ties",
        "absent", "--out", out.toString(), "--format", "json");
    assertEquals(0, absent.exitCode(), absent::toString);
    assertTrue(new ObjectMapper().readTree(absent.out()).get("complete").asBoolean(), absent::toString);
    assertEquals(Answer.ABSENT, AssessmentCsv.reader(SmallInstrument.get()).read(out).get(0).answer("D05"));
  }

  @Test
  void badDecisionsAreAllReported() throws Exception {
    Path decisions = dir.resolve("d.csv");
    Files.writeString(decisions, "city,indicator,answer,reviewer,note\nX,D05,2,R,\nQ,D05,1,R,\nX,D99,1,R,\nX,D01,1,,\n");
    Path out = dir.resolve("c.csv");
    Cli r = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--decisions",
        decisions.toString(), "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains(decisions + ":2: city \"X\" indicator \"D05\": answer \"2\" is not one of 1, 0, NA"),
        r::toString);
    assertTrue(r.err().contains(decisions + ":5:"), "blank reviewer\n" + r);
    assertFalse(r.hasStackTrace(), r::toString);
    assertFalse(Files.exists(out));
    // with the row problems fixed, unknown cities and indicators are reported by the reconciliation
    Files.writeString(decisions, "city,indicator,answer,reviewer\nQ,D05,1,R\nX,D99,1,R\n");
    Cli s = Cli.run("reconcile", "--assessments", assessments.toString(), "--instrument", instrument, "--decisions",
        decisions.toString(), "--out", out.toString());
    assertEquals(2, s.exitCode(), s::toString);
    assertTrue(s.err().contains("d.csv:2") && s.err().contains("d.csv:3"), s::toString);
    assertFalse(Files.exists(out));
  }

  /**
   * Left = assessor A's answers, right = B's: X differs by D05 (+1/12), Y is identical, so the mean difference
   * (right - left) is (1/12 + 0)/2 = 1/24 and D05 is the only driver, contributing 1/24.
   */
  @Test
  void compareTwoOrganisations() throws Exception {
    List<String> lines = Files.readAllLines(assessments);
    StringBuilder left = new StringBuilder(HEADER);
    StringBuilder right = new StringBuilder(HEADER);
    for (String l : lines.subList(1, lines.size())) {
      (l.contains(",A,") ? left : right).append(l).append('\n');
    }
    Path lf = dir.resolve("gov.csv");
    Path rf = dir.resolve("uni.csv");
    Files.writeString(lf, left.toString());
    Files.writeString(rf, right.toString());
    Cli r = Cli.run("compare", "--left", lf.toString(), "--right", rf.toString(), "--instrument", instrument,
        "--left-name", "government", "--right-name", "university", "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("government", j.get("left").asText());
    assertEquals(1.0 / 24, j.get("mean_difference").asDouble(), 1e-15);
    assertEquals(1.0 / 12, j.at("/cities/0/difference").asDouble(), 1e-15);
    assertEquals("D05", j.at("/drivers/0/indicator").asText());
    assertEquals(1.0 / 24, j.at("/drivers/0/mean_contribution").asDouble(), 1e-15);
    assertEquals(1, j.get("drivers").size());
    assertTrue(j.has("rank_correlation") && j.has("item_agreement"));

    Cli t = Cli.run("compare", "--left", lf.toString(), "--right", rf.toString(), "--instrument", instrument);
    assertEquals(0, t.exitCode(), t::toString);
    assertTrue(t.out().contains("2 cities compared; mean difference (right - left) +0.0417"), t::toString);
  }
}
