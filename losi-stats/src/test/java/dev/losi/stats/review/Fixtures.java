package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.List;

/** A four-indicator instrument and a compact way to write assessments. */
final class Fixtures {

  private Fixtures() {}

  static final Instrument INSTRUMENT = Instrument.builder().id("T-4").editionYear(2024).title("Test instrument")
      .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION)
      .addIndicators(
          indicator("#1", "IF", ChannelScope.CHANNEL_INDEPENDENT),
          indicator("#2", "IF", ChannelScope.CHANNEL_INDEPENDENT),
          indicator("#3", "CP", ChannelScope.CHANNEL_INDEPENDENT),
          indicator("#4", "CP", ChannelScope.MGP_SPECIFIC))
      .build();

  static Indicator indicator(String code, String criterion, ChannelScope scope) {
    return Indicator.builder().code(code).title("Feature " + code).criterion(criterion).channelScope(scope).build();
  }

  static City city(String id) {
    return City.of(id, "City " + id, "BRA");
  }

  /**
   * An assessment from a string of answers, one letter per indicator #1..#4: P present, A absent,
   * N not applicable, - not assessed (no response).
   */
  static Assessment assess(String cityId, String assessor, String answers) {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < answers.length(); i++) {
      String code = "#" + (i + 1);
      switch (answers.charAt(i)) {
        case 'P' -> rs.add(Response.of(code, Answer.PRESENT,
            Evidence.builder().url("https://" + cityId.toLowerCase() + ".example/" + assessor + "/" + (i + 1)).build()));
        case 'A' -> rs.add(Response.of(code, Answer.ABSENT));
        case 'N' -> rs.add(Response.of(code, Answer.NOT_APPLICABLE));
        case '-' -> { }
        default -> throw new IllegalArgumentException("answer letter " + answers.charAt(i));
      }
    }
    return Assessment.builder().city(city(cityId)).instrumentId(INSTRUMENT.id()).assessorId(assessor).responses(rs).build();
  }
}
