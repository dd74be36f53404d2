package dev.losi.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON keys of {@code losi agreement --format json} (issue 4), as the report renders them. */
class AgreementReportJsonTest {

  @Test
  void ordinalLevelHasTheWeightedCoefficients() {
    AgreementReport r = AgreementReport.of(PublishedExamplesTest.cohenTable(), MeasurementLevel.ORDINAL);
    Map<String, Object> json = r.toJsonTree();
    assertEquals(List.of("percent_agreement", "cohen_kappa", "cohen_kappa_linear", "cohen_kappa_quadratic", "scott_pi",
        "bennett_s", "fleiss_kappa", "randolph_kappa", "gwet_ac1", "gwet_ac2", "krippendorff_alpha", "not_applicable",
        "units", "raters", "pairable_values", "level"), List.copyOf(json.keySet()));
    @SuppressWarnings("unchecked")
    Map<String, Object> kappa = (Map<String, Object>) json.get("cohen_kappa");
    assertEquals(0.6549019607843137, (Double) kappa.get("value"), 1e-12);
    assertEquals(2, ((List<?>) kappa.get("ci95")).size());
    assertTrue(kappa.containsKey("se") && kappa.containsKey("p_value"));
    @SuppressWarnings("unchecked")
    Map<String, Object> ac2 = (Map<String, Object>) json.get("gwet_ac2");
    assertEquals("ordinal", ac2.get("weights"));
    assertEquals(100, json.get("units"));
    assertEquals(200L, json.get("pairable_values"));
    assertEquals("ordinal", json.get("level"));
  }

  @Test
  void nominalLevelWithBootstrap() {
    AgreementReport r = AgreementReport.withBootstrap(PublishedExamplesTest.krippendorff2011(), MeasurementLevel.NOMINAL,
        200, 7L, 0.667, 0.8);
    Map<String, Object> json = r.toJsonTree();
    assertTrue(!json.containsKey("cohen_kappa_linear") && !json.containsKey("gwet_ac2"));
    @SuppressWarnings("unchecked")
    Map<String, Object> na = (Map<String, Object>) json.get("not_applicable");
    assertEquals(List.of("cohen_kappa", "scott_pi", "bennett_s", "fleiss_kappa"), List.copyOf(na.keySet()));
    @SuppressWarnings("unchecked")
    Map<String, Object> alpha = (Map<String, Object>) json.get("krippendorff_alpha");
    assertEquals(0.743, (Double) alpha.get("value"), 0.0005);
    assertTrue(((String) alpha.get("ci_method")).startsWith("percentile bootstrap over units, 200 replicates, seed 7"));
    @SuppressWarnings("unchecked")
    Map<String, Object> boot = (Map<String, Object>) alpha.get("bootstrap");
    assertEquals(200, boot.get("replicates"));
    assertEquals(7L, boot.get("seed"));
    @SuppressWarnings("unchecked")
    Map<String, Object> below = (Map<String, Object>) boot.get("p_below");
    assertEquals(List.of("0.667", "0.8"), List.copyOf(below.keySet()));
    assertEquals(12, json.get("units"));
    assertEquals(4, json.get("raters"));
    assertEquals(40L, json.get("pairable_values"));
  }
}
