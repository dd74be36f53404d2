package dev.losi.stats.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The kappa paradox on the real prevalences of the 17 LOSI 2022 participation indicators (UN E-Government
 * Survey 2022, Figure 3.10: share of the 146 assessed portals meeting each, from e-voting 19.18% to social
 * networking 86.30%; losi-test-fixtures losi_2022_participation_indicator_uptake.csv).
 *
 * <p>For each indicator, 146 cities: the first assessor finds the feature on round(share x 146) portals;
 * the second agrees except on 14 cities (7 PRESENT read as ABSENT, 7 ABSENT read as PRESENT), so both
 * assessors have the same marginals and every indicator has the same raw disagreement 14/146. Then, from
 * the definitions: Cohen's kappa {@code (p_o - p_e)/(1 - p_e)} with {@code p_e = p^2 + (1-p)^2} falls as
 * the prevalence {@code p} moves away from 1/2, while Gwet's AC1 (chance agreement {@code 2p(1-p)}) stays
 * at or above p_o's neighbourhood: the order of kappa must be the order of {@code |p - 1/2|}, and the
 * report must explain the gap for the most skewed indicator.
 */
class ParticipationUptakeKappaParadoxTest {

  private static final int CITIES = 146;
  private static final int FLIPS = 7;

  @Test
  void kappaFollowsPrevalenceWhileAc1Stays() throws IOException {
    Path p = ReferenceData.path(ReferenceData.LOSI_2022_PE_UPTAKE);
    List<String[]> rows = Files.readAllLines(p, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> l.split(",")).toList();
    assertEquals(17, rows.size());
    List<Indicator> indicators = new ArrayList<>();
    int[] present = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      indicators.add(Indicator.builder().code("#PE" + (i + 1)).title(rows.get(i)[0]).criterion("PE")
          .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build());
      present[i] = (int) Math.round(Double.parseDouble(rows.get(i)[1]) * CITIES / 100);
    }
    Instrument instrument = Instrument.builder().id("PE-2022").editionYear(2022).title("LOSI 2022 participation")
        .addCriteria(Criterion.PARTICIPATION_AND_ENGAGEMENT).indicators(indicators).build();
    List<Assessment> assessments = new ArrayList<>();
    for (int c = 0; c < CITIES; c++) {
      City city = City.of("C" + c, "City " + c, "BRA");
      List<Response> first = new ArrayList<>();
      List<Response> second = new ArrayList<>();
      for (int i = 0; i < indicators.size(); i++) {
        boolean truth = c < present[i];
        boolean flipped = c < FLIPS || (c >= present[i] && c < present[i] + FLIPS);
        first.add(Response.of(indicators.get(i).code(), truth ? Answer.PRESENT : Answer.ABSENT));
        second.add(Response.of(indicators.get(i).code(), truth != flipped ? Answer.PRESENT : Answer.ABSENT));
      }
      assessments.add(Assessment.builder().city(city).instrumentId("PE-2022").assessorId("A").responses(first).build());
      assessments.add(Assessment.builder().city(city).instrumentId("PE-2022").assessorId("B").responses(second).build());
    }
    AssessmentReview review = AssessmentReview.of(instrument, assessments);
    Map<String, GroupAgreement> byCode = review.byIndicator().stream()
        .collect(Collectors.toMap(GroupAgreement::key, Function.identity()));
    double previousDistance = -1;
    double previousKappa = 2;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < present.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(Math.abs(present[a] / (double) CITIES - 0.5), Math.abs(present[b] / (double) CITIES - 0.5)));
    for (int i : order) {
      GroupAgreement g = byCode.get(indicators.get(i).code());
      assertEquals(2 * FLIPS, g.itemsDisagreeing(), g.label());
      double distance = Math.abs(present[i] / (double) CITIES - 0.5);
      double kappa = g.report().estimate(Coefficient.COHEN_KAPPA).orElseThrow().value();
      double ac1 = g.report().estimate(Coefficient.GWET_AC1).orElseThrow().value();
      double pe = Math.pow(present[i] / (double) CITIES, 2) + Math.pow(1 - present[i] / (double) CITIES, 2);
      assertEquals((1 - 2.0 * FLIPS / CITIES - pe) / (1 - pe), kappa, 1e-12, g.label());
      assertTrue(ac1 >= 0.8, g.label() + " AC1 " + ac1);
      if (distance > previousDistance) {
        assertTrue(kappa < previousKappa, g.label());
      }
      previousDistance = distance;
      previousKappa = kappa;
    }
    GroupAgreement social = byCode.get(indicators.get(16).code());
    assertTrue(social.report().prevalenceNote().orElseThrow().contains("PRESENT makes up 86.3%"),
        social.report().prevalenceNote().orElseThrow());
    GroupAgreement deliberation = byCode.get(indicators.get(11).code());
    assertFalse(deliberation.report().prevalenceNote().isPresent());
  }
}
