package dev.losi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

  private static Indicator indicator(String code, String criterion) {
    return Indicator.builder().code(code).title("t " + code).criterion(criterion)
        .channelScope(ChannelScope.MGP_SPECIFIC).build();
  }

  @Test
  void instrumentReportsAllViolationsTogether() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Instrument.builder()
        .id("X").editionYear(2024).title("x")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK)
        .addIndicators(indicator("#1", "IF"), indicator("#1", "IF"), indicator("#2", "ZZ"))
        .build());
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("indicator \"#1\": code \"#1\" is used by more than one indicator", e.problems().get(0).toString());
    assertEquals("indicator \"#2\": criterion \"ZZ\" is not one of the instrument's criteria [IF]",
        e.problems().get(1).toString());
  }

  @Test
  void emptyInstrumentAndBadMaximumAreRejected() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Instrument.builder()
        .id("X").editionYear(2024).title("x").declaredMaximum(-1).build());
    assertEquals(2, e.problems().size(), e.getMessage());
  }

  /** Two weights of Double.MAX_VALUE are each finite, but their sum is not; scoring would give NaN. */
  @Test
  void sumOfWeightsMustBeFinite() {
    Indicator.Builder heavy = Indicator.builder().title("t").criterion("IF").channelScope(ChannelScope.MGP_SPECIFIC)
        .weight(Double.MAX_VALUE);
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Instrument.builder()
        .id("X").editionYear(2024).title("x").addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK)
        .addIndicators(heavy.code("#1").build(), heavy.code("#2").build()).build());
    assertEquals("indicators the sum of the weights overflows to infinity; use smaller weights",
        e.problems().get(0).toString());
  }

  @Test
  void weightMustBePositiveAndFinite() {
    for (double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(LosiValidationException.class,
          () -> Indicator.builder().code("#1").title("t").criterion("IF").channelScope(ChannelScope.MGP_SPECIFIC)
              .weight(w).build(), "weight " + w);
    }
  }

  @Test
  void problemRendersLikeTheIssueExample() {
    Problem p = Problem.builder().source("assessments.csv").line(17).city("Maputo").assessor("B")
        .indicator("#255").field("value").value("2").message("is not one of 1, 0, NA").build();
    assertEquals("assessments.csv:17: city \"Maputo\" assessor \"B\" indicator \"#255\": value \"2\" is not one of 1, 0, NA",
        p.toString());
  }

  @Test
  void cityCountryMustBeIsoAlpha3() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> City.of("c1", "São Paulo", "Brazil"));
    assertTrue(e.getMessage().contains("country \"Brazil\" is not an ISO 3166-1 alpha-3 code"), e.getMessage());
    assertEquals("BRA", City.of("c1", "São Paulo", "BRA").country());
  }

  @Test
  void adjustmentFieldsDependOnKind() {
    CountryAdjustment.Builder base = CountryAdjustment.builder().id("A1").country("BRA").instrumentId("LOSI-2024")
        .rationale("services delivered nationally").decidedBy("national team").decidedOn(LocalDate.of(2025, 3, 1));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> base.kind(AdjustmentKind.ACCEPT_CHANNEL).build());
    assertTrue(e.total() >= 1);
  }

  @Test
  void duplicateResponsesAreRejected() {
    City city = City.of("MPM", "Maputo", "MOZ");
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Assessment.builder().city(city)
        .instrumentId("LOSI-2024").assessorId("B")
        .responses(List.of(Response.of("#1", Answer.PRESENT), Response.of("#1", Answer.ABSENT))).build());
    assertEquals("city \"MPM\" assessor \"B\" indicator \"#1\": has more than one response in the same assessment",
        e.problems().get(0).toString());
  }
}
