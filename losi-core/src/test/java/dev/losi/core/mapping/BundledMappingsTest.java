package dev.losi.core.mapping;

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
import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled partial LOSI 2022 to 2024 PE mapping, checked against the reference data of losi-test-fixtures:
 * {@code losi_2022_participation_indicator_uptake.csv} (2022 Survey Fig. 3.10) for the 2022 titles and
 * shares, and the {@code likely_losi2022_pe_counterpart} column of {@code losi_2024_indicators_toolkit.csv}
 * for the 2024 counterparts (an independent record of the same name matching).
 */
class BundledMappingsTest {

  static List<Map<String, String>> readCsv(String file) throws IOException {
    Path p = ReferenceData.path(file);
    List<String> lines = Files.readAllLines(p);
    List<String> header = parseLine(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = parseLine(line);
      assertEquals(header.size(), f.size(), file + ": " + line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), f.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** RFC 4180 fields of one line (no line breaks inside quotes in these files). */
  private static List<String> parseLine(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /**
   * A LOSI 2024 instrument built from the toolkit CSV: criterion from {@code likely_losi2024_criterion}
   * (first token), optionally with the three 2022 PE items of the toolkit's E-Government Literacy module
   * in a criterion {@code EGL}; the duplicate #236 is resolved by renumbering one of the two to #235.
   */
  static Instrument losi2024(boolean renumberThePeOne, boolean eglCriterion) throws IOException {
    List<Indicator> is = new ArrayList<>();
    boolean seen236 = false;
    for (Map<String, String> r : readCsv("losi_2024_indicators_toolkit.csv")) {
      String code = r.get("code");
      String criterion = r.get("likely_losi2024_criterion").split(" ")[0].replace("?", "");
      if (code.equals("#236")) {
        boolean isPe = criterion.equals("PE");
        if (renumberThePeOne == isPe) {
          code = "#235";
        }
        seen236 = true;
      }
      if (eglCriterion && r.get("toolkit_module").equals("E-Government Literacy") && criterion.equals("PE")) {
        criterion = "EGL";
      }
      is.add(Indicator.builder().code(code).title(r.get("short_name")).criterion(criterion)
          .channelScope(ChannelScope.MGP_SPECIFIC).build());
    }
    assertTrue(seen236);
    Instrument.Builder b = Instrument.builder().id("LOSI-2024").editionYear(2024).title("test LOSI 2024 from the toolkit CSV")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION,
            Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY)
        .addIndicators(is.toArray(Indicator[]::new));
    if (eglCriterion) {
      b.addCriteria(Criterion.of("EGL", "E-Government Literacy"));
    }
    return b.build();
  }

  @Test
  void pe2022InstrumentMatchesTheSurveyFigure() throws IOException {
    Instrument pe = BundledMappings.losi2022ParticipationAndEngagement();
    List<Map<String, String>> rows = readCsv("losi_2022_participation_indicator_uptake.csv");
    assertEquals(17, rows.size());
    assertEquals(17, pe.size());
    assertEquals(BundledMappings.LOSI_2022_PE_ID, pe.id());
    for (int i = 0; i < 17; i++) {
      Indicator ind = pe.indicators().get(i);
      assertEquals(String.format("PE22-%02d", i + 1), ind.code());
      assertEquals(rows.get(i).get("indicator_2022"), ind.title());
      assertEquals("PE", ind.criterion());
      assertEquals(Double.parseDouble(rows.get(i).get("percent_of_146_cities_meeting")),
          BundledMappings.losi2022PeLinks().get(i).percentMeeting2022(), 0.0);
      assertTrue(ind.provenanceOf("channelScope").isPresent());
    }
  }

  @Test
  void mappingAgreesWithTheToolkitCounterparts() throws IOException {
    Map<String, String> counterpart = new LinkedHashMap<>();
    for (Map<String, String> r : readCsv("losi_2024_indicators_toolkit.csv")) {
      if (!r.get("likely_losi2022_pe_counterpart").isEmpty()) {
        counterpart.put(r.get("likely_losi2022_pe_counterpart"), r.get("code"));
      }
    }
    assertEquals(17, counterpart.size());
    for (boolean renumberPe : new boolean[] {false, true}) {
      Instrument pe = BundledMappings.losi2022ParticipationAndEngagement();
      EditionMapping m = BundledMappings.losi2022To2024ParticipationAndEngagement(pe, losi2024(renumberPe, false));
      for (Indicator i : pe.indicators()) {
        String expected = counterpart.get(i.title());
        if (expected.equals("#236") && renumberPe) {
          expected = "#235";
        }
        assertEquals(List.of(expected), m.targetsOf(i.code()), i.title());
      }
      assertTrue(m.isPartial());
      assertEquals(Set.of("PE"), m.coveredCriteria());
      assertTrue(m.coverageStatement().contains("covers only criteria [PE]"), m.coverageStatement());
      assertTrue(m.description().contains("participation and engagement criterion (PE) only"), m.description());
      assertEquals(List.of("#270b"), m.addedCodes());
      assertEquals(95 - 18, m.outOfScopeToCodes().size());
      // titles equal ignoring case: E-voting, Budget-related information, Participatory budgeting,
      // Open data metadata, Open data provision, Social networking features -> 6 same, 11 renamed
      assertEquals(6, m.countByRelation().get(Relation.SAME));
      assertEquals(11, m.countByRelation().get(Relation.RENAMED));
      assertEquals(0, m.countByRelation().get(Relation.MOVED));
      assertEquals(17, m.commonCore().size());
    }
  }

  @Test
  void counterpartsInAnotherCriterionAreMoved() throws IOException {
    EditionMapping m = BundledMappings.losi2022To2024ParticipationAndEngagement(
        BundledMappings.losi2022ParticipationAndEngagement(), losi2024(false, true));
    assertEquals(3, m.countByRelation().get(Relation.MOVED)); // #237, #270a, #273 in EGL
    assertEquals(Relation.MOVED, m.relationFrom("PE22-02").orElseThrow());
    assertEquals(17, m.commonCore().size());
  }

  @Test
  void userSuppliedInstrumentIsMatchedByTitle() throws IOException {
    Instrument full2022 = Instrument.builder().id("LOSI-2022").editionYear(2022).title("user LOSI 2022")
        .addCriteria(Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY)
        .addIndicators(BundledMappings.losi2022PeLinks().stream().map(l -> Indicator.builder()
            .code("Q" + l.code2022().substring(5)).title(l.title2022().toUpperCase()).criterion("PE")
            .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build()).toArray(Indicator[]::new))
        .addIndicators(Indicator.builder().code("T1").title("Mobile").criterion("TEC").channelScope(ChannelScope.MGP_SPECIFIC).build())
        .build();
    EditionMapping m = BundledMappings.losi2022To2024ParticipationAndEngagement(full2022, losi2024(false, false));
    assertEquals(List.of("#279"), m.targetsOf("Q01"));
    assertEquals(List.of("T1"), m.outOfScopeFromCodes());
  }

  @Test
  void missingCounterpartsAreAllReported() {
    Instrument small = Instrument.builder().id("LOSI-2024").editionYear(2024).title("too small")
        .addCriteria(Criterion.PARTICIPATION_AND_ENGAGEMENT)
        .addIndicators(Indicator.builder().code("#279").title("E-voting").criterion("PE").channelScope(ChannelScope.CHANNEL_INDEPENDENT).build())
        .build();
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> BundledMappings.losi2022To2024ParticipationAndEngagement(BundledMappings.losi2022ParticipationAndEngagement(), small));
    assertEquals(16, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("indicator \"#236\": to \"#236\" is not in LOSI-2024 (looked for #236 and #235 in criterion PE)"),
        e.getMessage());
  }

  @Test
  void translatesA2022PeAssessmentTo2024() throws IOException {
    Instrument pe = BundledMappings.losi2022ParticipationAndEngagement();
    EditionMapping m = BundledMappings.losi2022To2024ParticipationAndEngagement(pe, losi2024(false, false));
    List<Response> rs = new ArrayList<>();
    for (Indicator i : pe.indicators()) {
      rs.add(Response.of(i.code(), i.code().equals("PE22-01") ? Answer.PRESENT : Answer.ABSENT));
    }
    Assessment a = Assessment.builder().city(City.of("MZ-MPM", "Maputo", "MOZ")).instrumentId(pe.id()).assessorId("UN")
        .responses(rs).build();
    Translation t = AssessmentTranslator.translate(m, a, TranslationRules.conservative());
    assertEquals(17, t.translated().size());
    assertEquals(95 - 17, t.notTranslated().size());
    assertEquals(Answer.PRESENT, t.assessment().answer("#279"));
    assertEquals(Answer.ABSENT, t.assessment().answer("#219"));
    Set<String> reasons = new HashSet<>();
    t.notTranslated().forEach(n -> reasons.add(n.reason().replaceAll("criterion \\w+", "criterion _")));
    assertEquals(Set.of("added in LOSI-2024: no source in LOSI-2022-PE", "outside the mapping's coverage (criterion _)"), reasons);
    assertTrue(t.dropped().isEmpty());
  }
}
