package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One scorer shared by many threads gives exactly the results of scoring one by one, including the
 * per-city adjustment cache that threads fill concurrently.
 */
class ConcurrentScoringTest {

  @Test
  void sharedScorerGivesTheSameResultsFromManyThreads() throws Exception {
    Instrument ten = ScorerTest.ten();
    String[] countries = {"BRA", "JOR", "UZB", "IND"};
    List<CountryAdjustment> adjustments = new ArrayList<>();
    for (String c : countries) {
      adjustments.add(CountryAdjustment.builder().id(c + "-1").country(c).instrumentId("T-10")
          .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("#7").rationale("national service")
          .decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1)).build());
    }
    adjustments.add(CountryAdjustment.builder().id("BRA-2").country("BRA").instrumentId("T-10")
        .kind(AdjustmentKind.ACCEPT_CHANNEL).indicator("#3").addAcceptedChannels(Channel.NATIONAL_PORTAL)
        .addCities("C7", "C11").rationale("city-state-like").decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1)).build());
    Random r = new Random(42);
    List<Assessment> assessments = new ArrayList<>();
    for (int k = 0; k < 2000; k++) {
      Assessment.Builder a = Assessment.builder().city(City.of("C" + (k % 50), "City " + k % 50, countries[k % 50 % 4]))
          .instrumentId("T-10").assessorId("A" + k);
      for (int i = 1; i <= 10; i++) {
        Response.Builder resp = Response.builder().indicator("#" + i).answer(Answer.values()[r.nextInt(3)]);
        if (r.nextBoolean()) {
          resp.evidence(Evidence.on(Channel.values()[r.nextInt(Channel.values().length)]));
        }
        a.addResponses(resp.build());
      }
      assessments.add(a.build());
    }
    List<CityScore> sequential = Scorer.of(ten).withAdjustments(adjustments).scoreAll(assessments);

    Scorer shared = Scorer.of(ten).withAdjustments(adjustments);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CityScore>> futures = new ArrayList<>();
      for (Assessment a : assessments) {
        futures.add(pool.submit(() -> shared.score(a)));
      }
      for (int k = 0; k < assessments.size(); k++) {
        assertEquals(sequential.get(k), futures.get(k).get(), "assessment " + k);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
