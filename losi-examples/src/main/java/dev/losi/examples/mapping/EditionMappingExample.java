package dev.losi.examples.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.mapping.Translation;
import dev.losi.core.mapping.AssessmentTranslator;
import dev.losi.core.mapping.TranslationRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a SYNTHETIC panel of 12 cities from LOSI 2022 to LOSI 2024 on the participation-and-engagement
 * criterion, with the bundled partial mapping, and prints the longitudinal report with the level
 * transition matrix.
 *
 * <p>The cities are not real. The panel is deterministic: synthetic city {@code k} meets the
 * {@link #MET_2022}{@code [k]} most common PE features of 2022 (the last ones of the Survey's Figure
 * 3.10, which is in ascending order of uptake) and the {@link #MET_2024}{@code [k]} most common of
 * their 2024 counterparts; only a city meeting all 18 also has the new AI chatbot {@code #270b}.
 *
 * <p>The LOSI 2024 side is a PE-only instrument built here with the 18 PE codes of the Local
 * E-Government Toolkit and short titles of our own; a full LOSI 2024 instrument works the same way.
 * Run with {@code java dev.losi.examples.mapping.EditionMappingExample}.
 *
 * @since 0.1.0
 */
public final class EditionMappingExample {

  /** How many of the 17 PE features of 2022 each synthetic city meets. */
  static final int[] MET_2022 = {2, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 17};
  /** How many of the 18 PE features of 2024 each synthetic city meets. */
  static final int[] MET_2024 = {5, 4, 9, 7, 13, 9, 12, 15, 13, 16, 18, 17};

  private EditionMappingExample() {}

  /** The 18 PE indicators of LOSI 2024 (toolkit codes; short titles of our own), as a PE-only instrument. */
  static Instrument losi2024ParticipationAndEngagement() {
    String[][] pe = {
        {"#250", "Responsiveness to e-mail"}, {"#252", "Quality of e-mail response"}, {"#219", "Budget-related information"},
        {"#236", "Open data provision"}, {"#267", "Report discrimination"}, {"#270b", "AI chatbot"},
        {"#271", "Complaint / feedback submission"}, {"#272", "Online deliberation tools"},
        {"#274", "Reporting incidents in public spaces"}, {"#275", "Participatory budgeting"},
        {"#276", "Participatory land-use planning"}, {"#277", "Upcoming e-participation activities"},
        {"#278", "Outcome of consultations"}, {"#279", "E-voting"}, {"#280", "Public council meetings information"},
        {"#237", "Open data metadata"}, {"#270a", "Live chat with staff"}, {"#273", "Social networking features"}};
    Instrument.Builder b = Instrument.builder().id("LOSI-2024-PE").editionYear(2024)
        .title("LOSI 2024, participation and engagement only (example)")
        .addCriteria(Criterion.PARTICIPATION_AND_ENGAGEMENT)
        .provenance("Example only: codes from the UN/UNU Local E-Government Toolkit; titles are short names of our own.");
    for (String[] i : pe) {
      b.addIndicator(Indicator.builder().code(i[0]).title(i[1]).criterion("PE").channelScope(ChannelScope.CHANNEL_INDEPENDENT).build());
    }
    return b.build();
  }

  /** Builds the synthetic panel, compares it and renders the report. */
  public static String run() {
    Instrument pe2022 = BundledMappings.losi2022ParticipationAndEngagement();
    Instrument pe2024 = losi2024ParticipationAndEngagement();
    EditionMapping mapping = BundledMappings.losi2022To2024ParticipationAndEngagement(pe2022, pe2024);
    List<String> common2022 = new ArrayList<>();
    pe2022.indicators().forEach(i -> common2022.add(i.code()));
    // most common first: Figure 3.10 is in ascending order of uptake
    java.util.Collections.reverse(common2022);
    List<Assessment> before = new ArrayList<>();
    List<Assessment> after = new ArrayList<>();
    for (int k = 0; k < MET_2022.length; k++) {
      City city = City.builder().id(String.format("SYN-%02d", k + 1)).name("Synthetic city " + (k + 1)).country("XSY")
          .sizeClass("synthetic").build();
      List<Response> r22 = new ArrayList<>();
      List<Response> r24 = new ArrayList<>();
      for (int j = 0; j < common2022.size(); j++) {
        String code22 = common2022.get(j);
        r22.add(Response.of(code22, j < MET_2022[k] ? Answer.PRESENT : Answer.ABSENT));
        String code24 = mapping.targetsOf(code22).get(0);
        r24.add(Response.of(code24, j < MET_2024[k] ? Answer.PRESENT : Answer.ABSENT));
      }
      r24.add(Response.of(BundledMappings.AI_CHATBOT_2024, MET_2024[k] == 18 ? Answer.PRESENT : Answer.ABSENT));
      before.add(Assessment.builder().city(city).instrumentId(pe2022.id()).assessorId("synthetic").responses(r22).build());
      after.add(Assessment.builder().city(city).instrumentId(pe2024.id()).assessorId("synthetic").responses(r24).build());
    }
    LongitudinalReport report = LongitudinalComparison.compare(mapping, before, after, MissingAnswerPolicy.REJECT);
    Translation t = AssessmentTranslator.translate(mapping, before.get(0), TranslationRules.conservative());
    String nl = System.lineSeparator();
    return "SYNTHETIC PANEL: 12 made-up cities, not survey data." + nl
        + mapping.description() + nl + nl
        + report.toText() + nl
        + "Translation of " + t.source().city().id() + " to " + t.assessment().instrumentId() + ": "
        + t.translated().size() + " indicators translated, " + t.notTranslated().size() + " not translated "
        + t.notTranslated().stream().map(n -> n.toCode() + " (" + n.reason() + ")").toList() + nl;
  }

  /** Prints the report of the synthetic panel. */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
