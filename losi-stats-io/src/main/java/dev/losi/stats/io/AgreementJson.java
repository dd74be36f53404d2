package dev.losi.stats.io;

import dev.losi.core.City;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.AlphaBootstrap;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.agreement.CoefficientResult;
import dev.losi.stats.review.CityComparison;
import dev.losi.stats.review.IndicatorDifference;
import dev.losi.stats.review.OrganisationComparison;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The JSON of the agreement family (agreement reports and organisation comparisons; assessor reviews are
 * {@link ReviewJson}'s, reconciliations {@link ReconciliationJson}'s), written straight to a {@link JsonOut}, one
 * value at a time, with no tree in between. Key names and order are those documented in {@code docs/agreement.md} and {@code docs/cli.md};
 * the text is the one the earlier tree writer gave (property {@code AgreementJsonProperties}).
 */
final class AgreementJson {

  private AgreementJson() {}

  /** See {@link StatisticsJson#agreement(AgreementReport)}. */
  static void report(JsonOut g, AgreementReport report) throws IOException {
    g.writeStartObject();
    for (CoefficientResult r : report.results()) {
      if (!r.isApplicable()) {
        continue;
      }
      g.writeObjectFieldStart(r.coefficient().key());
      estimateFields(g, r.estimate(), r.coefficient());
      if (r.coefficient() == Coefficient.GWET_AC2) {
        g.writeStringField("weights", report.ac2Weights().orElse(null));
      }
      if (r.coefficient() == Coefficient.KRIPPENDORFF_ALPHA) {
        g.writeStringField("level", report.level().key());
        Optional<AlphaBootstrap> b = report.alphaBootstrap();
        if (b.isPresent()) {
          g.writeFieldName("bootstrap");
          bootstrap(g, b.get());
        }
      }
      g.writeEndObject();
    }
    g.writeObjectFieldStart("not_applicable");
    for (CoefficientResult r : report.results()) {
      if (!r.isApplicable()) {
        g.writeStringField(r.coefficient().key(), r.notApplicableReason().orElseThrow());
      }
    }
    g.writeEndObject();
    g.writeNumberField("units", report.units());
    g.writeNumberField("raters", report.raters());
    g.writeNumberField("pairable_values", report.pairableValues());
    g.writeStringField("level", report.level().key());
    Optional<String> note = report.prevalenceNote();
    if (note.isPresent()) {
      g.writeStringField("prevalence_note", note.get());
    }
    g.writeEndObject();
  }

  private static void bootstrap(JsonOut g, AlphaBootstrap bootstrap) throws IOException {
    g.writeStartObject();
    g.writeNumberField("replicates", bootstrap.replicates());
    g.writeNumberField("seed", bootstrap.seed());
    g.writeNumberField("undefined_replicates", bootstrap.undefinedReplicates());
    g.writeObjectFieldStart("p_below");
    for (Map.Entry<Double, Double> e : bootstrap.probabilityBelow().entrySet()) {
      g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * The fields of an estimate: {@code value} (or null and {@code undefined_reason}), {@code se}, {@code ci95},
   * {@code ci_method}, {@code p_value}; with a coefficient, {@code ci95} is clipped to its range and, when a
   * bound moved, {@code ci95_clipped} (true) and {@code ci95_unclipped} follow it.
   */
  static void estimateFields(JsonOut g, Estimate e, Coefficient clipTo) throws IOException {
    if (!e.isDefined()) {
      g.writeNullField("value");
      g.writeStringField("undefined_reason", e.undefinedReason().orElseThrow());
      return;
    }
    g.writeNumberField("value", e.value());
    OptionalDouble se = e.standardError();
    if (se.isPresent()) {
      g.writeNumberField("se", se.getAsDouble());
    }
    Optional<ConfidenceInterval> ci = e.confidenceInterval();
    if (ci.isPresent()) {
      ClusterBootstrap.ClippedInterval clipped = clipTo == null ? null : clipTo.clip(ci.get());
      if (clipped != null && clipped.clipped()) {
        pair(g, "ci95", clipped.interval());
        g.writeBooleanField("ci95_clipped", true);
        pair(g, "ci95_unclipped", ci.get());
      } else {
        pair(g, "ci95", ci.get());
      }
      g.writeStringField("ci_method", ci.get().method());
    }
    OptionalDouble p = e.pValue();
    if (p.isPresent()) {
      g.writeNumberField("p_value", p.getAsDouble());
    }
  }

  /** {@code name: [lower, upper]}. */
  static void pair(JsonOut g, String name, ConfidenceInterval ci) throws IOException {
    g.writeArrayFieldStart(name);
    g.writeNumber(ci.lower());
    g.writeNumber(ci.upper());
    g.writeEndArray();
  }

  /** {@code name: [values...]}, strings in the order given. */
  static void strings(JsonOut g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** {@code name: [ids...]}, the cities' ids in the order given. */
  static void cities(JsonOut g, String name, List<City> cities) throws IOException {
    g.writeArrayFieldStart(name);
    for (City c : cities) {
      g.writeString(c.id());
    }
    g.writeEndArray();
  }

  /** See {@link StatisticsJson#comparison(OrganisationComparison)}. */
  static void comparison(JsonOut g, OrganisationComparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("left", c.leftName());
    g.writeStringField("right", c.rightName());
    g.writeArrayFieldStart("cities");
    for (CityComparison x : c.cities()) {
      g.writeStartObject();
      g.writeStringField("city", x.city().id());
      g.writeStringField("name", x.city().name());
      g.writeNumberField("left_losi", x.left().losi());
      g.writeNumberField("right_losi", x.right().losi());
      g.writeNumberField("difference", x.difference());
      g.writeStringField("left_level", x.left().level().label());
      g.writeStringField("right_level", x.right().level().label());
      g.writeBooleanField("level_changed", x.levelChanged());
      g.writeNumberField("left_rank", x.leftRank());
      g.writeNumberField("right_rank", x.rightRank());
      strings(g, "indicators_differing", x.indicatorsDiffering());
      g.writeEndObject();
    }
    g.writeEndArray();
    cities(g, "only_left", c.onlyLeft());
    cities(g, "only_right", c.onlyRight());
    g.writeNumberField("mean_difference", c.meanDifference());
    g.writeArrayFieldStart("level_changes");
    for (CityComparison x : c.levelChanges()) {
      g.writeString(x.city().id());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("rank_correlation");
    estimateFields(g, c.rankCorrelation(), null);
    g.writeEndObject();
    g.writeFieldName("item_agreement");
    report(g, c.itemAgreement());
    g.writeArrayFieldStart("drivers");
    for (IndicatorDifference d : c.drivers()) {
      if (d.citiesDiffering() == 0) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("indicator", d.indicator().code());
      g.writeStringField("title", d.indicator().title());
      g.writeNumberField("left_only", d.leftOnly());
      g.writeNumberField("right_only", d.rightOnly());
      g.writeNumberField("mean_contribution", d.meanContribution());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
