package dev.losi.report;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.Instruments;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test inputs: a three-city study computed by hand, and a 30-city study on LOSI 2024 for the browser. */
final class Fixtures {

  private Fixtures() {}

  /** The Arabic name of the second city (Cairo). */
  static final String CAIRO = "القاهرة";
  /** A name that must be escaped. */
  static final String HOSTILE = "<script>alert(1)</script> & \"Ville\" 'x'";

  /**
   * Six invented indicators in three criteria: IF (I1, I2 channel-independent), SP (S1 MGP-specific, S2
   * channel-independent, S3 MGP-specific), TEC (T1 channel-independent); maximum 6.
   */
  static Instrument six() {
    return Instrument.builder().id("SIX").editionYear(2024).title("Six-indicator test instrument")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.SERVICES_PROVISION, Criterion.TECHNOLOGY)
        .addIndicators(ind("I1", "Portal exists", "IF", ChannelScope.CHANNEL_INDEPENDENT),
            ind("I2", "Privacy statement", "IF", ChannelScope.CHANNEL_INDEPENDENT),
            ind("S1", "Pay local taxes", "SP", ChannelScope.MGP_SPECIFIC),
            ind("S2", "Apply for a permit", "SP", ChannelScope.CHANNEL_INDEPENDENT),
            ind("S3", "Book an appointment", "SP", ChannelScope.MGP_SPECIFIC),
            ind("T1", "Works on a phone", "TEC", ChannelScope.CHANNEL_INDEPENDENT))
        .provenance("Invented for the losi-report tests.").build();
  }

  private static Indicator ind(String code, String title, String criterion, ChannelScope scope) {
    return Indicator.builder().code(code).title(title).criterion(criterion).channelScope(scope).build();
  }

  /**
   * Three cities, one assessment each:
   * <pre>
   *          I1 I2 S1        S2 S3 T1   counted  LOSI
   * ALPHA    1  1  1 (MGP)   1  1  1    6        6/6 = 1     very high
   * CAIRO    1  0  1 (NAT)   1  0  1    3        3/6 = 0.5   high      (S1 found only on the national portal)
   * HOSTILE  0  0  0         1  0  0    1        1/6         low
   * </pre>
   */
  static List<Assessment> threeCities() {
    return List.of(
        assessment(City.of("AAA-01", "Alpha", "AAA"), "A", "111111", null),
        assessment(City.of("EGY-01", CAIRO, "EGY"), "A", "101101", Channel.NATIONAL_PORTAL),
        assessment(City.of("EGY-02", HOSTILE, "EGY"), "A", "000100", null));
  }

  static Scorer sixScorer() {
    return Scorer.of(six());
  }

  static Assessment assessment(City city, String assessor, String answers, Channel s1Channel) {
    Instrument ins = six();
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < answers.length(); i++) {
      String code = ins.indicators().get(i).code();
      Answer a = answers.charAt(i) == '1' ? Answer.PRESENT : Answer.ABSENT;
      rs.add(code.equals("S1") && s1Channel != null ? Response.of(code, a, Evidence.on(s1Channel)) : Response.of(code, a));
    }
    return Assessment.builder().city(city).instrumentId(ins.id()).assessorId(assessor).responses(rs).build();
  }

  /**
   * Thirty invented cities on LOSI 2024 (seeded random answers, city 7 named in Arabic, a few services
   * found only on the national portal): the size of a national pilot, for the one-page test.
   */
  static List<Assessment> thirtyCities(Instrument ins) {
    SplittableRandom rnd = new SplittableRandom(20241);
    List<Assessment> out = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      String name = c == 7 ? CAIRO : c == 8 ? "عمّان" : "Synthetic City Number " + (c + 1);
      City city = City.builder().id(String.format("SYN-%02d", c + 1)).name(name).country(c < 15 ? "JOR" : "FRA")
          .sizeClass(c % 2 == 0 ? "large" : "small").build();
      double p = 0.15 + 0.8 * c / 29.0;
      List<Response> rs = new ArrayList<>();
      for (Indicator ind : ins.indicators()) {
        boolean present = rnd.nextDouble() < p;
        boolean national = present && ind.channelScope() == ChannelScope.MGP_SPECIFIC && rnd.nextDouble() < 0.03;
        rs.add(national ? Response.of(ind.code(), Answer.PRESENT, Evidence.on(Channel.NATIONAL_PORTAL))
            : Response.of(ind.code(), present ? Answer.PRESENT : Answer.ABSENT));
      }
      out.add(Assessment.builder().city(city).instrumentId(ins.id()).assessorId("A").responses(rs).build());
    }
    return out;
  }

  static Instrument losi2024() {
    return Instruments.load("LOSI-2024");
  }

  /**
   * A second assessor (B) for these cities, answering like A except for every seventh indicator, whose
   * answer is flipped between present and absent: the disagreement of the rank-interval chart.
   */
  static List<Assessment> secondAssessor(List<Assessment> cities) {
    List<Assessment> out = new ArrayList<>();
    for (Assessment a : cities) {
      List<Response> rs = new ArrayList<>();
      int k = 0;
      for (Response r : a.responses()) {
        boolean flip = k++ % 7 == 3;
        rs.add(flip ? Response.of(r.indicator(), r.answer() == Answer.PRESENT ? Answer.ABSENT : Answer.PRESENT) : r);
      }
      out.add(Assessment.builder().city(a.city()).instrumentId(a.instrumentId()).assessorId("B").responses(rs).build());
    }
    return out;
  }

  /** The same cities assessed on an earlier edition (seeded random answers), for the transition matrices. */
  static List<Assessment> earlierEdition(Instrument earlier, List<Assessment> cities) {
    SplittableRandom rnd = new SplittableRandom(2022);
    List<Assessment> out = new ArrayList<>();
    for (Assessment a : cities) {
      List<Response> rs = new ArrayList<>();
      for (Indicator ind : earlier.indicators()) {
        rs.add(Response.of(ind.code(), rnd.nextDouble() < 0.5 ? Answer.PRESENT : Answer.ABSENT));
      }
      out.add(Assessment.builder().city(a.city()).instrumentId(earlier.id()).assessorId("A").responses(rs).build());
    }
    return out;
  }
}
