package dev.losi.core.mapping;

import static dev.losi.core.Answer.ABSENT;
import static dev.losi.core.Answer.PRESENT;
import static dev.losi.core.level.Level.HIGH;
import static dev.losi.core.level.Level.LOW;
import static dev.losi.core.level.Level.MIDDLE;
import static dev.losi.core.level.Level.VERY_HIGH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Response;
import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongitudinalComparisonTest {

  private static Map<String, Answer> answers(String codes, String prefix) {
    // codes: one letter per indicator 1..7, P present, A absent
    Map<String, Answer> m = new LinkedHashMap<>();
    for (int i = 0; i < codes.length(); i++) {
      m.put(prefix + (i + 1), codes.charAt(i) == 'P' ? PRESENT : ABSENT);
    }
    return m;
  }

  /**
   * Hand computation. Core = (a1,b1), (a2,b2), (a3,b3).
   * C1: before PAPPPAP = 5/7 (high: 2*5 >= 7, 4*5 < 3*7); after PPAPPPP = 6/7 (very high: 4*6 >= 21);
   *     core before P,A,P = 2/3, after P,P,A = 2/3: change 0, gained a2, lost a3.
   * C2: before PAAAAAA = 1/7 (low); after PPPAAAA = 3/7 (middle: 4*3 >= 7, 2*3 < 7);
   *     core 1/3 -> 3/3: change +2, gained a2, a3.
   */
  @Test
  void handComputedChanges() {
    List<Assessment> before = List.of(Fixtures.assessment("T-A", "C1", answers("PAPPPAP", "a")),
        Fixtures.assessment("T-A", "C2", answers("PAAAAAA", "a")), Fixtures.assessment("T-A", "C3", answers("PPPPPPP", "a")));
    List<Assessment> after = List.of(Fixtures.assessment("T-B", "C1", answers("PPAPPPP", "b")),
        Fixtures.assessment("T-B", "C2", answers("PPPAAAA", "b")), Fixtures.assessment("T-B", "C4", answers("AAAAAAA", "b")));
    LongitudinalReport r = LongitudinalComparison.compare(Fixtures.aToB(), before, after, MissingAnswerPolicy.REJECT);
    CityChange c1 = r.city("C1").orElseThrow();
    assertEquals(new CoreScore(2, 3), c1.coreBefore());
    assertEquals(new CoreScore(2, 3), c1.coreAfter());
    assertEquals(0, c1.coreChangeInIndicators());
    assertEquals(0.0, c1.coreChange());
    assertEquals(List.of("a2"), c1.gained().stream().map(CommonCore.Pair::fromCode).toList());
    assertEquals(List.of("b3"), c1.lost().stream().map(CommonCore.Pair::toCode).toList());
    assertEquals(5.0 / 7, c1.officialBefore().losi(), 0.0);
    assertEquals(HIGH, c1.levelBefore());
    assertEquals(VERY_HIGH, c1.levelAfter());
    assertEquals("high -> very high", c1.levelTransition());
    CityChange c2 = r.city("C2").orElseThrow();
    assertEquals(2, c2.coreChangeInIndicators());
    assertEquals(2.0 / 3, c2.coreChange(), 1e-15);
    assertEquals(LOW, c2.levelBefore());
    assertEquals(MIDDLE, c2.levelAfter());
    assertEquals(List.of("C3"), r.onlyBefore().stream().map(c -> c.id()).toList());
    assertEquals(List.of("C4"), r.onlyAfter().stream().map(c -> c.id()).toList());
    LevelTransitionMatrix m = r.officialTransitions();
    assertEquals(1, m.count(HIGH, VERY_HIGH));
    assertEquals(1, m.count(LOW, MIDDLE));
    assertEquals(2, m.total());
    assertEquals(2, m.movedUp());
    assertEquals(0, m.movedDown());
    LevelTransitionMatrix core = r.coreTransitions();
    assertEquals(1, core.count(HIGH, HIGH));        // 2/3 -> 2/3
    assertEquals(1, core.count(MIDDLE, VERY_HIGH)); // 1/3 -> 3/3
    String text = r.toText();
    assertTrue(text.contains("NOT comparable across editions"), text);
    assertTrue(text.contains("T-A a4: split into [b4, b5]"), text);
    assertTrue(text.contains("city C3: assessed only in T-A"), text);
  }

  @Test
  void badInputIsReportedTogether() {
    Map<String, Answer> partial = new LinkedHashMap<>();
    partial.put("a1", PRESENT);
    partial.put("a2", ABSENT);
    List<Assessment> before = List.of(Fixtures.assessment("T-A", "C1", partial),
        Fixtures.assessment("T-A", "C2", answers("PAAAAAA", "a")), Fixtures.assessment("T-A", "C2", answers("PAAAAAA", "a")));
    List<Assessment> after = List.of(Fixtures.assessment("T-B", "C1", answers("PPAPPPP", "b")),
        Fixtures.assessment("T-X", "C2", answers("PPPAAAA", "b")));
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> LongitudinalComparison.compare(Fixtures.aToB(), before, after, MissingAnswerPolicy.REJECT));
    String all = e.getMessage();
    // the not-assessed indicators of C1 (a3..a7, reported by the Scorer), the duplicate C2 and the wrong instrument of C2
    assertEquals(3, e.problems().size(), all);
    assertTrue(all.contains("city \"C1\" assessor \"UN\": answers 5 of 7 indicators not assessed"), all);
    assertTrue(all.contains("a3, a4, a5, a6, a7"), all);
    assertTrue(all.contains("city \"C2\" assessor \"UN\": has more than one T-A assessment"), all);
    assertTrue(all.contains("city \"C2\" assessor \"UN\": instrument \"T-X\" does not match"), all);
    // counted as absent, C1's before score is 1/7 (a1 only)
    LongitudinalReport r = LongitudinalComparison.compare(Fixtures.aToB(), before.subList(0, 1), after.subList(0, 1),
        MissingAnswerPolicy.COUNT_AS_ABSENT);
    assertEquals(1.0, r.cities().get(0).officialBefore().standard().points());
    assertEquals(LOW, r.cities().get(0).levelBefore());
  }

  /**
   * An MGP-specific core indicator whose evidence names only social media is downgraded by the Scorer
   * and so is not present on the core either: C1 has b1 (MGP-specific) present via social media only.
   * Hand computation: core after = b2 only = 1/3 (b1 downgraded, b3 absent).
   */
  @Test
  void channelDowngradesApplyToTheCore() {
    Indicator b1 = Indicator.builder().code("b1").title("Portal").criterion("X").channelScope(ChannelScope.MGP_SPECIFIC).build();
    List<Indicator> bs = new ArrayList<>(Fixtures.B.indicators());
    bs.set(0, b1);
    Instrument bMgp = Fixtures.instrument("T-B", 2022, bs.toArray(Indicator[]::new));
    EditionMapping m = EditionMapping.builder().from(Fixtures.A).to(bMgp).same("a1", "b1").renamed("a2", "b2").moved("a3", "b3")
        .split("a4", "b4", "b5").merged("b6", "a5", "a6").removed("a7").build();
    List<Response> rs = new ArrayList<>();
    rs.add(Response.of("b1", PRESENT, Evidence.on(Channel.SOCIAL_MEDIA)));
    Fixtures.assessment("T-B", "C1", answers("APAAAAA", "b")).responses().stream().skip(1).forEach(rs::add);
    Assessment after = Assessment.builder().city(City.of("C1", "City C1", "BRA")).instrumentId("T-B").assessorId("UN")
        .responses(rs).build();
    LongitudinalReport r = LongitudinalComparison.compare(m, List.of(Fixtures.assessment("T-A", "C1", answers("PAAAAAA", "a"))),
        List.of(after), MissingAnswerPolicy.REJECT);
    CityChange c = r.cities().get(0);
    assertEquals(new CoreScore(1, 3), c.coreAfter());
    assertEquals(List.of("a1"), c.lost().stream().map(CommonCore.Pair::fromCode).toList());
    assertEquals(1.0, c.officialAfter().standard().points());
  }

  /**
   * Reproduces the marginals of the 2022 Survey's table of the 83 cities assessed in both 2020 and
   * 2022 (UN E-Government Survey 2022, Chapter 3, p. 90; losi-test-fixtures losi_level_distribution.csv):
   * 14/16/32/21 very high/high/middle/low in 2020 and 25/21/23/14 in 2022. The Survey does not
   * publish the joint table; this synthetic panel fills it by the north-west-corner rule, worked out
   * by hand below, and builds each city's answers so that its official level is the one assigned.
   */
  @Test
  void reproducesSurvey2022TransitionMarginals() throws IOException {
    Path csv = ReferenceData.path(ReferenceData.LOSI_LEVEL_DISTRIBUTION);
    Map<Level, Integer> m2020 = new EnumMap<>(Level.class);
    Map<Level, Integer> m2022 = new EnumMap<>(Level.class);
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",", -1);
      if (f[1].startsWith("83 cities")) {
        (f[0].equals("2020") ? m2020 : m2022).put(Level.parse(f[2]), Integer.parseInt(f[3]));
      }
    }
    assertEquals(Map.of(VERY_HIGH, 14, HIGH, 16, MIDDLE, 32, LOW, 21), m2020);
    assertEquals(Map.of(VERY_HIGH, 25, HIGH, 21, MIDDLE, 23, LOW, 14), m2022);
    // north-west corner by hand: VH row 14 -> VH 14 (11 VH left); H row 16 -> VH 11, H 5 (16 H left);
    // M row 32 -> H 16, M 16 (7 M left); L row 21 -> M 7, L 14.
    int[][] joint = {{14, 0, 0, 0}, {11, 5, 0, 0}, {0, 16, 16, 0}, {0, 0, 7, 14}};

    // Edition "2020": 20 indicators; "2022": the same 20 (SAME) plus 4 added, 24 in all.
    List<Indicator> i20 = new ArrayList<>();
    List<Indicator> i22 = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      i20.add(Fixtures.ind("P20-" + i, "Feature " + i, "X"));
      i22.add(Fixtures.ind("P22-" + i, "Feature " + i, "X"));
    }
    for (int i = 21; i <= 24; i++) {
      i22.add(Fixtures.ind("P22-" + i, "New feature " + i, "Y"));
    }
    Instrument e20 = Fixtures.instrument("SYN-2020", 2020, i20.toArray(Indicator[]::new));
    Instrument e22 = Fixtures.instrument("SYN-2022", 2022, i22.toArray(Indicator[]::new));
    EditionMapping.Builder mb = EditionMapping.builder().from(e20).to(e22);
    for (int i = 1; i <= 20; i++) {
      mb.same("P20-" + i, "P22-" + i);
    }
    EditionMapping mapping = mb.build();
    // present counts per level: of 20: 16 (0.80 VH), 12 (0.60 H), 6 (0.30 M), 2 (0.10 L);
    // of 24: 20 (0.833 VH), 14 (0.583 H), 8 (0.333 M), 3 (0.125 L)
    Map<Level, Integer> k20 = Map.of(VERY_HIGH, 16, HIGH, 12, MIDDLE, 6, LOW, 2);
    Map<Level, Integer> k22 = Map.of(VERY_HIGH, 20, HIGH, 14, MIDDLE, 8, LOW, 3);
    List<Assessment> before = new ArrayList<>();
    List<Assessment> after = new ArrayList<>();
    int city = 0;
    for (Level b : Level.values()) {
      for (Level a : Level.values()) {
        for (int n = 0; n < joint[b.ordinal()][a.ordinal()]; n++) {
          String id = String.format("SYN-%02d", ++city);
          before.add(firstPresent(e20, id, k20.get(b)));
          after.add(firstPresent(e22, id, k22.get(a)));
        }
      }
    }
    assertEquals(83, city);
    LongitudinalReport r = LongitudinalComparison.compare(mapping, before, after, MissingAnswerPolicy.REJECT);
    LevelTransitionMatrix matrix = r.officialTransitions();
    assertEquals(m2020, matrix.before());
    assertEquals(m2022, matrix.after());
    for (Level b : Level.values()) {
      for (Level a : Level.values()) {
        assertEquals(joint[b.ordinal()][a.ordinal()], matrix.count(b, a), b + " -> " + a);
      }
    }
    assertEquals(83, matrix.total());
    assertEquals(14 + 5 + 16 + 14, matrix.unchanged());
    assertEquals(11 + 16 + 7, matrix.movedUp());
    assertEquals(0, matrix.movedDown());
  }

  private static Assessment firstPresent(Instrument instrument, String city, int k) {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < instrument.size(); i++) {
      answers.add(i < k ? PRESENT : ABSENT);
    }
    return Fixtures.assessment(instrument, city, answers);
  }
}
