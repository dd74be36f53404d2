package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.plan.Planner;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import dev.losi.stats.uncertainty.RankUncertainty;
import dev.losi.stats.uncertainty.Source;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the reports of a 30-city pilot on LOSI 2024 ({@link Fixtures#thirtyCities}) in headless
 * Chromium and checks what a reader gets: the summary prints on exactly one A4 page (English, French
 * and Spanish), the scorecard (with its improvement plan and rank interval) and the study report (with
 * the level transitions of two editions) show every chart with nothing wider than an A4 page or a phone,
 * in English and Spanish, and the Arabic city name is drawn with real glyphs. Skipped without chromium, failed under CI.
 */
class BrowserTest {

  @TempDir static Path tmp;
  static Chromium chromium;
  static Reports reports;
  static String cairoId;

  @BeforeAll
  static void setUp() throws IOException {
    chromium = Chromium.require(tmp);
    Instrument ins = Fixtures.losi2024();
    List<Assessment> cities = Fixtures.thirtyCities(ins);
    List<Assessment> all = new ArrayList<>(cities);
    all.addAll(Fixtures.secondAssessor(cities.subList(0, 12)));
    Instrument pe = BundledMappings.losi2022ParticipationAndEngagement();
    reports = Reports.of(Scorer.of(ins), cities).withOptions(ReportOptions.defaults().withToolVersion("losi test"))
        .withPlans(Planner.of(Scorer.of(ins)).withEfforts(dev.losi.core.plan.EffortTable.of(ins.indicators().stream()
            .limit(40).map(i -> new dev.losi.core.plan.EffortTable.Entry(i.code(), dev.losi.core.plan.Effort.EASY,
                java.util.Optional.empty())).toList())).planAll(cities)) // quick fixes that move cities: the longest plan message
        .withRankIntervals(RankUncertainty.defaults().withSources(EnumSet.of(Source.DISAGREEMENT)).withDraws(200)
            .withSeed(1).withSensitivity(false).analyse(ins, all, List.of()))
        .withEditions(LongitudinalComparison.compare(BundledMappings.losi2022To2024ParticipationAndEngagement(pe, ins),
            Fixtures.earlierEdition(pe, cities), cities, MissingAnswerPolicy.REJECT));
    cairoId = cities.stream().filter(a -> a.city().name().equals(Fixtures.CAIRO)).findFirst().orElseThrow().city().id();
  }

  @Test
  void summaryPrintsOnExactlyOneA4PageInEveryLanguage() throws Exception {
    for (String lang : ReportOptions.LANGUAGES) {
      String summary = reports.withOptions(ReportOptions.defaults().withLanguage(lang)).summary().html();
      assertTrue(summary.contains("id=\"msg-plan-quick-fixes\""), "the plans' message is on the page");
      Path html = write("summary-" + lang + ".html", summary);
      Path pdf = tmp.resolve("summary-" + lang + ".pdf");
      chromium.printToPdf(html, pdf);
      String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
      assertEquals(1, pages(text), lang);
      // A4 is 210 x 297 mm = 595.28 x 841.89 points
      Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)").matcher(text);
      assertTrue(box.find(), "a MediaBox");
      assertEquals(595.28, Double.parseDouble(box.group(1)), 1.0);
      assertEquals(841.89, Double.parseDouble(box.group(2)), 1.0);
    }
  }

  @Test
  void theStudyReportRunsOverSeveralPages() throws Exception {
    // the page counter can fail: the long study report of 30 cities and 95 indicators is not one page
    Path pdf = tmp.resolve("study.pdf");
    chromium.printToPdf(write("study.html", reports.study().html()), pdf);
    assertTrue(pages(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)) > 2);
  }

  @Test
  void scorecardAndStudyShowEveryChartAndNothingOverflowsAnA4PageOrAPhone() throws Exception {
    Reports es = reports.withOptions(ReportOptions.defaults().withLanguage("es"));
    // the scorecard: criteria, channels, rank interval, plan; the study: levels, heat map, uptake, 2 transitions
    for (Report r : List.of(reports.scorecard(cairoId), reports.study(), es.scorecard(cairoId), es.study())) {
      int charts = r.html().split("<svg class=\"chart\"").length - 1;
      assertTrue(charts >= (r.name().equals("study") ? 5 : 4), r.name() + ": " + charts + " charts");
      for (int width : new int[] {794, 390}) { // A4 at 96 px per inch; a phone
        String dom = chromium.dumpDom(write(r.name() + "-measure.html", measuring(r.html())), width);
        Matcher m = Pattern.compile("<pre id=\"measure\">([^<]*)</pre>").matcher(dom);
        assertTrue(m.find(), "the measuring script ran: " + r.name());
        String got = m.group(1);
        assertEquals("charts=" + charts + " shown=" + charts + " overflowing=0 page=fits", got, r.name() + " at " + width + " px");
      }
    }
  }

  @Test
  void theArabicCityNameIsDrawnWithGlyphs() throws Exception {
    String html = reports.scorecard(cairoId).html();
    String onlyName = html.replace("</style>", "body *{visibility:hidden}h1 bdi{visibility:visible}</style>");
    Path arabic = tmp.resolve("arabic.png");
    chromium.screenshot(write("arabic.html", onlyName), arabic, 800, 120);
    // the same name length in private-use code points, which no font draws: boxes ("tofu") at best
    String tofu = onlyName.replace("<bdi>" + Fixtures.CAIRO + "</bdi>", "<bdi>" + "\uE000".repeat(Fixtures.CAIRO.length()) + "</bdi>");
    Path boxes = tmp.resolve("tofu.png");
    chromium.screenshot(write("tofu.html", tofu), boxes, 800, 120);
    BufferedImage a = ImageIO.read(arabic.toFile());
    BufferedImage b = ImageIO.read(boxes.toFile());
    int inked = dark(a);
    assertTrue(inked > 50, "the name is drawn: " + inked + " dark pixels");
    assertNotEquals(signature(a), signature(b), "the Arabic name is not drawn as missing-glyph boxes");
  }

  /** The number of page objects in a PDF: "/Type /Page" not followed by "s". */
  static int pages(String pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(pdf);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * A test-only copy of a report with a script that measures the layout and writes the result into the
   * DOM: how many charts there are and are shown (at least 50 x 20 px), how many elements end right of the
   * window outside a scrolling table container, and whether the page is no wider than the window. The
   * report's Content-Security-Policy (which forbids scripts) is removed in the copy only.
   */
  static String measuring(String html) {
    String script = "<script>(function(){var w=window.innerWidth;var cs=document.querySelectorAll('svg.chart');"
        + "var shown=0;cs.forEach(function(c){var r=c.getBoundingClientRect();if(r.width>=50&&r.height>=20)shown++;});"
        + "var over=0;document.querySelectorAll('body *').forEach(function(e){if(e.closest('.scroll'))return;"
        + "var r=e.getBoundingClientRect();if(r.width>0&&r.right>w+1)over++;});"
        + "var fits=document.documentElement.scrollWidth<=w?'fits':'wider';"
        + "var p=document.createElement('pre');p.id='measure';p.textContent='charts='+cs.length+' shown='+shown+"
        + "' overflowing='+over+' page='+fits;document.body.appendChild(p);})();</script>";
    return html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "").replace("</body>", script + "</body>");
  }

  private static Path write(String name, String html) throws IOException {
    return Files.writeString(tmp.resolve(name), html, StandardCharsets.UTF_8);
  }

  private static int dark(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 128) {
          n++;
        }
      }
    }
    return n;
  }

  private static String signature(BufferedImage img) {
    StringBuilder sb = new StringBuilder();
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        sb.append((img.getRGB(x, y) & 0x808080) == 0x808080 ? '.' : '#');
      }
    }
    return sb.toString();
  }
}
