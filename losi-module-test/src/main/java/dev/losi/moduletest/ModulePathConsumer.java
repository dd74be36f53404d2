package dev.losi.moduletest;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import dev.losi.stats.agreement.Agreement;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a score, an agreement and JSON round trips through the published modules, on the module path, and
 * exits with status 1 if any check fails. The expected numbers are hand computations written out below.
 *
 * @since 0.1.0
 */
public final class ModulePathConsumer {

  private ModulePathConsumer() {}

  private static final List<String> FAILURES = new ArrayList<>();
  private static int passed;

  /** Runs every check; prints one line per check and a closing {@code N passed, N failed} line. */
  public static void main(String[] args) {
    check("losi libraries are named modules, not the class path", () -> {
      String core = Scorer.class.getModule().getName();
      String io = LosiJson.class.getModule().getName();
      String stats = Agreement.class.getModule().getName();
      String self = ModulePathConsumer.class.getModule().getName();
      return expect("modules", "dev.losi.core dev.losi.io dev.losi.stats dev.losi.moduletest",
          core + " " + io + " " + stats + " " + self);
    });
    check("no SLF4J is needed (no losi library requires it)", () ->
        expect("org.slf4j in the boot layer", "false",
            Boolean.toString(ModuleLayer.boot().findModule("org.slf4j").isPresent())));

    Instrument mini = Instrument.builder()
        .id("MINI-2024").editionYear(2024).title("Four channel-independent indicators")
        .addCriteria(Criterion.SERVICES_PROVISION, Criterion.TECHNOLOGY)
        .addIndicators(
            indicator("#255", "SP"), indicator("#257", "SP"), indicator("#204", "TEC"), indicator("#273", "TEC"))
        .build();
    Assessment assessment = Assessment.builder()
        .city(City.of("BR-3550308", "São Paulo", "BRA"))
        .instrumentId("MINI-2024").assessorId("assessor-1").date(LocalDate.of(2025, 5, 12))
        .addResponses(
            Response.of("#255", Answer.PRESENT), Response.of("#257", Answer.PRESENT),
            Response.of("#204", Answer.PRESENT), Response.of("#273", Answer.ABSENT))
        .build();

    // Hand computation: 3 of the 4 indicators present, weight 1 each: LOSI = 3/4 = 0.75, which is the lower
    // boundary of VERY_HIGH (0.75 <= LOSI), decided on the exact fraction.
    check("score: 3 of 4 indicators present = 0.75, very high", () -> {
      var score = Scorer.of(mini).score(assessment).standard();
      return expect("score", "3.0/4.0 = 0.75 VERY_HIGH",
          score.points() + "/" + score.maximum() + " = " + score.value() + " " + score.level());
    });

    // Cohen (1960): units x raters {1,1},{0,0},{1,0},{1,1}. Observed agreement p_o = 3/4. Marginals: rater 1
    // PRESENT 3/4, ABSENT 1/4; rater 2 PRESENT 2/4, ABSENT 2/4; chance p_e = 3/4*2/4 + 1/4*2/4 = 1/2.
    // kappa = (p_o - p_e) / (1 - p_e) = (3/4 - 1/2) / (1/2) = 1/2.
    ReliabilityData ratings = ReliabilityData.of(Scale.LOSI_BINARY, new int[][] {{1, 1}, {0, 0}, {1, 0}, {1, 1}});
    check("agreement: percent agreement 3/4, Cohen's kappa 1/2", () -> expect("p_o, kappa", "0.75 0.5",
        Agreement.percentAgreement(ratings).value() + " " + Agreement.cohenKappa(ratings).estimate().value()));

    LosiJson json = LosiJson.standard();
    check("JSON round trip of an instrument and an assessment", () -> {
      boolean instrument = json.readInstrument(json.writeInstrument(mini), "mini.json").equals(mini);
      boolean one = json.readAssessment(json.writeAssessment(assessment), "a.json").equals(assessment);
      return expect("equal after write and read", "true true", instrument + " " + one);
    });
    // LOSI 2024: 95 indicators, 8/32/22/18/15 by criterion (UN DESA, E-Government Survey 2024 methodology).
    // Reading the bundled resource proves losi-io finds its own resources inside its named module.
    check("bundled LOSI-2024 loads from inside dev.losi.io and round-trips", () -> {
      Instrument losi = Instruments.load("LOSI-2024");
      boolean same = json.readInstrument(json.writeInstrument(losi), "LOSI-2024.json").equals(losi);
      return expect("indicators, round trip", "95 true", losi.indicators().size() + " " + same);
    });

    System.out.println("module-path consumer: " + passed + " passed, " + FAILURES.size() + " failed");
    if (!FAILURES.isEmpty()) {
      FAILURES.forEach(f -> System.out.println("FAILED " + f));
      System.exit(1);
    }
  }

  private static Indicator indicator(String code, String criterion) {
    return Indicator.builder().code(code).title("Indicator " + code).criterion(criterion)
        .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build();
  }

  private static String expect(String what, String expected, String actual) {
    return expected.equals(actual) ? null : what + ": expected " + expected + ", got " + actual;
  }

  private static void check(String name, Supplier<String> failure) {
    String problem;
    try {
      problem = failure.get();
    } catch (RuntimeException | LinkageError e) {
      problem = e.toString();
    }
    if (problem == null) {
      passed++;
      System.out.println("ok   " + name);
    } else {
      FAILURES.add(name + ": " + problem);
      System.out.println("FAIL " + name + ": " + problem);
    }
  }
}
