package dev.losi.stats.uncertainty;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import dev.losi.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An eight-indicator instrument (IF: #1 #2; CP: #3 .. #8; #3 and #4 MGP-specific, #3's scope a
 * low-confidence reconstruction) and a compact way to write assessments: one letter per indicator, P present
 * (evidence on the municipal portal), S present with evidence on social media only, A absent, N not
 * applicable.
 */
final class StudyFixture {

  private StudyFixture() {}

  static final Instrument INSTRUMENT = instrument(ChannelScope.MGP_SPECIFIC, 1.0);

  /** The instrument with #3's channel scope and all weights of CP multiplied (for hand-built variants). */
  static Instrument instrument(ChannelScope scopeOf3, double cpWeight) {
    List<Indicator> list = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      Indicator.Builder b = Indicator.builder().code("#" + i).title("Feature " + i).criterion(i <= 2 ? "IF" : "CP")
          .weight(i <= 2 ? 1.0 : cpWeight)
          .channelScope(i == 3 ? scopeOf3 : i == 4 ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT);
      if (i == 3) {
        b.addProvenance(FieldProvenance.of("channelScope", ProvenanceStatus.RECONSTRUCTED,
            "no portal named (low confidence)"));
      }
      list.add(b.build());
    }
    return Instrument.builder().id("T-8").editionYear(2024).title("Test instrument")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION).indicators(list).build();
  }

  static Assessment assess(String cityId, String country, String assessor, String answers) {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < answers.length(); i++) {
      String code = "#" + (i + 1);
      switch (answers.charAt(i)) {
        case 'P' -> rs.add(Response.of(code, Answer.PRESENT, Evidence.on(Channel.MGP)));
        case 'S' -> rs.add(Response.of(code, Answer.PRESENT, Evidence.on(Channel.SOCIAL_MEDIA)));
        case 'A' -> rs.add(Response.of(code, Answer.ABSENT));
        case 'N' -> rs.add(Response.of(code, Answer.NOT_APPLICABLE));
        default -> throw new IllegalArgumentException("answer letter " + answers.charAt(i));
      }
    }
    return Assessment.builder().city(City.of(cityId, "City " + cityId, country)).instrumentId("T-8")
        .assessorId(assessor).responses(rs).build();
  }

  /** Six cities, nine disputed answers in all. */
  static final List<Assessment> STUDY = List.of(
      assess("C1", "BRA", "a", "PPPPPAAA"), assess("C1", "BRA", "b", "PPSPPAAA"),
      assess("C2", "BRA", "a", "PAPSPPAA"), assess("C2", "BRA", "b", "PAPPAPAA"),
      assess("C3", "ARG", "a", "PPAAPPPP"), assess("C3", "ARG", "b", "PPAAPPPA"), assess("C3", "ARG", "c", "APAAPPPP"),
      assess("C4", "ARG", "a", "AAPPAAAP"),
      assess("C5", "BRA", "a", "PPSSPPAA"), assess("C5", "BRA", "b", "PPPSAPAA"),
      assess("C6", "ARG", "a", "PAAAANAA"));

  static final List<CountryAdjustment> ADJUSTMENTS = List.of(
      CountryAdjustment.builder().id("bra-social").country("BRA").instrumentId("T-8").kind(AdjustmentKind.ACCEPT_CHANNEL)
          .rationale("municipal services are announced on the official social media account").decidedBy("test")
          .decidedOn(LocalDate.of(2024, 1, 1)).indicator("#4").addAcceptedChannels(Channel.SOCIAL_MEDIA).build(),
      CountryAdjustment.builder().id("arg-exclude").country("ARG").instrumentId("T-8")
          .kind(AdjustmentKind.EXCLUDE_INDICATOR).rationale("not a municipal competence").decidedBy("test")
          .decidedOn(LocalDate.of(2024, 1, 1)).indicator("#8").build());
}
