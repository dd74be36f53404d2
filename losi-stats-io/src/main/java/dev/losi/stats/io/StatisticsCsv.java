package dev.losi.stats.io;

import dev.losi.core.NumberText;
import dev.losi.io.CsvFormat;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.CoefficientResult;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.CityComparison;
import dev.losi.stats.review.CityReconciliation;
import dev.losi.stats.review.GroupAgreement;
import dev.losi.stats.review.OrganisationComparison;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.study.MatchedCity;
import dev.losi.stats.study.OsiLosiStudyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The tabular statistics results as CSV: the files of {@code losi agreement}, {@code reconcile},
 * {@code compare} and {@code correlate} with {@code --format csv}. Columns and their order are documented
 * in {@code docs/cli.md}, {@code docs/agreement.md} and {@code docs/correlation.md}, and in each method.
 *
 * <p>Every method returns RFC 4180 CSV (comma, LF line ends, a header line first). Numbers are written in
 * full precision: a whole number without a decimal point, any other as Java's shortest decimal that reads
 * back to the same double (so a value equals the JSON's); an undefined or absent value is an empty cell.
 * Text cells that a spreadsheet would run as a formula are neutralised ({@link CsvFormat#neutralise}).
 * Booleans are {@code true} or {@code false}; levels are their names ({@code VERY_HIGH}, ...). The output
 * depends only on the argument, not on locale or platform. Thread-safe.
 *
 * @since 0.1.0
 */
public final class StatisticsCsv {

  private static final CsvFormat CSV = CsvFormat.standard().withDelimiter(',').withLineSeparator("\n");

  /** The columns of {@link #agreement(AgreementReport)}. */
  public static final List<String> AGREEMENT_COLUMNS = List.of("coefficient", "value", "se", "ci95_lower",
      "ci95_upper", "ci95_clipped", "ci_method", "p_value", "note");

  /** The columns of {@link #review(AssessmentReview)} before the one column per coefficient. */
  public static final List<String> REVIEW_COLUMNS = List.of("view", "key", "label", "assessors", "items_compared",
      "items_disagreeing", "raw_disagreement", "alert");

  /** The columns of {@link #comparison(OrganisationComparison)}. */
  public static final List<String> COMPARISON_COLUMNS = List.of("city_id", "name", "left_losi", "right_losi",
      "difference", "left_level", "right_level", "left_rank", "right_rank", "level_changed", "indicators_differing");

  /** The columns of {@link #correlation(CorrelationSummary, Set)}. */
  public static final List<String> CORRELATION_COLUMNS = List.of("method", "n", "estimate", "se", "p_value",
      "ci95_lower", "ci95_upper", "ci_method", "note");

  /** The columns of {@link #study(OsiLosiStudyResult)}. */
  public static final List<String> STUDY_COLUMNS = List.of("city", "country", "iso3", "losi", "osi", "losi_level",
      "osi_level", "fitted", "residual", "line");

  /** The columns of {@link #reconciliation(ReconciliationResult)}. */
  public static final List<String> RECONCILIATION_COLUMNS = List.of("city_id", "assessors", "reconciled",
      "unanimous_items", "resolved_items", "pending_items", "reason");

  private StatisticsCsv() {}

  /**
   * An agreement report, one row per coefficient in the report's order ({@link #AGREEMENT_COLUMNS}):
   * {@code coefficient} (the key, as in the JSON), {@code value}, {@code se}, {@code ci95_lower} and
   * {@code ci95_upper} (the 95% interval clipped to the coefficient's range, as in the JSON's {@code ci95}),
   * {@code ci95_clipped}, {@code ci_method}, {@code p_value}, and {@code note}: empty, or
   * {@code "not applicable: "} or {@code "undefined: "} with the reason (then the numbers are empty).
   *
   * @param report the agreement report
   * @return the CSV text, header first
   */
  public static String agreement(AgreementReport report) {
    StringBuilder sb = header(AGREEMENT_COLUMNS);
    for (CoefficientResult r : report.results()) {
      List<String> row = new ArrayList<>(List.of(r.coefficient().key()));
      if (!r.isApplicable()) {
        row.addAll(List.of("", "", "", "", "", "", "", "not applicable: " + r.notApplicableReason().orElse("")));
      } else if (!r.estimate().isDefined()) {
        row.addAll(List.of("", "", "", "", "", "", "", "undefined: " + r.estimate().undefinedReason().orElse("")));
      } else {
        Estimate e = r.estimate();
        Optional<ClusterBootstrap.ClippedInterval> ci = e.confidenceInterval().map(r.coefficient()::clip);
        row.add(number(e.value()));
        row.add(number(e.standardError()));
        row.add(ci.map(x -> number(x.interval().lower())).orElse(""));
        row.add(ci.map(x -> number(x.interval().upper())).orElse(""));
        row.add(ci.map(x -> Boolean.toString(x.clipped())).orElse(""));
        row.add(ci.map(x -> x.interval().method()).orElse(""));
        row.add(number(e.pValue()));
        row.add("");
      }
      append(sb, row);
    }
    return sb.toString();
  }

  /**
   * An assessor review, one row per group: the {@code overall} row, then {@code criterion}, {@code indicator}
   * (most disagreement first, as the review orders them), {@code city} and {@code assessor_pair} rows. Columns
   * ({@link #REVIEW_COLUMNS}): {@code view}, {@code key} (criterion code, indicator code, city id, assessor
   * pair; {@code overall}), {@code label}, {@code assessors} (a city's assessor ids, space-separated),
   * {@code items_compared}, {@code items_disagreeing}, {@code raw_disagreement} (a share in [0, 1]),
   * {@code alert} (cities only), then one column per coefficient of the overall report, named by its key,
   * holding the group's value (empty when not applicable or undefined; the JSON has the standard errors and
   * intervals).
   *
   * @param review the assessor review
   * @return the CSV text, header first
   */
  public static String review(AssessmentReview review) {
    List<String> keys = review.overall().report().results().stream().map(r -> r.coefficient().key()).toList();
    List<String> header = new ArrayList<>(REVIEW_COLUMNS);
    header.addAll(keys);
    StringBuilder sb = header(header);
    group(sb, "overall", review.overall(), keys);
    review.byCriterion().forEach(g -> group(sb, "criterion", g, keys));
    review.byIndicator().forEach(g -> group(sb, "indicator", g, keys));
    for (CityAgreement c : review.byCity()) {
      List<String> row = new ArrayList<>(List.of("city", c.city().id(), c.city().name(), String.join(" ", c.assessorIds()),
          Long.toString(c.itemsCompared()), Long.toString(c.itemsDisagreeing()), number(c.rawDisagreement()),
          Boolean.toString(c.alert())));
      row.addAll(values(c.report(), keys));
      append(sb, row);
    }
    review.byAssessorPair().forEach(g -> group(sb, "assessor_pair", g, keys));
    return sb.toString();
  }

  private static void group(StringBuilder sb, String view, GroupAgreement g, List<String> keys) {
    List<String> row = new ArrayList<>(List.of(view, g.key(), g.label(), "", Long.toString(g.itemsCompared()),
        Long.toString(g.itemsDisagreeing()), number(g.rawDisagreement()), ""));
    row.addAll(values(g.report(), keys));
    append(sb, row);
  }

  private static List<String> values(AgreementReport report, List<String> keys) {
    List<String> cells = new ArrayList<>();
    for (String k : keys) {
      cells.add(report.results().stream().filter(r -> r.coefficient().key().equals(k)).findFirst()
          .flatMap(CoefficientResult::estimateIfApplicable).filter(Estimate::isDefined).map(e -> number(e.value()))
          .orElse(""));
    }
    return cells;
  }

  /**
   * A comparison of two organisations, one row per city compared, in the comparison's order
   * ({@link #COMPARISON_COLUMNS}): {@code city_id}, {@code name}, {@code left_losi} and {@code right_losi}
   * (standard LOSI), {@code difference} (right minus left), {@code left_level}, {@code right_level},
   * {@code left_rank}, {@code right_rank}, {@code level_changed}, {@code indicators_differing} (codes,
   * space-separated). The sides' names, rank correlation, item agreement and drivers are in the JSON.
   *
   * @param comparison the comparison of two organisations
   * @return the CSV text, header first
   */
  public static String comparison(OrganisationComparison comparison) {
    StringBuilder sb = header(COMPARISON_COLUMNS);
    for (CityComparison c : comparison.cities()) {
      append(sb, List.of(c.city().id(), c.city().name(), number(c.left().losi()), number(c.right().losi()),
          number(c.difference()), c.left().level().name(), c.right().level().name(), Integer.toString(c.leftRank()),
          Integer.toString(c.rightRank()), Boolean.toString(c.levelChanged()), String.join(" ", c.indicatorsDiffering())));
    }
    return sb.toString();
  }

  /**
   * Correlations, one row per chosen method in the given order ({@link #CORRELATION_COLUMNS}):
   * {@code method} ({@code pearson}, {@code spearman}, {@code kendall}), {@code n}, {@code estimate},
   * {@code se}, {@code p_value}, {@code ci95_lower}, {@code ci95_upper}, {@code ci_method} (how the interval
   * was made, analytic or bootstrap), and {@code note}: empty, or {@code "undefined: "} with the reason.
   *
   * @param methods the methods to write, in order; the summary holds all three
   * @param summary the correlations computed
   * @return the CSV text, header first
   */
  public static String correlation(CorrelationSummary summary, Set<CorrelationMethod> methods) {
    StringBuilder sb = header(CORRELATION_COLUMNS);
    for (CorrelationMethod m : methods) {
      Estimate e = summary.get(m);
      if (!e.isDefined()) {
        append(sb, List.of(m.key(), Integer.toString(summary.n()), "", "", "", "", "", "",
            "undefined: " + e.undefinedReason().orElse("")));
        continue;
      }
      Optional<ConfidenceInterval> ci = e.confidenceInterval();
      append(sb, List.of(m.key(), Integer.toString(summary.n()), number(e.value()), number(e.standardError()),
          number(e.pValue()), ci.map(x -> number(x.lower())).orElse(""), ci.map(x -> number(x.upper())).orElse(""),
          ci.map(ConfidenceInterval::method).orElse(""), ""));
    }
    return sb.toString();
  }

  /**
   * The cities of the OSI-LOSI study joined to their country's OSI, in the study's order
   * ({@link #STUDY_COLUMNS}): {@code city}, {@code country} (as the scores file gives it), {@code iso3},
   * {@code losi}, {@code osi}, {@code losi_level}, {@code osi_level}, {@code fitted} (the least-squares line
   * of LOSI on OSI at the city's OSI) and {@code residual} ({@code losi - fitted}; both empty when the line is
   * undefined), {@code line} (of the city in the scores file). The correlations, the line, the convergence
   * table and the unmatched rows are in the JSON.
   *
   * @param result the study result
   * @return the CSV text, header first
   */
  public static String study(OsiLosiStudyResult result) {
    StringBuilder sb = header(STUDY_COLUMNS);
    for (MatchedCity c : result.matched()) {
      append(sb, List.of(c.city(), c.country(), c.iso3(), number(c.losi()), number(c.osi()), c.losiLevel().name(),
          c.osiLevel().name(), number(c.fitted()), number(c.residual()), number(c.line())));
    }
    return sb.toString();
  }

  /**
   * A reconciliation, one row per city ({@link #RECONCILIATION_COLUMNS}): {@code city_id}, {@code assessors}
   * (ids, space-separated), {@code reconciled}, {@code unanimous_items}, {@code resolved_items} (settled by
   * majority, reviewer decision or tie policy), {@code pending_items} (waiting for a decision) and
   * {@code reason} (why there is no consensus; empty when reconciled). The items themselves are in the JSON
   * and in the pending decisions file.
   *
   * @param result the reconciliation
   * @return the CSV text, header first
   */
  public static String reconciliation(ReconciliationResult result) {
    StringBuilder sb = header(RECONCILIATION_COLUMNS);
    for (CityReconciliation c : result.cities()) {
      append(sb, List.of(c.city().id(), String.join(" ", c.assessorIds()), Boolean.toString(c.isReconciled()),
          Long.toString(c.unanimousItems()), Integer.toString(c.resolved().size()), Integer.toString(c.pending().size()),
          c.notReconciledReason().orElse("")));
    }
    return sb.toString();
  }

  private static StringBuilder header(List<String> columns) {
    return new StringBuilder(CSV.record(columns));
  }

  /** Appends a row; every cell that is not a number is neutralised. */
  private static void append(StringBuilder sb, List<String> cells) {
    List<String> safe = new ArrayList<>(cells.size());
    for (String c : cells) {
      safe.add(isNumber(c) ? c : CsvFormat.neutralise(c));
    }
    sb.append(CSV.record(safe));
  }

  /** True for the numbers this class writes (a minus sign would otherwise be neutralised as a formula). */
  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    try {
      Double.parseDouble(s);
      return s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-' || ch == '.' || ch == 'E');
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A whole number without a decimal point, else the shortest decimal that reads back to the same double. */
  static String number(double v) {
    return NumberText.of(v);
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? number(v.getAsDouble()) : "";
  }

  private static String number(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "";
  }
}
