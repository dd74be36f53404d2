package dev.losi.stats.io;

import static dev.losi.stats.io.Fixture.json;
import static dev.losi.stats.io.Fixture.keys;
import static dev.losi.stats.io.Fixture.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON keys of {@code losi agreement --format json} (docs/agreement.md), moved here from losi-stats
 * with their numbers unchanged. The data are read by {@link ReliabilityCsv} from the resources described
 * in {@code SOURCES.md}.
 */
class AgreementJsonTest {

  /** Cohen's kappa of the 3 x 3 table, by hand: (0.78 - 0.3625)/0.6375 = 0.6549019607843137. */
  @Test
  void ordinalLevelHasTheWeightedCoefficients() {
    ReliabilityData d = ReliabilityCsv.read(resource("cohen-table.csv"), MeasurementLevel.ORDINAL, List.of("A", "B", "C"));
    JsonNode json = json(StatisticsJson.agreement(AgreementReport.of(d, MeasurementLevel.ORDINAL)));
    assertEquals(List.of("percent_agreement", "cohen_kappa", "cohen_kappa_linear", "cohen_kappa_quadratic", "scott_pi",
        "bennett_s", "fleiss_kappa", "randolph_kappa", "gwet_ac1", "gwet_ac2", "krippendorff_alpha", "not_applicable",
        "units", "raters", "pairable_values", "level"), keys(json));
    JsonNode kappa = json.get("cohen_kappa");
    assertEquals(0.6549019607843137, kappa.get("value").asDouble(), 1e-12);
    assertEquals(2, kappa.get("ci95").size());
    assertTrue(kappa.has("se") && kappa.has("p_value"));
    assertEquals("ordinal", json.get("gwet_ac2").get("weights").asText());
    assertEquals(100, json.get("units").asInt());
    assertEquals(200L, json.get("pairable_values").asLong());
    assertEquals("ordinal", json.get("level").asText());
  }

  /** Krippendorff (2011): nominal alpha 0.743 on 12 units, 4 observers, 40 pairable values. */
  @Test
  void nominalLevelWithBootstrap() {
    ReliabilityData d = ReliabilityCsv.read(resource("krippendorff-2011.csv"), MeasurementLevel.NOMINAL);
    AgreementReport r = AgreementReport.withBootstrap(d, MeasurementLevel.NOMINAL, 200, 7L, 0.667, 0.8);
    JsonNode json = json(StatisticsJson.agreement(r));
    assertTrue(!json.has("cohen_kappa_linear") && !json.has("gwet_ac2"));
    assertEquals(List.of("cohen_kappa", "scott_pi", "bennett_s", "fleiss_kappa"), keys(json.get("not_applicable")));
    JsonNode alpha = json.get("krippendorff_alpha");
    assertEquals(0.743, alpha.get("value").asDouble(), 0.0005);
    assertTrue(alpha.get("ci_method").asText().startsWith("percentile bootstrap over units, 200 replicates, seed 7"));
    JsonNode boot = alpha.get("bootstrap");
    assertEquals(200, boot.get("replicates").asInt());
    assertEquals(7L, boot.get("seed").asLong());
    assertEquals(List.of("0.667", "0.8"), keys(boot.get("p_below")));
    assertEquals(12, json.get("units").asInt());
    assertEquals(4, json.get("raters").asInt());
    assertEquals(40L, json.get("pairable_values").asLong());
  }

  /**
   * An undefined coefficient is {@code "value": null} with its reason (moved from losi-stats
   * MissingAndUndefinedTest): every rating in one of the two declared categories, so chance agreement is
   * 1 and kappa is 0/0. The layout is checked to the byte: two-space indent, LF line ends.
   */
  @Test
  void undefinedValueIsNullWithReason() throws Exception {
    ReliabilityData d = ReliabilityCsv.read("one.csv", new java.io.ByteArrayInputStream(
        "unit,rater,value\n1,A,x\n1,B,x\n2,A,x\n2,B,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        MeasurementLevel.NOMINAL, List.of("x", "y"));
    String text = StatisticsJson.agreement(AgreementReport.of(d, MeasurementLevel.NOMINAL));
    JsonNode k = json(text).get("cohen_kappa");
    assertTrue(k.has("value") && k.get("value").isNull() && k.has("undefined_reason"));
    assertTrue(text.startsWith("{\n  \"percent_agreement\" : {\n    \"value\" : 1.0,\n    \"se\" : 0.0,\n"
        + "    \"ci95\" : [ 1.0, 1.0 ],\n"), text);
    assertTrue(text.endsWith("  \"level\" : \"nominal\"\n}\n"), text);
    assertTrue(!text.contains("\r"));
    assertEquals(text, StatisticsJson.agreement(AgreementReport.of(d, MeasurementLevel.NOMINAL)));
  }
}
