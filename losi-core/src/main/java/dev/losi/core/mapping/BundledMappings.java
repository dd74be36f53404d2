package dev.losi.core.mapping;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.ProvenanceStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mappings shipped with the SDK.
 *
 * <p>No official LOSI 2022 to 2024 mapping is published. What is known by name is the
 * participation-and-engagement (PE) criterion: each of the 17 PE indicators of LOSI 2022 (UN
 * E-Government Survey 2022, Chapter 3, Figure 3.10) has a LOSI 2024 counterpart in the UN/UNU Local
 * E-Government Toolkit, and 2024 adds {@code #270b} (AI chatbot). This class ships that knowledge as a
 * <em>partial</em> mapping that covers only criterion {@code PE}, with a small LOSI-2022 PE instrument
 * to use it with. The other 69 indicators of LOSI 2022 are not published in a form we could read and
 * are not invented here.
 *
 * @since 0.1.0
 */
public final class BundledMappings {

  /** The id of {@link #losi2022ParticipationAndEngagement()}. */
  public static final String LOSI_2022_PE_ID = "LOSI-2022-PE";

  /**
   * One known link of the LOSI 2022 PE criterion to LOSI 2024.
   *
   * @param code2022 the code this SDK assigns to the 2022 indicator, {@code PE22-01} to {@code PE22-17}
   * @param title2022 the 2022 title, as in the Survey's Figure 3.10
   * @param percentMeeting2022 the percentage of the 146 cities assessed in 2022 that met it (Figure 3.10)
   * @param code2024 the 2024 questionnaire code of the counterpart (Local E-Government Toolkit)
   *
   * @since 0.1.0
   */
  public record PeLink(String code2022, String title2022, double percentMeeting2022, String code2024) {}

  private static final List<PeLink> PE_LINKS = List.of(
      new PeLink("PE22-01", "E-voting", 19.18, "#279"),
      new PeLink("PE22-02", "Real time communication", 22.60, "#270a"),
      new PeLink("PE22-03", "Report of any form of discrimination", 29.45, "#267"),
      new PeLink("PE22-04", "Feedback about consultation processes", 31.51, "#278"),
      new PeLink("PE22-05", "Participatory budgeting", 34.93, "#275"),
      new PeLink("PE22-06", "Municipality responsiveness emails", 36.99, "#250"),
      new PeLink("PE22-07", "Quality of email response", 37.67, "#252"),
      new PeLink("PE22-08", "Participatory land use plan", 37.67, "#276"),
      new PeLink("PE22-09", "Announcement of upcoming e-participation activities", 40.41, "#277"),
      new PeLink("PE22-10", "Open data metadata", 41.10, "#237"),
      new PeLink("PE22-11", "Open data provision", 45.89, "#236"),
      new PeLink("PE22-12", "Online deliberation processes", 48.63, "#272"),
      new PeLink("PE22-13", "Reporting of incidents in public spaces", 52.74, "#274"),
      new PeLink("PE22-14", "Information on the public meetings of the municipal council", 53.42, "#280"),
      new PeLink("PE22-15", "Budget-related information", 71.23, "#219"),
      new PeLink("PE22-16", "Feedback/complaint submission", 80.14, "#271"),
      new PeLink("PE22-17", "Social networking features", 86.30, "#273"));

  /** The 2024 code added to PE in 2024 (AI chatbot), with no 2022 source. */
  public static final String AI_CHATBOT_2024 = "#270b";

  private static final String SOURCE_2022 = "UN E-Government Survey 2022, Chapter 3, p. 99, Figure 3.10";
  private static final String LINK_NOTE = "name match (no official 2022->2024 mapping is published; "
      + "LOSI methodology research notes section 2.4, inferred with high confidence)";

  private BundledMappings() {}

  /**
   * {@return the 17 known PE links, in the order of Figure 3.10 of the 2022 Survey (ascending share of cities
   * meeting the indicator)}
   */
  public static List<PeLink> losi2022PeLinks() {
    return PE_LINKS;
  }

  /**
   * A LOSI 2022 instrument restricted to its participation-and-engagement criterion: the 17 PE
   * indicators, id {@value #LOSI_2022_PE_ID}, criterion {@code PE}, unit weights (so its score is the
   * PE sub-score, share of the 17 met).
   *
   * <p>Codes {@code PE22-01} to {@code PE22-17} are assigned by this SDK in the order of Figure 3.10
   * (the 2022 questionnaire codes are not published). Titles are the Survey's. The channel scope of
   * the 2022 indicators is not published: every indicator is {@link ChannelScope#CHANNEL_INDEPENDENT},
   * recorded as reconstructed in its provenance. Each description gives the share of the 146 assessed
   * cities that met it in 2022.
   *
   * @return the instrument (an equal one on every call)
   */
  public static Instrument losi2022ParticipationAndEngagement() {
    Instrument.Builder b = Instrument.builder().id(LOSI_2022_PE_ID).editionYear(2022)
        .title("Local Online Service Index 2022, participation and engagement criterion only (17 of 86 indicators)")
        .addCriteria(Criterion.PARTICIPATION_AND_ENGAGEMENT)
        .provenance("The 17 PE indicators of LOSI 2022 from " + SOURCE_2022
            + "; codes PE22-01..PE22-17 assigned by the LOSI SDK; the other 69 LOSI 2022 indicators are not included.");
    for (PeLink l : PE_LINKS) {
      b.addIndicator(Indicator.builder().code(l.code2022()).title(l.title2022()).criterion("PE")
          .channelScope(ChannelScope.CHANNEL_INDEPENDENT)
          .description(String.format(Locale.ROOT, "Met by %.2f%% of the 146 city portals assessed in 2022.", l.percentMeeting2022()))
          .addProvenance(FieldProvenance.of("title", ProvenanceStatus.PUBLISHED, SOURCE_2022))
          .addProvenance(FieldProvenance.of("criterion", ProvenanceStatus.PUBLISHED, SOURCE_2022))
          .addProvenance(FieldProvenance.of("code", ProvenanceStatus.RECONSTRUCTED,
              "assigned by the LOSI SDK in the order of Figure 3.10; 2022 questionnaire codes are not published"))
          .addProvenance(FieldProvenance.of("channelScope", ProvenanceStatus.RECONSTRUCTED,
              "not published for 2022; set to channel-independent because the model requires a value"))
          .build());
    }
    return b.build();
  }

  /**
   * The partial LOSI 2022 to 2024 mapping of the participation-and-engagement criterion: it covers
   * only criterion {@code PE} and says so ({@link EditionMapping#coverageStatement()}).
   *
   * <p>Each 2022 PE indicator is found in {@code losi2022Pe} by its code ({@code PE22-nn}) or, failing
   * that, by its title (ignoring case) within criterion {@code PE}, so a user's own LOSI 2022
   * instrument with other codes works. Each 2024 counterpart is found in {@code losi2024} by code;
   * open data provision, whose toolkit code {@code #236} is duplicated in the source, is taken as
   * {@code #236} or, if the instrument renumbered it, {@code #235}, whichever of the two lies in
   * criterion {@code PE}. {@code #270b} (AI chatbot), if present, is an explicit added row.
   *
   * <p>The relation of each row follows from the two instruments: {@link Relation#MOVED} when the
   * 2024 counterpart is not in the 2022 indicator's criterion, {@link Relation#SAME} when the titles
   * are equal ignoring case, else {@link Relation#RENAMED}.
   *
   * @param losi2022Pe a LOSI 2022 instrument with the 17 PE indicators (for example
   *     {@link #losi2022ParticipationAndEngagement()} or a full 2022 instrument)
   * @param losi2024 a LOSI 2024 instrument with the 17 counterpart codes
   * @return the partial mapping from {@code losi2022Pe} to {@code losi2024}
   * @throws dev.losi.core.LosiValidationException naming every indicator that could not be found
   */
  public static EditionMapping losi2022To2024ParticipationAndEngagement(Instrument losi2022Pe, Instrument losi2024) {
    ProblemCollector problems = new ProblemCollector();
    EditionMapping.Builder m = EditionMapping.builder().from(losi2022Pe).to(losi2024).addCoveredCriteria("PE")
        .description("Partial LOSI 2022 -> 2024 mapping of the participation and engagement criterion (PE) only: "
            + "the 17 PE indicators of 2022 (" + SOURCE_2022 + ") matched by name to the 2024 Local E-Government Toolkit; "
            + "#270b (AI chatbot) is new in 2024. No official 2022 -> 2024 mapping is published; other criteria are not mapped.");
    for (PeLink l : PE_LINKS) {
      Optional<Indicator> from = losi2022Pe.indicator(l.code2022())
          .or(() -> losi2022Pe.indicatorsOf("PE").stream().filter(i -> i.title().equalsIgnoreCase(l.title2022())).findFirst());
      if (from.isEmpty()) {
        problems.add(Problem.builder().indicator(l.code2022()).field("from").value(l.title2022())
            .message("is not in " + losi2022Pe.id() + " (looked for code " + l.code2022() + " and for the title in criterion PE)").build());
      }
      Optional<Indicator> to = target(losi2024, l.code2024());
      if (to.isEmpty()) {
        problems.add(Problem.builder().indicator(l.code2024()).field("to").value(l.code2024())
            .message("is not in " + losi2024.id() + (l.code2024().equals("#236") ? " (looked for #236 and #235 in criterion PE)" : "")
                + "; it is the 2024 counterpart of \"" + l.title2022() + "\"").build());
      }
      if (from.isPresent() && to.isPresent()) {
        Indicator f = from.get();
        Indicator t = to.get();
        Relation r = !f.criterion().equals(t.criterion()) ? Relation.MOVED
            : f.title().strip().equalsIgnoreCase(t.title().strip()) ? Relation.SAME : Relation.RENAMED;
        m.addLink(Link.of(f.code(), t.code(), r, LINK_NOTE));
      }
    }
    problems.throwIfAny();
    if (losi2024.hasIndicator(AI_CHATBOT_2024)) {
      m.addLink(Link.builder().to(AI_CHATBOT_2024).relation(Relation.ADDED)
          .note("AI chatbot, new in LOSI 2024 (research notes section 2.4)").build());
    }
    return m.build();
  }

  private static Optional<Indicator> target(Instrument losi2024, String code) {
    if (!code.equals("#236")) {
      return losi2024.indicator(code);
    }
    for (String c : List.of("#236", "#235")) {
      Optional<Indicator> i = losi2024.indicator(c).filter(x -> x.criterion().equals("PE"));
      if (i.isPresent()) {
        return i;
      }
    }
    return losi2024.indicator("#236");
  }
}
