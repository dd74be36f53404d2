package dev.losi.stats.io;

import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.correlation.Bootstrap;
import dev.losi.stats.correlation.CorrelationMethod;
import dev.losi.stats.correlation.CorrelationSummary;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.OrganisationComparison;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.ReviewBootstrap;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.study.StudyDesign;
import dev.losi.stats.uncertainty.CityLosiInterval;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/**
 * The statistics results as JSON: the documents of {@code losi agreement}, {@code reconcile},
 * {@code compare} and {@code correlate} with {@code --format json}. Keys and their order are documented in
 * {@code docs/agreement.md}, {@code docs/correlation.md} and {@code docs/cli.md} and do not change.
 *
 * <p>Every method returns the document pretty-printed (two-space indent, LF line ends, whatever the
 * platform) with a trailing line break; {@link #writeReview} writes the same text to a {@link Writer} as it
 * goes, for a review of many cities. Numbers are written in full precision (Java's shortest decimal
 * that reads back to the same double); an undefined value is {@code null} next to its reason. The output
 * depends only on the argument: the same result gives the same bytes. Thread-safe.
 *
 * @since 0.1.0
 */
public final class StatisticsJson {

  private StatisticsJson() {}

  /**
   * An agreement report: one object per applicable coefficient ({@code percent_agreement},
   * {@code cohen_kappa}, ..., {@code krippendorff_alpha}) with {@code value} ({@code null} when undefined,
   * then {@code undefined_reason}), and {@code se}, {@code ci95} ({@code [lower, upper]}), {@code ci_method}
   * and {@code p_value} when available; {@code gwet_ac2} adds {@code weights}; {@code krippendorff_alpha}
   * adds {@code level} and, with a bootstrap, {@code bootstrap} ({@code replicates}, {@code seed},
   * {@code undefined_replicates}, {@code p_below} keyed by minimum). Then {@code not_applicable}
   * (coefficient key to reason), {@code units}, {@code raters}, {@code pairable_values}, {@code level} and,
   * when present, {@code prevalence_note}.
   *
   * @param report the agreement report
   * @return the JSON document
   */
  public static String agreement(AgreementReport report) {
    return JsonText.text(g -> AgreementJson.report(g, report));
  }

  /**
   * The reviewer's views of an assessor review: {@code instrument}, {@code threshold}, {@code coding},
   * {@code overall}, {@code by_indicator}, {@code by_criterion}, {@code by_city}, {@code by_assessor_pair}
   * (each group with {@code key}, {@code label}, {@code items_compared}, {@code items_disagreeing},
   * {@code raw_disagreement} and {@code coefficients}, the {@link #agreement} object of the group; a city
   * also has {@code name}, {@code assessors}, {@code items_not_compared} and {@code alert}), {@code alerts}
   * (city ids), {@code disagreements} (city, indicator, criterion and each assessor's answer and evidence:
   * channels, url, note) and {@code single_assessor_cities}.
   *
   * @param review the assessor review
   * @return the JSON document
   */
  public static String review(AssessmentReview review) {
    return JsonText.text(g -> ReviewJson.review(g, review));
  }

  /**
   * The review as {@link #review(AssessmentReview)}, followed by {@code city_losi} (when {@code cityLosi} is not
   * empty: per city {@code city}, {@code assessors}, {@code value}, {@code se}, {@code ci95}, {@code ci_method},
   * or {@code undefined_reason} for one assessor, and {@code ci95_clipped}) and {@code cluster_bootstrap} (when
   * {@code bootstrap} is not null: {@code replicates}, {@code seed}, {@code unit} "city", and {@code overall},
   * {@code by_criterion}, {@code by_indicator}, each coefficient key mapping to {@code value},
   * {@code analytic_ci95}, {@code analytic_method} (which states "assumes independent items"),
   * {@code analytic_clipped}, {@code bootstrap_ci95}, {@code bootstrap_method}, {@code bootstrap_clipped} and
   * {@code undefined_replicates}). Every interval is clipped to its coefficient's range.
   *
   * @param bootstrap the cluster bootstrap, or null for none
   * @param review the assessor review
   * @param cityLosi the per-city LOSI intervals; empty to leave {@code city_losi} out
   * @return the JSON document
   */
  public static String review(AssessmentReview review, ReviewBootstrap bootstrap, List<CityLosiInterval.Result> cityLosi) {
    return JsonText.text(g -> ReviewJson.review(g, review, bootstrap, cityLosi));
  }

  /**
   * Writes the text of {@link #review(AssessmentReview, ReviewBootstrap, List)} to {@code out}, one value at a
   * time, without holding the document: the same characters, for a review of many cities. {@code out} is
   * flushed, not closed.
   *
   * @param review the assessor review
   * @param bootstrap the cluster bootstrap, or null for none
   * @param cityLosi the per-city LOSI intervals; empty to leave {@code city_losi} out
   * @param out where the text goes
   * @throws IOException when writing to {@code out} fails
   * @since 0.1.0
   */
  public static void writeReview(AssessmentReview review, ReviewBootstrap bootstrap,
      List<CityLosiInterval.Result> cityLosi, Writer out) throws IOException {
    writeReview(review, bootstrap, cityLosi, out, 1);
  }

  /**
   * As {@link #writeReview(AssessmentReview, ReviewBootstrap, List, Writer)}, in three parts at once: with
   * {@code threads} 2 or more and a review of 256 cities or more, everything after {@code by_city} ({@code
   * by_assessor_pair} to {@code cluster_bootstrap}) is written on a daemon thread of its own, named {@code
   * losi-json-review}, and the second half of {@code by_city} on another, {@code losi-json-cities}, each into
   * memory (about a byte a character of those parts; two for text beyond U+00FF), while the first half of
   * {@code by_city} is written to {@code out} on the caller's thread; then the two parts follow it. The
   * characters are the same for any thread count. When writing to {@code out} fails, the other threads still
   * finish their parts, and the memory is let go.
   *
   * @param review the assessor review
   * @param bootstrap the cluster bootstrap, or null for none
   * @param cityLosi the per-city LOSI intervals; empty to leave {@code city_losi} out
   * @param out where the text goes
   * @param threads 1 to write on the caller's thread alone; 2 or more to write the three parts at once
   * @throws IOException when writing to {@code out} fails
   * @throws IllegalArgumentException when {@code threads < 1}
   * @since 0.1.0
   */
  public static void writeReview(AssessmentReview review, ReviewBootstrap bootstrap,
      List<CityLosiInterval.Result> cityLosi, Writer out, int threads) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    JsonText.write(out, g -> ReviewJson.review(g, review, bootstrap, cityLosi, threads));
  }

  /**
   * A reconciliation: {@code complete}, {@code cities} (each with {@code city}, {@code assessors},
   * {@code reconciled}, {@code reason} ({@code null} when reconciled), {@code unanimous_items},
   * {@code as_agreement_counts} (the pending and resolved items by how {@code losi agreement} counts them:
   * {@code disagreement}, {@code absent_versus_not_applicable}, {@code off_portal_present},
   * {@code not_compared}, {@code agreed}; see {@code AgreementCount}), {@code pending} (indicator, reason,
   * in_agreement, answers) and {@code resolved} (indicator, answer, resolution, in_agreement, reviewer and
   * note of a decision, answers)). Each answer is {@code {assessor, answer, evidence}}. The
   * consensus assessments themselves are written by losi-io.
   *
   * @param result the reconciliation
   * @return the JSON document
   */
  public static String reconciliation(ReconciliationResult result) {
    return JsonText.text(g -> ReconciliationJson.reconciliation(g, result));
  }

  /**
   * A comparison of two organisations: {@code left}, {@code right} (names), {@code cities} (city, name,
   * left and right LOSI and level, difference, ranks, level_changed, indicators_differing),
   * {@code only_left}, {@code only_right}, {@code mean_difference}, {@code level_changes},
   * {@code rank_correlation} (Spearman, as a coefficient of {@link #agreement}), {@code item_agreement}
   * (an {@link #agreement} object) and {@code drivers} (indicators with a difference: indicator, title,
   * left_only, right_only, mean_contribution).
   *
   * @param comparison the comparison of two organisations
   * @return the JSON document
   */
  public static String comparison(OrganisationComparison comparison) {
    return JsonText.text(g -> AgreementJson.comparison(g, comparison));
  }

  /**
   * Correlations of paired data with analytic intervals: {@code x}, {@code y} (column names), {@code n},
   * {@code intervals} ({@code "analytic"}), then one object per method in the given order
   * ({@code pearson}, {@code spearman}, {@code kendall}) with {@code estimate} ({@code null} and
   * {@code undefined} when undefined), {@code p_value}, {@code ci95} ({@code [lower, upper]} or
   * {@code null}), {@code ci_method} with an interval, {@code n} and {@code se} when known.
   *
   * @param methods the methods to write, in order; the summary holds all three
   * @param data the paired data the correlations were computed on (its column names and size)
   * @param summary the correlations computed, with analytic intervals
   * @return the JSON document
   */
  public static String correlation(PairedData data, CorrelationSummary summary, Set<CorrelationMethod> methods) {
    return write(CorrelationTrees.pairs(data.xColumn(), data.yColumn(), summary, methods, "analytic"));
  }

  /**
   * Correlations of paired data with bootstrap intervals, as {@link #correlation(PairedData,
   * CorrelationSummary, Set)} with {@code intervals} naming the bootstrap, for example
   * {@code "bootstrap BCa, 2000 resamples, seed 7"}.
   *
   * @param bootstrap the bootstrap the summary was computed with
   * @param data the paired data the correlations were computed on (its column names and size)
   * @param summary the correlations computed with the bootstrap
   * @param methods the methods to write, in this order
   * @return the JSON document
   */
  public static String correlation(PairedData data, CorrelationSummary summary, Set<CorrelationMethod> methods,
      Bootstrap bootstrap) {
    String kind = bootstrap.kind() == Bootstrap.Kind.BCA ? "BCa" : "percentile";
    return write(CorrelationTrees.pairs(data.xColumn(), data.yColumn(), summary, methods,
        "bootstrap " + kind + ", " + bootstrap.replicates() + " resamples, seed " + bootstrap.seed()));
  }

  /**
   * The OSI-LOSI study: {@code n} and the chosen methods as in {@link #correlation(PairedData,
   * CorrelationSummary, Set)}; {@code line} ({@code n}, {@code intercept}, {@code slope},
   * {@code r_squared}, each {@code null} with a {@code <key>_undefined} reason when undefined);
   * {@code criteria} (criterion, sub_index and the methods); {@code leaders} and {@code laggards} (rank,
   * city, country, iso3, losi, osi, residual, fitted); {@code convergence} ({@code same_level},
   * {@code city_above}, {@code city_below}, {@code counts} by LOSI level then OSI level, lower-case level
   * names); {@code unmatched} (side, source, line, city, country, reason) and
   * {@code countries_without_cities} (ISO3 codes).
   *
   * @param methods the methods to write, in order
   * @param result the study result
   * @return the JSON document
   */
  public static String study(OsiLosiStudyResult result, Set<CorrelationMethod> methods) {
    return write(CorrelationTrees.study(result, methods));
  }

  /**
   * The OSI-LOSI study under its design ({@link StudyDesign}): {@code unit} ({@code "country"} or
   * {@code "city"}), {@code n} (the number of units), {@code countries}, {@code cities}, {@code summary}
   * ({@code "mean"} or {@code "median"}, at the country unit), {@code intervals} (how the {@code ci95} of
   * the methods were made: {@link StudyDesign.Result#intervals()}), then the chosen methods over the units as in {@link #correlation(PairedData,
   * CorrelationSummary, Set)}; at the city unit on clustered data {@code pearson} and {@code spearman} also
   * carry {@code ci95_cluster_bootstrap} and {@code ci_cluster_bootstrap_method}. The remaining keys
   * ({@code line}, {@code criteria}, {@code leaders}, {@code laggards}, {@code convergence},
   * {@code unmatched}, {@code countries_without_cities}) are over the cities, as in {@link
   * #study(OsiLosiStudyResult, Set)}.
   *
   * @param design the design's result over {@link OsiLosiStudyResult#matched()}
   * @param result the study result
   * @param methods the correlation methods to write, in this order
   * @return the JSON document
   * @since 0.1.0
   */
  public static String study(OsiLosiStudyResult result, StudyDesign.Result design, Set<CorrelationMethod> methods) {
    return write(CorrelationTrees.study(result, design, methods, design.intervals()));
  }

  /** The text of a plain tree (see {@link JsonText#value}), with a trailing line break. */
  static String write(Object tree) {
    return JsonText.text(g -> JsonText.value(g, tree));
  }
}
