package dev.losi.report;

import dev.losi.core.LosiValidationException;
import dev.losi.core.level.Level;
import dev.losi.stats.study.MatchedCity;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.study.RankedCity;
import dev.losi.stats.study.RegressionLine;
import dev.losi.stats.study.StudyDesign;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The study report's OSI-LOSI chart under the study's design ({@link StudyDesign#defaults()}, as
 * {@code losi correlate} uses it). OSI is national, so:
 * <ul>
 *   <li>when the design refuses (all cities in one country, or fewer than
 *       {@value StudyDesign#MINIMUM_DISTINCT_OSI} distinct OSI values) no line is drawn and the section
 *       says why;</li>
 *   <li>at the country unit (some country has several cities) each country is one point, its cities'
 *       mean LOSI against its OSI, labelled with its code; the least-squares line is fitted over the
 *       countries; the cities are drawn in grey behind them;</li>
 *   <li>at the city unit (one city per country) each city is a point, the line is the study's and the
 *       leaders and laggards (largest residuals) are labelled.</li>
 * </ul>
 */
final class OsiSection {

  private OsiSection() {}

  private static final String CITY_GREY = "#BBBBBB";

  /**
   * Why the study's design refuses these cities, in the report's language, or null: the two rules of
   * {@link StudyDesign#analyse} (all cities in one country; fewer than
   * {@value StudyDesign#MINIMUM_DISTINCT_OSI} distinct OSI values), worded from the bundle.
   */
  static String refusal(List<MatchedCity> matched, Labels l) {
    Set<String> countries = new TreeSet<>();
    Set<Double> osi = new HashSet<>();
    matched.forEach(m -> {
      countries.add(m.iso3());
      osi.add(m.osi());
    });
    if (countries.size() == 1) {
      return l.format("osi.oneCountry", matched.size(), countries.iterator().next());
    }
    if (osi.size() < StudyDesign.MINIMUM_DISTINCT_OSI) {
      return l.format("osi.fewOsi", osi.size(), countries.size(), matched.size(), StudyDesign.MINIMUM_DISTINCT_OSI);
    }
    return null;
  }

  static void render(Page page, OsiLosiStudyResult r, Labels l, Map<String, String> data) {
    page.section("osi", l.get("section.osi"));
    if (r.matched().size() < 3) {
      page.p(l.format("osi.notEnough", r.matched().size())).endSection();
      return;
    }
    String refusal = refusal(r.matched(), l);
    if (refusal != null) {
      page.p(l.format("osi.refused", refusal)).endSection();
      return;
    }
    StudyDesign.Result design;
    try {
      design = StudyDesign.defaults().analyse(r.matched());
    } catch (LosiValidationException e) {
      page.p(l.format("osi.refused", e.problems().get(0).message())).endSection();
      return;
    }
    ChartTable t = new ChartTable("osi", "unit", "name", "country", "osi", "losi", "fitted", "residual", "labelled");
    List<Charts.Point> pts = new ArrayList<>();
    RegressionLine line;
    String caption;
    if (design.unit() == StudyDesign.Unit.COUNTRY) {
      Map<String, List<MatchedCity>> byCountry = new TreeMap<>();
      r.matched().forEach(m -> byCountry.computeIfAbsent(m.iso3(), k -> new ArrayList<>()).add(m));
      double[] x = new double[byCountry.size()];
      double[] y = new double[byCountry.size()];
      int k = 0;
      for (List<MatchedCity> cs : byCountry.values()) {
        x[k] = cs.get(0).osi();
        y[k++] = cs.stream().mapToDouble(MatchedCity::losi).average().orElseThrow();
      }
      line = RegressionLine.fit(x, y);
      for (MatchedCity m : r.matched()) {
        pts.add(new Charts.Point(m.osi(), m.losi(), CITY_GREY, ""));
        t.row("city", m.city(), m.iso3(), m.osi(), m.losi(), Double.NaN, Double.NaN, "no");
      }
      k = 0;
      for (String iso3 : byCountry.keySet()) {
        double fit = line.fitted(x[k]).orElse(Double.NaN);
        pts.add(new Charts.Point(x[k], y[k], Palette.level(Level.of(y[k])), iso3));
        t.row("country", iso3, iso3, x[k], y[k], fit, y[k] - fit, "yes");
        k++;
      }
      caption = l.format("osi.captionCountry", design.n(), design.cities());
    } else {
      line = r.line();
      Set<String> labelled = new HashSet<>();
      r.leaders().stream().map(RankedCity::city).forEach(c -> labelled.add(c.city() + "\u0000" + c.iso3()));
      r.laggards().stream().map(RankedCity::city).forEach(c -> labelled.add(c.city() + "\u0000" + c.iso3()));
      for (MatchedCity m : r.matched()) {
        boolean lab = labelled.contains(m.city() + "\u0000" + m.iso3());
        pts.add(new Charts.Point(m.osi(), m.losi(), Palette.level(m.losiLevel()), lab ? m.city() : ""));
        t.row("city", m.city(), m.iso3(), m.osi(), m.losi(), m.fitted().orElse(Double.NaN),
            m.residual().orElse(Double.NaN), lab ? "yes" : "no");
      }
      caption = l.format("osi.captionCity", design.n());
    }
    if (!line.isDefined()) {
      page.p(l.format("osi.notEnough", r.matched().size())).endSection();
      return;
    }
    data.put("study-osi.csv", t.csv());
    double a = line.intercept().value();
    double b = line.slope().value();
    page.figure("chart-osi", Charts.scatter(l.get("section.osi"), pts, true, a, b, Methods.tickLabels(l), l.get("osi.x"),
        l.get("osi.y")), caption + " " + l.format("osi.line", l.number(a, 3), l.number(b, 3),
        l.number(line.rSquared().value(), 3)));
    page.endSection();
  }
}
