package dev.losi.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one-page policy summary: key figures, the level distribution and three to five policy messages,
 * each with its rule and numbers (one of them from the improvement plans, when given). Laid out to print on exactly one A4 page for a pilot of up to about 40
 * cities (the messages list at most {@link PolicyMessages#LIST} names each).
 */
final class SummaryPage {

  private SummaryPage() {}

  static Report render(StudyResults study, Optional<PlanOverview> plans, Labels l, ReportOptions o) {
    Map<String, String> data = new LinkedHashMap<>();
    Page page = new Page(l, l.get("summary.title"), "summary");
    page.raw("<header><h1>" + Html.escape(l.get("summary.title")) + "</h1>\n<p class=\"sub\">"
        + Html.escape(l.format("study.subtitle", study.instrument.id(), study.cities.size(), StudyPage.countries(study)))
        + "</p></header>\n");
    StudyPage.keyFigures(page, study, l);
    page.section("levels", l.get("section.levels"));
    page.figure("chart-levels", StudyPage.levelChart(study, l, data, "summary"), l.get("caption.levels"));
    page.endSection();
    page.section("messages", l.get("section.messages"));
    List<PolicyMessages.Message> messages = PolicyMessages.compute(study, plans, l);
    for (PolicyMessages.Message m : messages) {
      page.raw("<div class=\"msg\" id=\"msg-" + m.id() + "\"><p><b>" + Html.escape(m.headline()) + "</b></p><p>"
          + Html.escape(m.numbers()) + "</p><p class=\"rule\">" + Html.escape(l.get("msg.ruleLabel")) + " "
          + Html.escape(m.rule()) + "</p></div>\n");
    }
    page.endSection();
    page.p(l.format("summary.footer", o.toolVersion(), study.instrument.id(), Methods.view(l, o)));
    return new Report("summary", page.end(), data);
  }
}
