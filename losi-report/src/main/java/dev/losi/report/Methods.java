package dev.losi.report;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Shared pieces of the pages: number and name formatting, chart ticks, and the methods section. */
final class Methods {

  private Methods() {}

  /** Grid lines of a [0, 1] axis: the level boundaries. */
  static final double[] TICKS = {0, 0.25, 0.5, 0.75, 1};

  static String[] tickLabels(Labels l) {
    return new String[] {"0", l.number(0.25, 2), l.number(0.5, 2), l.number(0.75, 2), "1"};
  }

  /** Points: a whole number as such, else two decimals. */
  static String points(double p) {
    return p == Math.rint(p) ? Long.toString((long) p) : String.format(java.util.Locale.ROOT, "%.2f", p);
  }

  static String criterionName(Instrument ins, String code) {
    return ins.criterion(code).map(c -> c.name()).orElse(code);
  }

  static String view(Labels l, ReportOptions o) {
    return o.view().isEmpty() ? l.get("view.single") : o.view();
  }

  /** The methods section of the study report. */
  static void section(Page page, StudyResults study, MissingAnswerPolicy policy, List<CountryAdjustment> adjustments,
      Labels l, ReportOptions o) {
    Instrument ins = study.instrument;
    page.section("methods", l.get("section.methods"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Html.escape(l.get("methods.instrument")), Html.escape(ins.id() + " — " + ins.title())));
    rows.add(List.of(Html.escape(l.get("methods.edition")), Integer.toString(ins.editionYear())));
    rows.add(List.of(Html.escape(l.get("methods.indicators")), Html.escape(l.format("methods.indicatorCount", ins.size(),
        study.criteria.size()))));
    rows.add(List.of(Html.escape(l.get("methods.denominator")), Html.escape(l.format("methods.denominatorText",
        points(ins.maximumPoints()), points(ins.totalWeight())))));
    rows.add(List.of(Html.escape(l.get("methods.missing")), Html.escape(l.get("missing." + Labels.key(policy)))));
    rows.add(List.of(Html.escape(l.get("methods.view")), Html.escape(view(l, o))));
    rows.add(List.of(Html.escape(l.get("methods.levels")), Html.escape(l.get("methods.levelsText"))));
    rows.add(List.of(Html.escape(l.get("methods.reconstructed")), Html.escape(reconstructed(ins, l))));
    rows.add(List.of(Html.escape(l.get("methods.tool")), Html.escape(o.toolVersion())));
    page.table("methods-table", List.of(l.get("methods.item"), l.get("methods.value")), rows);
    if (adjustments.isEmpty()) {
      page.p(l.get("methods.noAdjustments"));
    } else {
      List<List<String>> ar = new ArrayList<>();
      for (CountryAdjustment a : adjustments) {
        ar.add(List.of(Html.escape(a.id()), Html.escape(a.country()), Html.escape(l.get("kind." + Labels.key(a.kind()))),
            Html.escape(a.indicator().orElse("")), Html.escape(a.rationale())));
      }
      page.table("methods-adjustments", List.of(l.get("adjustment.id"), l.get("adjustment.country"), l.get("adjustment.kind"),
          l.get("adjustment.indicator"), l.get("adjustment.rationale")), ar);
    }
    page.endSection();
  }

  /** "criterion: 10 indicators; channelScope: 64 indicators" for the fields marked reconstructed. */
  static String reconstructed(Instrument ins, Labels l) {
    Map<String, Integer> byField = new TreeMap<>();
    for (Indicator i : ins.indicators()) {
      for (FieldProvenance f : i.provenance()) {
        if (f.status() == ProvenanceStatus.RECONSTRUCTED) {
          byField.merge(f.field(), 1, Integer::sum);
        }
      }
    }
    if (byField.isEmpty()) {
      return l.get("methods.noneReconstructed");
    }
    List<String> parts = new ArrayList<>();
    byField.forEach((f, n) -> parts.add(l.format("methods.reconstructedField", f, n)));
    return String.join("; ", parts);
  }
}
