package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every number of the reports of the three-city fixture ({@link Fixtures#threeCities}), against a hand
 * computation written out here.
 *
 * <pre>
 * sub-indices      IF        SP                   TEC     LOSI
 * ALPHA            2/2 = 1   3/3 = 1              1/1     6/6 = 1
 * CAIRO            1/2       1/3 (S2; S1 downgr.) 1/1     3/6 = 0.5
 * HOSTILE          0/2 = 0   1/3 (S2)             0/1     1/6
 * median           0.5       1/3                  1
 * best             1         1                    1
 * uptake (met):    S2 3, I1 2, T1 2, I2 1, S1 1, S3 1   (S1 is not met by CAIRO: downgraded)
 * ranks:           ALPHA 1, CAIRO 2, HOSTILE 3; in EGY: CAIRO 1 of 2, HOSTILE 2 of 2
 * next level:      CAIRO 3/6 high -> very high needs 4.5 -> 5 points: 2 more; HOSTILE 1/6 -> 1.5 -> 1 more
 * weakest:         SP (median 1/3); lowest sub-index of ALPHA (all tied at 1) and CAIRO (1/3), not HOSTILE (0)
 * </pre>
 */
class HandComputedReportTest {

  private final Reports reports = Reports.of(Fixtures.sixScorer(), Fixtures.threeCities())
      .withOptions(ReportOptions.defaults().withToolVersion("losi test"));

  @Test
  void criterionChartDataIsTheHandComputedSubIndicesMedianAndBest() {
    Report cairo = reports.scorecard("EGY-01");
    assertEquals("criterion,name,city,study_median,study_best\n"
        + "IF,Institutional Framework,0.5,0.5,1\n"
        + "SP,Services Provision," + (1.0 / 3) + "," + (1.0 / 3) + ",1\n"
        + "TEC,Technology,1,1,1\n", cairo.chartData().get("scorecard-EGY-01-criteria.csv"));
    // channel scopes: CI = I1, I2, S2, T1 -> I1, S2, T1 = 3/4; MGP = S1, S3 -> 0/2
    assertEquals("channel_scope,city\nCHANNEL_INDEPENDENT,0.75\nMGP_SPECIFIC,0\n",
        cairo.chartData().get("scorecard-EGY-01-channels.csv"));
  }

  @Test
  void scorecardShowsRanksLevelAndTheDowngradeAdvice() {
    String html = reports.scorecard("EGY-01").html();
    assertTrue(html.contains("<b>0.5000</b>LOSI"), html);
    assertTrue(html.contains("<b>high</b>Level"));
    assertTrue(html.contains("<b>HV</b>Rating class"), "one city in the level: its own quartiles, top class");
    assertTrue(html.contains("<b>2 of 3</b>Rank"));
    assertTrue(html.contains("<b>1 of 2</b>Rank in EGY"));
    assertTrue(html.contains("3 points of 6."));
    assertTrue(html.contains("<b>S1</b> Pay local taxes: found only on the national portal: link it from the municipal portal"));
    assertTrue(html.contains("<h3>SP Services Provision: 1 of 3 met</h3>"));
    assertTrue(html.contains("<bdi>" + Fixtures.CAIRO + "</bdi>"), "the Arabic name is isolated");
    assertFalse(html.contains("id=\"agreement\""), "one assessor: no agreement section");
  }

  @Test
  void studyReportRanksLevelsAndUptake() {
    Report study = reports.study();
    assertEquals("level,cities,share\nVERY_HIGH,1,0.3333333333333333\nHIGH,1,0.3333333333333333\nMIDDLE,0,0\n"
        + "LOW,1,0.3333333333333333\n", study.chartData().get("study-levels.csv"));
    assertEquals("indicator,title,criterion,cities_meeting,cities,share\n"
        + "S2,Apply for a permit,SP,3,3,1\n"
        + "I1,Portal exists,IF,2,3,0.6666666666666666\n"
        + "T1,Works on a phone,TEC,2,3,0.6666666666666666\n"
        + "I2,Privacy statement,IF,1,3,0.3333333333333333\n"
        + "S1,Pay local taxes,SP,1,3,0.3333333333333333\n"
        + "S3,Book an appointment,SP,1,3,0.3333333333333333\n", study.chartData().get("study-uptake.csv"));
    String heat = study.chartData().get("study-heatmap.csv");
    assertEquals("city_id,city,IF,SP,TEC\nAAA-01,Alpha,1,1,1\nEGY-01," + Fixtures.CAIRO + ",0.5," + (1.0 / 3) + ",1\n"
        + "EGY-02,\"<script>alert(1)</script> & \"\"Ville\"\" 'x'\",0," + (1.0 / 3) + ",0\n", heat);
    String html = study.html();
    assertTrue(html.contains("<b>0.5000</b>Median LOSI"));
    assertTrue(html.contains("<b>2 (67%)</b>At high or very high level"));
    assertTrue(html.contains("LOSI = points / 6 (the instrument&#39;s weights sum to 6)"));
    assertTrue(html.contains("One assessment per city in the input"));
  }

  @Test
  void summaryMessagesShowTheHandComputedNumbers() {
    String html = reports.summary().html();
    assertTrue(html.contains("Weakest criterion: SP Services Provision"), html);
    assertTrue(html.contains("Median sub-index 0.33; it is the lowest sub-index of 2 of the 3 cities."));
    assertTrue(html.contains("2 of 2 cities below the very high level are within 3 points of the next level"));
    assertTrue(html.contains("\u2068" + Fixtures.CAIRO + "\u2069 (2), \u2068&lt;script&gt;"), html);
    assertTrue(html.contains("S1 Pay local taxes: met by 1 of 3; S3 Book an appointment: met by 1 of 3; S2 Apply for a permit: met by 3 of 3"));
    assertTrue(html.contains("1 of 3 cities have services found only on the national portal"));
    assertEquals(4, html.split("class=\"msg\"").length - 1, "four messages, each backed by the data");
  }

  @Test
  void pointsToTheNextLevelAreExact() {
    // 3/6 -> 5/6 (4/6 = 0.667 is still high); 1/6 -> 2/6 = 0.333 middle; 71/95 -> 72/95 = 0.758
    assertEquals(2, StudyResults.pointsToNextLevel(new dev.losi.core.scoring.Score(3, 6)).getAsInt());
    assertEquals(1, StudyResults.pointsToNextLevel(new dev.losi.core.scoring.Score(1, 6)).getAsInt());
    assertEquals(1, StudyResults.pointsToNextLevel(new dev.losi.core.scoring.Score(71, 95)).getAsInt());
    assertEquals(2, StudyResults.pointsToNextLevel(new dev.losi.core.scoring.Score(70, 95)).getAsInt(), "72/95 >= 0.75 > 71/95");
    assertTrue(StudyResults.pointsToNextLevel(new dev.losi.core.scoring.Score(72, 95)).isEmpty(), "already very high");
  }

  @Test
  void everyTextIsEscapedAndNothingLoadsFromTheNetwork() {
    List<Report> all = new ArrayList<>(reports.scorecards());
    all.add(reports.study());
    all.add(reports.summary());
    all.add(Reports.of(Fixtures.sixScorer(), Fixtures.threeCities())
        .withOptions(ReportOptions.defaults().withLanguage("fr")).study());
    for (Report r : all) {
      String h = r.html();
      assertFalse(h.contains("<script"), r.name());
      for (String tag : List.of("section", "figure", "table", "svg", "ul", "div", "main")) {
        assertEquals(h.split("<" + tag + "[ >]").length, h.split("</" + tag + ">").length, r.name() + ": balanced " + tag);
      }
      if (!r.name().equals("scorecard-AAA-01") && !r.name().equals("scorecard-EGY-01")) {
        assertTrue(h.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ville&quot; &#39;x&#39;"), r.name());
      }
      assertFalse(h.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").matches("(?s).*(https?:|src=|href=|url\\(|@import).*"),
          r.name());
    }
  }

  @Test
  void frenchAndSpanishLabelsAndDecimalCommas() {
    String[][] cases = {
        {"fr", "<b>élevé</b>Niveau", "<b>2 sur 3</b>Rang",
            "trouvé seulement sur le portail national : reliez-le depuis le portail municipal", "Critère le plus faible : SP"},
        {"es", "<b>alto</b>Nivel", "<b>2 de 3</b>Puesto",
            "encontrado solo en el portal nacional: enlácelo desde el portal municipal", "Criterio más débil: SP"}};
    for (String[] c : cases) {
      Reports tr = reports.withOptions(ReportOptions.defaults().withLanguage(c[0]));
      String html = tr.scorecard("EGY-01").html();
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"" + c[0] + "\""));
      assertTrue(html.contains("<b>0,5000</b>LOSI"), html);
      for (int i = 1; i <= 3; i++) {
        assertTrue(html.contains(c[i]), c[0] + ": " + c[i]);
      }
      assertTrue(tr.summary().html().contains(c[4]), c[0]);
    }
  }

  @Test
  void severalAssessorsWithoutConsensusAreRefusedNamingEachCity() {
    List<Assessment> two = new ArrayList<>(Fixtures.threeCities());
    Assessment a = two.get(0);
    two.add(Assessment.builder().from(a).assessorId("B").build());
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Reports.of(Fixtures.sixScorer(), two));
    assertEquals(1, e.problems().size());
    String msg = e.problems().get(0).toString();
    assertTrue(msg.contains("AAA-01") && msg.contains("assessors A, B") && msg.contains("losi reconcile")
        && msg.contains("--assessor"), msg);
    assertEquals(3, Reports.oneViewPerCity(two, Optional.of("A")).size());
    LosiValidationException none = assertThrows(LosiValidationException.class,
        () -> Reports.oneViewPerCity(two, Optional.of("B")));
    assertEquals(2, none.problems().size(), "EGY-01 and EGY-02 have no assessment by B");
  }

  @Test
  void outputIsByteIdenticalAcrossRunsAndLocales() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      Report de = Reports.of(Fixtures.sixScorer(), Fixtures.threeCities()).study();
      java.util.Locale.setDefault(java.util.Locale.US);
      Report us = Reports.of(Fixtures.sixScorer(), Fixtures.threeCities()).study();
      assertEquals(us, de);
    } finally {
      java.util.Locale.setDefault(before);
    }
    Map<String, String> data = reports.study().chartData();
    assertEquals(List.of("study-heatmap.csv", "study-levels.csv", "study-uptake.csv"), List.copyOf(data.keySet()));
  }

  /**
   * Issue 12: the reason the OSI-LOSI chart is not drawn is in the report's language. The three cities have
   * 2 distinct OSI values (AAA 0.9, EGY 0.5) in 2 countries, below StudyDesign's 5; with every city given
   * the one country EGY, all 3 cities are in one country.
   */
  @Test
  void theOsiChartsRefusalIsTranslated() {
    List<dev.losi.stats.study.CountryOsiRow> two = List.of(dev.losi.stats.study.CountryOsiRow.of("AAA", 0.9),
        dev.losi.stats.study.CountryOsiRow.of("EGY", 0.5));
    String fr = reports.withOsi(two).withOptions(ReportOptions.defaults().withLanguage("fr")).study().html();
    assertTrue(fr.contains("Le graphique OSI-LOSI n&#39;est pas tracé : seulement 2 valeurs distinctes de l&#39;OSI"
        + " (2 pays) pour 3 villes"), fr);
    assertFalse(fr.contains("distinct OSI values"), "no English reason in the French report");
    String es = reports.withOsi(two).withOptions(ReportOptions.defaults().withLanguage("es")).study().html();
    assertTrue(es.contains("El gráfico OSI-LOSI no se dibuja: solo 2 valores distintos del OSI (2 países) para 3"
        + " ciudades"), es);
    List<dev.losi.core.Assessment> egypt = Fixtures.threeCities().stream().map(a -> dev.losi.core.Assessment.builder()
        .from(a).city(dev.losi.core.City.builder().from(a.city()).country("EGY").build()).build()).toList();
    String one = Reports.of(Fixtures.sixScorer(), egypt).withOsi(List.of(two.get(1))).study().html();
    assertTrue(one.contains("The OSI-LOSI chart is not drawn: all 3 cities are in one country (EGY)"), one);
  }

  /**
   * OSI-LOSI by hand: x = OSI (AAA 0.9, EGY 0.5, EGY 0.5), y = LOSI (1, 1/2, 1/6). Means 19/30 and 5/9;
   * Sxx = 8/75, Sxy = 8/45, slope = Sxy / Sxx = 5/3, intercept = 5/9 - 5/3 * 19/30 = -1/2. The line
   * crosses LOSI 0 at OSI 0.3 and LOSI 1 at OSI 0.9, where the chart clips it.
   */
  @Test
  void osiChartObeysTheStudyDesignAndRefusesTwoCountries() {
    // 3 cities in 2 countries: 2 distinct OSI values, below StudyDesign's 5; the old city-level line
    // (LOSI = -0.500 + 1.667 x OSI through 3 cities) was the spurious fit the design forbids
    Report study = reports.withOsi(List.of(dev.losi.stats.study.CountryOsiRow.of("AAA", 0.9),
        dev.losi.stats.study.CountryOsiRow.of("EGY", 0.5))).study();
    assertTrue(study.html().contains("The OSI-LOSI chart is not drawn: only 2 distinct OSI values"), study.html());
    assertFalse(study.html().contains("id=\"chart-osi\""));
    assertFalse(study.chartData().containsKey("study-osi.csv"));
    double[] seg = Charts.clip(-0.5, 5.0 / 3);
    assertEquals(0.3, seg[0], 1e-12);
    assertEquals(0.9, seg[1], 1e-12);
    assertEquals(0, Charts.clip(2, 1).length, "a line above the square is not drawn");
  }

  /**
   * Six cities in five countries, CCC with two: the country unit. Points (OSI, mean LOSI): (0.1, 1/6),
   * (0.3, 2/6), (0.5, (3/6 + 5/6) / 2 = 4/6), (0.7, 4/6), (0.9, 1). Mean x 0.5, mean y 17/30; Sxx = 0.4;
   * Sxy = 0.4 x 0.4 + 0.2 x 7/30 + 0.2 x 3/30 + 0.4 x 13/30 = 0.4, so slope 1 and intercept 17/30 - 0.5 =
   * 1/15 = 0.067; Syy = 380/900, R^2 = 0.16 / (0.4 x 380/900) = 18/19 = 0.947.
   */
  @Test
  void osiChartAtTheCountryUnitDrawsTheHandComputedLineOverCountries() {
    String[][] cities = {{"A1", "AAA", "000100"}, {"B1", "BBB", "100100"}, {"C1", "CCC", "110100"}, {"C2", "CCC", "111110"},
        {"D1", "DDD", "111100"}, {"E1", "EEE", "111111"}};
    List<Assessment> as = new ArrayList<>();
    for (String[] c : cities) {
      as.add(Fixtures.assessment(dev.losi.core.City.of(c[0], "City " + c[0], c[1]), "A", c[2], null));
    }
    List<dev.losi.stats.study.CountryOsiRow> osi = new ArrayList<>();
    String[] iso = {"AAA", "BBB", "CCC", "DDD", "EEE"};
    for (int i = 0; i < iso.length; i++) {
      osi.add(dev.losi.stats.study.CountryOsiRow.of(iso[i], 0.1 + 0.2 * i));
    }
    Report study = Reports.of(Fixtures.sixScorer(), as).withOsi(osi).study();
    String html = study.html();
    assertTrue(html.contains("each country is one point, the mean LOSI of its cities against its OSI (5 countries; grey:"
        + " the 6 cities). Least-squares line: LOSI = 0.067 + 1.000 × OSI, R² = 0.947."), html);
    String csv = study.chartData().get("study-osi.csv");
    assertTrue(csv.startsWith("unit,name,country,osi,losi,fitted,residual,labelled\n"), csv);
    assertTrue(csv.contains("\ncountry,CCC,CCC,0.5,0.666666666666666"), csv);
    assertTrue(csv.contains("\ncity,City C2,CCC,0.5,0.833333333333333"), csv);
  }

}
