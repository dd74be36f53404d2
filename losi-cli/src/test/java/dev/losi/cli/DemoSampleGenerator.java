package dev.losi.cli;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.CsvFormat;
import dev.losi.io.Instruments;
import dev.losi.io.LosiJson;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the SYNTHETIC sample bundled for {@code losi demo}: invented cities in six countries (real ISO
 * 3166-1 alpha-3 codes, ids {@code SYN-XXX-nn}), two assessors each, a country with an excluded indicator
 * (a service delivered nationally), a city-state whose national portal is accepted for two MGP-specific
 * services, a few channel downgrades (features found only off the municipal portal) and some disagreements
 * between assessors.
 *
 * <p>Deterministic: {@link java.util.Random} with a fixed seed (its algorithm is specified by the JDK), so
 * the output is the same on every machine. {@code DemoSampleTest} checks that the committed resources
 * equal this generator's output; to regenerate them run {@link #main(String[])} from the losi-cli directory.
 */
public final class DemoSampleGenerator {

  /** The seed of the sample. */
  static final long SEED = 20240;
  /** Where the resources live, relative to the losi-cli module. */
  static final Path RESOURCES = Path.of("src/main/resources/dev/losi/cli/demo");
  static final String ASSESSMENTS = "synthetic-assessments.csv";
  static final String ADJUSTMENTS = "synthetic-adjustments.json";

  /** Country, number of cities, base portal quality. */
  private record Country(String iso3, int cities, double quality) {}

  private static final List<Country> COUNTRIES = List.of(
      new Country("BRA", 6, 0.60),
      new Country("DEU", 5, 0.72),
      new Country("IND", 6, 0.45),
      new Country("KEN", 6, 0.32),
      new Country("MEX", 6, 0.52),
      new Country("SGP", 1, 0.85));

  /** The country whose cities do not deliver the excluded (nationally delivered) service. */
  static final String EXCLUDING_COUNTRY = "DEU";
  /** The city-state whose national portal counts for some MGP-specific services. */
  static final String CITY_STATE = "SGP";

  private static final String[] FIRST = {"Al", "Bre", "Cal", "Dor", "Esk", "Fal", "Gri", "Hav", "Ith", "Jor", "Kel",
      "Lum", "Mer", "Nov", "Ost", "Pra", "Quel", "Riv", "Sol", "Tam", "Umb", "Vel", "Wyn", "Xan", "Yel", "Zor"};
  private static final String[] SECOND = {"amar", "essa", "iquo", "onda", "uvel", "erith", "antis", "oria"};

  private DemoSampleGenerator() {}

  /** The indicator excluded for {@link #EXCLUDING_COUNTRY}: driving licences, issued nationally there. */
  static final String EXCLUDED = "#254";
  /** The MGP-specific services whose national-portal evidence counts for {@link #CITY_STATE}. */
  static final List<String> ACCEPTED = List.of("#259", "#268");

  /**
   * The assessments CSV (long layout), written by losi-io's writer. It is a plain assessments file that
   * {@code losi score} reads as it is; it is labelled synthetic by its name, its {@code SYN-} city ids and
   * the demo's output.
   */
  static String assessments(Instrument ins) {
    return AssessmentCsv.writer().format(CsvFormat.standard().withLineSeparator("\n"))
        .toString(assessmentList(ins));
  }

  /** The sample assessments. */
  static List<Assessment> assessmentList(Instrument ins) {
    Random rnd = new Random(SEED);
    List<Indicator> inds = ins.indicators();
    double[] difficulty = new double[inds.size()];
    for (int i = 0; i < difficulty.length; i++) {
      difficulty[i] = (rnd.nextDouble() - 0.5) * 0.3;
    }
    List<Assessment> out = new ArrayList<>();
    List<String> usedNames = new ArrayList<>();
    for (Country c : COUNTRIES) {
      for (int k = 1; k <= c.cities(); k++) {
        String id = String.format(Locale.ROOT, "SYN-%s-%02d", c.iso3(), k);
        String name;
        do {
          name = FIRST[rnd.nextInt(FIRST.length)] + SECOND[rnd.nextInt(SECOND.length)];
        } while (usedNames.contains(name));
        usedNames.add(name);
        City city = City.of(id, name, c.iso3());
        double q = Math.min(0.97, Math.max(0.05, c.quality() + (rnd.nextDouble() - 0.5) * 0.4));
        Response[] a = new Response[inds.size()];
        for (int i = 0; i < inds.size(); i++) {
          Indicator ind = inds.get(i);
          String code = ind.code();
          if (c.iso3().equals(EXCLUDING_COUNTRY) && code.equals(EXCLUDED)) {
            a[i] = Response.of(code, Answer.NOT_APPLICABLE,
                Evidence.builder().note("issued by the national government, not by cities").build());
          } else if (rnd.nextDouble() < q + difficulty[i]) {
            a[i] = present(rnd, c, id, ind);
          } else {
            a[i] = Response.of(code, Answer.ABSENT);
          }
        }
        for (String assessor : List.of("A", "B")) {
          List<Response> responses = new ArrayList<>();
          for (int i = 0; i < inds.size(); i++) {
            Response r = a[i];
            if (assessor.equals("B") && r.answer() != Answer.NOT_APPLICABLE && rnd.nextDouble() < 0.03) {
              r = r.answer() == Answer.PRESENT ? Response.of(r.indicator(), Answer.ABSENT)
                  : Response.of(r.indicator(), Answer.PRESENT,
                      Evidence.builder().addChannels(Channel.MGP).note("assessor B found it on the portal").build());
            }
            responses.add(r);
          }
          out.add(Assessment.builder().city(city).instrumentId(ins.id()).assessorId(assessor)
              .date(LocalDate.of(2024, 3, assessor.equals("A") ? 4 : 11)).responses(responses).build());
        }
      }
    }
    return out;
  }

  private static Response present(Random rnd, Country c, String cityId, Indicator ind) {
    String code = ind.code();
    String lower = cityId.toLowerCase(Locale.ROOT);
    if (c.iso3().equals(CITY_STATE) && ACCEPTED.contains(code)) {
      return Response.of(code, Answer.PRESENT, Evidence.builder().addChannels(Channel.NATIONAL_PORTAL)
          .url("https://national-portal.example.invalid/" + lower)
          .note("city-state: the service is on the national portal").build());
    }
    double r = rnd.nextDouble();
    if (ind.channelScope() == ChannelScope.MGP_SPECIFIC) {
      if (r < 0.03) {
        return Response.of(code, Answer.PRESENT, Evidence.builder().addChannels(Channel.SOCIAL_MEDIA)
            .url("https://social.example.invalid/" + lower).note("found on social media, not on the portal").build());
      }
      if (r < 0.05) {
        return Response.of(code, Answer.PRESENT, Evidence.builder().addChannels(Channel.NATIONAL_PORTAL)
            .note("only on the national portal").build());
      }
      return Response.of(code, Answer.PRESENT, Evidence.on(r < 0.15 ? Channel.MGP_LINKED_SITE : Channel.MGP));
    }
    if (r < 0.25) {
      return Response.of(code, Answer.PRESENT, Evidence.on(r < 0.12 ? Channel.SOCIAL_MEDIA : Channel.MOBILE_APP));
    }
    return Response.of(code, Answer.PRESENT, Evidence.on(Channel.MGP));
  }

  /** The sample adjustments. */
  static List<CountryAdjustment> adjustmentList(Instrument ins) {
    List<CountryAdjustment> list = new ArrayList<>();
    list.add(CountryAdjustment.builder().id("DEU-01").country(EXCLUDING_COUNTRY).instrumentId(ins.id())
        .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator(EXCLUDED)
        .rationale("SYNTHETIC example: driving licences are issued by the national government, so cities cannot offer"
            + " the service")
        .decidedBy("Synthetic national review panel").decidedOn(LocalDate.of(2024, 3, 1)).build());
    int n = 1;
    for (String code : ACCEPTED) {
      list.add(CountryAdjustment.builder().id(String.format(Locale.ROOT, "SGP-%02d", n++)).country(CITY_STATE)
          .instrumentId(ins.id()).kind(AdjustmentKind.ACCEPT_CHANNEL).indicator(code)
          .addAcceptedChannels(Channel.NATIONAL_PORTAL)
          .rationale("SYNTHETIC example: in a city-state, municipal services are delivered through the national portal")
          .decidedBy("Synthetic national review panel").decidedOn(LocalDate.of(2024, 3, 1)).build());
    }
    return list;
  }

  /** The adjustments JSON document, written by losi-io. */
  static String adjustments(Instrument ins) {
    return LosiJson.standard().writeAdjustments(adjustmentList(ins));
  }

  /** The instrument the bundled sample is generated for. */
  static Instrument instrument() {
    return Instruments.load("LOSI-2024");
  }

  /** Regenerates the committed resources; run from the losi-cli directory. */
  public static void main(String[] args) throws IOException {
    Instrument ins = instrument();
    Files.createDirectories(RESOURCES);
    Files.writeString(RESOURCES.resolve(ASSESSMENTS), assessments(ins), StandardCharsets.UTF_8);
    Files.writeString(RESOURCES.resolve(ADJUSTMENTS), adjustments(ins), StandardCharsets.UTF_8);
  }
}
