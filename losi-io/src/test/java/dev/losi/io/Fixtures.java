package dev.losi.io;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import dev.losi.core.Response;
import java.time.LocalDate;

/** Small hand-made model objects shared by the tests. */
final class Fixtures {

  private Fixtures() {}

  /** A 10-indicator instrument over the five LOSI criteria. */
  static Instrument small() {
    Instrument.Builder b = Instrument.builder().id("TEST-10").editionYear(2024).title("Test instrument, 10 indicators")
        .provenance("hand-made for tests")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION,
            Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY);
    String[] crit = {"IF", "IF", "CP", "CP", "SP", "SP", "PE", "PE", "TEC", "TEC"};
    for (int i = 0; i < 10; i++) {
      Indicator.Builder ib = Indicator.builder().code("#" + (250 + i)).title("Feature " + i)
          .description(i == 3 ? "Says \"hello\", then\nbreaks a line" : "")
          .criterion(crit[i])
          .channelScope(i % 3 == 0 ? ChannelScope.CHANNEL_INDEPENDENT : ChannelScope.MGP_SPECIFIC)
          .weight(i == 9 ? 2.5 : 1);
      if (i == 2) {
        ib.addTags("e-government-literacy").addProvenance(
            FieldProvenance.of("criterion", ProvenanceStatus.RECONSTRUCTED, "toolkit wording, like 2022"));
      }
      b.addIndicators(ib.build());
    }
    return b.build();
  }

  static City maputo() {
    return City.builder().id("MZ-MPM").name("Maputo").country("MOZ").population(1_100_000).region("Maputo Cidade").build();
  }

  static City addis() {
    return City.builder().id("ET-ADD").name("አዲስ አበባ").country("ETH").sizeClass("large").build();
  }

  static City cairo() {
    return City.of("EG-CAI", "القاهرة", "EGY");
  }

  /** An assessment answering every indicator of {@link #small()}, with tricky evidence. */
  static Assessment full(City city, String assessor) {
    Assessment.Builder b = Assessment.builder().city(city).instrumentId("TEST-10").assessorId(assessor)
        .date(LocalDate.of(2025, 3, 1));
    Answer[] answers = {Answer.PRESENT, Answer.ABSENT, Answer.NOT_APPLICABLE, Answer.NOT_ASSESSED};
    for (int i = 0; i < 10; i++) {
      Response.Builder r = Response.builder().indicator("#" + (250 + i)).answer(answers[i % 4]);
      if (i == 0) {
        r.evidence(Evidence.builder().addChannels(Channel.MGP, Channel.NATIONAL_PORTAL)
            .url("https://example.org/a?x=1,2&y=\"q\"").note("found, with \"quotes\",\ncommas and a line break").build());
      } else if (i == 1) {
        r.evidence(Evidence.builder().note("=HYPERLINK(\"http://evil\")").build());
      } else if (i == 4) {
        r.evidence(Evidence.builder().note("-5 degrees; 'quoted'").url("@home").build());
      } else if (i == 5) {
        r.evidence(Evidence.on(Channel.SOCIAL_MEDIA));
      }
      b.addResponses(r.build());
    }
    return b.build();
  }

  /** One adjustment of each kind. */
  static java.util.List<dev.losi.core.CountryAdjustment> adjustments() {
    java.time.LocalDate d = LocalDate.of(2025, 2, 14);
    dev.losi.core.CountryAdjustment.Builder base = dev.losi.core.CountryAdjustment.builder().country("SGP")
        .instrumentId("TEST-10").rationale("City-state: \"national\" portal, one government").decidedBy("Review board")
        .decidedOn(d);
    return java.util.List.of(
        dev.losi.core.CountryAdjustment.builder().from(base.id("SGP-01").kind(dev.losi.core.AdjustmentKind.ACCEPT_CHANNEL)
            .indicator("#251").addAcceptedChannels(Channel.NATIONAL_PORTAL, Channel.MOBILE_APP).build()).build(),
        dev.losi.core.CountryAdjustment.builder().id("SGP-02").country("SGP").instrumentId("TEST-10")
            .kind(dev.losi.core.AdjustmentKind.EXCLUDE_INDICATOR).indicator("#252").rationale("national service")
            .decidedBy("Board").decidedOn(d).addCities("SG-SIN").build(),
        dev.losi.core.CountryAdjustment.builder().id("SGP-03").country("SGP").instrumentId("TEST-10")
            .kind(dev.losi.core.AdjustmentKind.REWEIGHT).indicator("#253").weight(0.1).rationale("r")
            .decidedBy("Board").decidedOn(d).build(),
        dev.losi.core.CountryAdjustment.builder().id("SGP-04").country("SGP").instrumentId("TEST-10")
            .kind(dev.losi.core.AdjustmentKind.ADD_LOCAL_INDICATOR).rationale("rural").decidedBy("Board").decidedOn(d)
            .localIndicator(Indicator.builder().code("L1").title("Rural kiosk").criterion("SP")
                .channelScope(ChannelScope.CHANNEL_INDEPENDENT).weight(1.5).build()).build());
  }
}
