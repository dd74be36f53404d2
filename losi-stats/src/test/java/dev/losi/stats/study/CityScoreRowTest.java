package dev.losi.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link CityScoreRow#from(CityScore)}: rows for the study straight from the scorer's results. */
class CityScoreRowTest {

  static final City COPENHAGEN = City.of("DK-CPH", "Copenhagen", "DNK");
  static final City SEOUL = City.of("KR-SEL", "Seoul", "KOR");

  /** Four channel-independent indicators: IF #1 (weight 1) #2 (1); SP #3 (weight 2) #4 (1). Maximum 5 points. */
  static Instrument four() {
    Instrument.Builder b = Instrument.builder().id("T-4").editionYear(2024).title("Four indicators")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.SERVICES_PROVISION);
    Object[][] spec = {{"#1", "IF", 1.0}, {"#2", "IF", 1.0}, {"#3", "SP", 2.0}, {"#4", "SP", 1.0}};
    for (Object[] s : spec) {
      b.addIndicators(Indicator.builder().code((String) s[0]).title("indicator " + s[0]).criterion((String) s[1])
          .channelScope(ChannelScope.CHANNEL_INDEPENDENT).weight((Double) s[2]).build());
    }
    return b.build();
  }

  static Assessment assess(City city, String assessor, Answer... answers) {
    Assessment.Builder a = Assessment.builder().city(city).instrumentId("T-4").assessorId(assessor);
    for (int i = 0; i < answers.length; i++) {
      a.addResponses(Response.of("#" + (i + 1), answers[i]));
    }
    return a.build();
  }

  @Test
  void rowFromScoringResult() {
    // #1 present, #2 absent, #3 present (weight 2), #4 absent.
    CityScore score = Scorer.of(four()).score(
        assess(COPENHAGEN, "A", Answer.PRESENT, Answer.ABSENT, Answer.PRESENT, Answer.ABSENT));
    CityScoreRow row = CityScoreRow.from(score);
    assertEquals("Copenhagen", row.city());
    assertEquals(Optional.of("DK-CPH"), row.cityId());
    assertEquals("DNK", row.country());
    // Standard LOSI by hand: (1 + 2) / (1 + 1 + 2 + 1) = 3/5.
    assertEquals(3.0 / 5, row.losi());
    // IF: #1 of #1 #2 = 1/2; SP: #3 (2 points) of #3 #4 (3 points) = 2/3; in instrument order.
    assertEquals(Map.of("IF", 1.0 / 2, "SP", 2.0 / 3), row.criteria());
    assertEquals(List.of("IF", "SP"), List.copyOf(row.criteria().keySet()));
    assertTrue(row.source().isEmpty());
    assertTrue(row.line().isEmpty());
  }

  @Test
  void scoredCitiesJoinTheStudy() {
    Scorer scorer = Scorer.of(four());
    List<CityScoreRow> rows = scorer.scoreAll(List.of(
            assess(COPENHAGEN, "A", Answer.PRESENT, Answer.PRESENT, Answer.PRESENT, Answer.ABSENT),
            assess(SEOUL, "A", Answer.PRESENT, Answer.PRESENT, Answer.PRESENT, Answer.PRESENT)))
        .stream().map(CityScoreRow::from).toList();
    OsiLosiStudyResult r = OsiLosiStudy.of(rows,
        List.of(CountryOsiRow.of("Denmark", 0.99924), CountryOsiRow.of("Republic of Korea", 1.0))).run();
    assertEquals(List.of("Copenhagen", "Seoul"), r.matched().stream().map(MatchedCity::city).toList());
    assertEquals(List.of("DNK", "KOR"), r.matched().stream().map(MatchedCity::iso3).toList());
    // Copenhagen 4/5 points, Seoul 5/5.
    assertEquals(List.of(0.8, 1.0), r.matched().stream().map(MatchedCity::losi).toList());
    assertTrue(r.unmatched().isEmpty());
  }

  @Test
  void twoAssessorsOfOneCityAreADuplicateNamingTheIds() {
    Scorer scorer = Scorer.of(four());
    List<CityScoreRow> rows = List.of(
        CityScoreRow.from(scorer.score(assess(COPENHAGEN, "A", Answer.PRESENT, Answer.ABSENT, Answer.ABSENT,
            Answer.ABSENT))),
        CityScoreRow.from(scorer.score(assess(COPENHAGEN, "B", Answer.PRESENT, Answer.PRESENT, Answer.ABSENT,
            Answer.ABSENT))));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> OsiLosiStudy.of(rows, List.of(CountryOsiRow.of("DNK", 0.99924))).run());
    assertTrue(e.getMessage().contains(
        "city \"Copenhagen\": city appears twice in DNK (city ids DK-CPH and DK-CPH); give each city once"),
        e.getMessage());
  }

  @Test
  void blankCityIdIsRejected() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> CityScoreRow.builder().city("X").cityId(" ").country("DNK").losi(0.5).build());
    assertTrue(e.getMessage().contains("city id \" \" must not be blank"), e.getMessage());
  }
}
