package dev.losi.examples;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding losi-core as a scoring engine: define (or load) an instrument, build an assessment, add a
 * documented country adjustment, and score. The README's Java example is this code.
 *
 * <p>Run: {@code mvn -q -pl losi-examples -am compile exec:java -Dexec.mainClass=dev.losi.examples.ScoreACity}
 * or from an IDE.
 *
 * @since 0.1.0
 */
public final class ScoreACity {

  private ScoreACity() {}

  /** Prints the standard and adjusted LOSI of one synthetic city. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // A tiny instrument; real code loads LOSI-2024 from losi-io's catalogue.
    Instrument instrument = Instrument.builder()
        .id("MINI-2024").editionYear(2024).title("A four-indicator example")
        .addCriteria(Criterion.SERVICES_PROVISION, Criterion.TECHNOLOGY)
        .addIndicators(
            Indicator.builder().code("#255").title("Building permit online").criterion("SP")
                .channelScope(ChannelScope.MGP_SPECIFIC).build(),
            Indicator.builder().code("#257").title("Business licence online").criterion("SP")
                .channelScope(ChannelScope.MGP_SPECIFIC).build(),
            Indicator.builder().code("#204").title("Mobile-friendly portal").criterion("TEC")
                .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build(),
            Indicator.builder().code("#273").title("Social media presence").criterion("TEC")
                .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build())
        .build();

    Assessment assessment = Assessment.builder()
        .city(City.of("BR-3550308", "São Paulo", "BRA"))
        .instrumentId("MINI-2024").assessorId("assessor-1").date(LocalDate.of(2025, 5, 12))
        .addResponses(
            Response.of("#255", Answer.PRESENT, Evidence.on(Channel.MGP)),
            // Found only on the national portal: an MGP-specific indicator does not count there.
            Response.of("#257", Answer.PRESENT, Evidence.on(Channel.NATIONAL_PORTAL)),
            Response.of("#204", Answer.PRESENT),
            Response.of("#273", Answer.ABSENT))
        .build();

    // Brazil's national team decided that business licences are a national service.
    CountryAdjustment nationalService = CountryAdjustment.builder()
        .id("BRA-01").country("BRA").instrumentId("MINI-2024")
        .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("#257")
        .rationale("Business licences are issued by the federal Redesim portal")
        .decidedBy("National LOSI pilot team").decidedOn(LocalDate.of(2025, 3, 1))
        .build();

    Scorer scorer = Scorer.of(instrument).withAdjustments(List.of(nationalService));
    CityScore score = scorer.score(assessment);

    out.println(score.city().name() + ": LOSI " + score.standard() + " (" + score.level().label() + ")");
    score.downgrades().forEach(d -> out.println("  not counted: " + d.indicator() + " found only on " + d.channels()));
    score.adjusted().ifPresent(a -> out.println("  adjusted LOSI " + a.score() + " (" + a.score().level().label()
        + "), excluding " + a.excluded()));
  }
}
