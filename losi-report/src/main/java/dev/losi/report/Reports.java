package dev.losi.report;

import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.plan.Plan;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import dev.losi.stats.study.OsiLosiStudy;
import dev.losi.stats.study.OsiLosiStudyResult;
import dev.losi.stats.uncertainty.RankUncertainty;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the LOSI reports of one study: a {@linkplain #scorecard city scorecard}, the {@linkplain #study
 * study report} and the {@linkplain #summary one-page policy summary}. Each is one self-contained HTML
 * document (inline CSS and SVG with real text, no script, nothing from the network; an A4 print
 * stylesheet; one column on a phone) plus the data of its charts as CSV.
 *
 * <p>A report needs exactly one assessment per city: reconcile several assessors first
 * ({@link dev.losi.stats.review.Reconciliation}), or choose one assessor's view with
 * {@link #oneViewPerCity(List, Optional)}; a report never averages assessors.
 *
 * <pre>{@code
 * Reports reports = Reports.of(scorer, consensus)
 *     .withAgreement(AssessmentReview.of(instrument, allAssessments))
 *     .withOptions(ReportOptions.defaults().withLanguage("fr"));
 * Report study = reports.study();      // study.html(), study.chartData()
 * }</pre>
 *
 * <p>Immutable and thread-safe; scores, ranks, medians and uptake are computed once, when the instance is
 * made, and each report when it is asked for. Output is
 * byte-identical across runs, locales and machines.
 *
 * @since 0.1.0
 */
public final class Reports {

  private final Scorer scorer;
  private final List<Assessment> assessments;
  private final StudyResults study;
  private final Optional<AssessmentReview> review;
  private final List<CountryOsiRow> osi;
  private final ReportOptions options;
  private final Extras extras;

  /** The optional inputs that only some reports show: plans, rank intervals, an earlier edition. */
  private record Extras(Map<String, Plan> plans, Optional<RankUncertainty.Result> ranks,
      Optional<LongitudinalReport> editions) {
    static final Extras NONE = new Extras(Map.of(), Optional.empty(), Optional.empty());
  }

  private Reports(Scorer scorer, List<Assessment> assessments, StudyResults study, Optional<AssessmentReview> review,
      List<CountryOsiRow> osi, ReportOptions options, Extras extras) {
    this.scorer = scorer;
    this.assessments = assessments;
    this.study = study;
    this.review = review;
    this.osi = osi;
    this.options = options;
    this.extras = extras;
  }

  /**
   * The reports of these assessments, one per city, scored by this scorer (its instrument, adjustments
   * and missing-answer policy).
   *
   * @param scorer the scorer whose instrument, adjustments and missing-answer policy the reports use
   * @param assessments at least one assessment, exactly one per city
   * @return the reports, with no agreement, OSI, plans, rank intervals or earlier edition yet and the
   *     {@linkplain ReportOptions#defaults() default options}
   * @throws LosiValidationException listing every problem: no assessment, a city with more than one
   *     assessment (pointing to reconciliation or one assessor's view), and every scoring problem
   */
  public static Reports of(Scorer scorer, List<Assessment> assessments) {
    Objects.requireNonNull(scorer, "scorer");
    List<Assessment> list = List.copyOf(assessments);
    ProblemCollector problems = new ProblemCollector();
    if (list.isEmpty()) {
      problems.add("a report needs at least one assessed city; none was given");
    }
    byCity(list).forEach((id, as) -> {
      if (as.size() > 1) {
        problems.add(Problem.builder().city(id).message("has " + as.size() + " assessments (assessors "
            + as.stream().map(Assessment::assessorId).distinct().sorted().collect(Collectors.joining(", "))
            + ") and a report needs one per city: reconcile them first (losi reconcile) or choose one assessor's"
            + " view (--assessor ID); a report never averages assessors").build());
      }
    });
    problems.throwIfAny();
    List<CityScore> scores = scorer.scoreAll(list);
    return new Reports(scorer, list, new StudyResults(scorer.instrument(), list, scores), Optional.empty(), List.of(),
        ReportOptions.defaults(), Extras.NONE);
  }

  /**
   * The assessments of one view per city: with an assessor id, that assessor's assessment of every city
   * (a city without one is a problem); without, the assessments as given. The result still needs one per
   * city (see {@link #of}).
   *
   * @param assessments the assessments, any number per city
   * @param assessor the assessor whose view to keep; empty to keep all assessments
   * @return the assessments kept, city by city in the order the cities first appear
   * @throws LosiValidationException listing every city the assessor did not assess
   */
  public static List<Assessment> oneViewPerCity(List<Assessment> assessments, Optional<String> assessor) {
    if (assessor.isEmpty()) {
      return List.copyOf(assessments);
    }
    String id = assessor.get();
    ProblemCollector problems = new ProblemCollector();
    List<Assessment> out = new ArrayList<>();
    byCity(assessments).forEach((city, as) -> {
      List<Assessment> mine = as.stream().filter(a -> a.assessorId().equals(id)).toList();
      if (mine.isEmpty()) {
        problems.add(Problem.builder().city(city).assessor(id).field("--assessor").value(id).message(
            "did not assess this city (its assessors: " + as.stream().map(Assessment::assessorId).distinct().sorted()
                .collect(Collectors.joining(", ")) + ")").build());
      }
      out.addAll(mine);
    });
    problems.throwIfAny();
    return List.copyOf(out);
  }

  private static Map<String, List<Assessment>> byCity(List<Assessment> list) {
    Map<String, List<Assessment>> m = new LinkedHashMap<>();
    list.forEach(a -> m.computeIfAbsent(a.city().id(), k -> new ArrayList<>()).add(a));
    return m;
  }

  /**
   * These reports with assessor agreement from a review of all the assessors' assessments (before
   * reconciliation): the study report's agreement summary and each scorecard's agreement section.
   *
   * @param review the review of the assessors' assessments of the same cities
   * @return a copy of these reports that shows the agreement
   */
  public Reports withAgreement(AssessmentReview review) {
    return new Reports(scorer, assessments, study, Optional.of(review), osi, options, extras);
  }

  /**
   * These reports with country OSI values: the study report adds the OSI-LOSI chart (regression line,
   * leaders and laggards labelled) when at least three cities match a country and the line is defined.
   *
   * @param countries the national OSI value of each country (values in [0, 1]); copied
   * @return a copy of these reports that shows the OSI-LOSI chart where it is defined
   */
  public Reports withOsi(List<CountryOsiRow> countries) {
    return new Reports(scorer, assessments, study, review, List.copyOf(countries), options, extras);
  }

  /**
   * These reports with other options (language, tool version, view).
   *
   * @param options the language, tool version and view
   * @return a copy of these reports written with these options
   */
  public Reports withOptions(ReportOptions options) {
    return new Reports(scorer, assessments, study, review, osi, Objects.requireNonNull(options, "options"), extras);
  }

  /**
   * These reports with improvement plans ({@link dev.losi.core.plan.Planner#planAll}, planned from the
   * same assessments and scorer): each city's scorecard shows its plan (phases, steps, the projected LOSI
   * and level after each phase), and a city without a plan has no plan section; the study report adds the
   * plans across cities (per phase: cities with changes in it, its changes, and the cities at least one level
   * up once it and the earlier phases are done); the summary adds that as a policy message.
   *
   * @param plans at most one plan per city of the reports; may be empty (then no plan sections)
   * @return a copy of these reports that shows the plans
   * @throws LosiValidationException listing every plan of a city that is not in the reports, and every city
   *     with more than one plan
   */
  public Reports withPlans(Collection<Plan> plans) {
    ProblemCollector problems = new ProblemCollector();
    Map<String, Plan> byCity = new TreeMap<>();
    for (Plan p : plans) {
      String id = p.city().id();
      if (study.city(id).isEmpty()) {
        problems.add(Problem.builder().city(id).message("has an improvement plan but is not a city of the report").build());
      } else if (byCity.put(id, p) != null) {
        problems.add(Problem.builder().city(id).message("has more than one improvement plan").build());
      }
    }
    problems.throwIfAny();
    return new Reports(scorer, assessments, study, review, osi, options,
        new Extras(Map.copyOf(byCity), extras.ranks(), extras.editions()));
  }

  /**
   * These reports with rank intervals from a {@link RankUncertainty} analysis of the same cities (usually
   * of every assessor's assessments with {@link dev.losi.stats.uncertainty.Source#DISAGREEMENT} on and no
   * adjustments, so that it is about the standard LOSI the ranks are on): each scorecard shows the city's
   * 90% rank interval with a chart, and states the draws and the seed.
   *
   * @param result an analysis that covers every city of these reports (it may cover more)
   * @return a copy of these reports whose scorecards show the rank intervals
   * @throws LosiValidationException listing every city of the reports the analysis lacks
   */
  public Reports withRankIntervals(RankUncertainty.Result result) {
    ProblemCollector problems = new ProblemCollector();
    for (String id : cityIds()) {
      if (result.cities().stream().noneMatch(c -> c.city().id().equals(id))) {
        problems.add(Problem.builder().city(id).message("is not in the rank-uncertainty analysis given").build());
      }
    }
    problems.throwIfAny();
    return new Reports(scorer, assessments, study, review, osi, options,
        new Extras(extras.plans(), Optional.of(result), extras.editions()));
  }

  /**
   * These reports with the comparison of an earlier edition ({@link
   * dev.losi.core.mapping.LongitudinalComparison#compare}, its later edition being these reports'
   * assessments): the study report adds the official and the common-core level transition matrices.
   *
   * @param comparison the comparison of an earlier edition with this report's instrument
   * @return a copy of these reports whose study report shows the level transitions
   * @throws LosiValidationException if the comparison's later edition is not this report's instrument
   */
  public Reports withEditions(LongitudinalReport comparison) {
    String later = comparison.mapping().to().id();
    if (!later.equals(study.instrument.id())) {
      throw new LosiValidationException(List.of(Problem.builder().field("--mapping").value(later)
          .message("maps to " + later + " but the report's assessments are of " + study.instrument.id()).build()));
    }
    return new Reports(scorer, assessments, study, review, osi, options,
        new Extras(extras.plans(), extras.ranks(), Optional.of(comparison)));
  }

  /** {@return the city ids, best rank first (ties by id)} */
  public List<String> cityIds() {
    return study.cities.stream().map(StudyResults.CityResult::id).toList();
  }

  /**
   * The scorecard of one city.
   *
   * @param cityId the id of a city of the reports, e.g. {@code BR-SAO}
   * @return the scorecard, named {@code scorecard-<id>} (characters outside letters, digits and {@code - _ .} as
   *     {@code _})
   * @throws LosiValidationException if no city has this id (the problem lists the ids)
   */
  public Report scorecard(String cityId) {
    StudyResults.CityResult c = study.city(cityId).orElseThrow(() -> new LosiValidationException(List.of(
        Problem.builder().city(cityId).field("--city").value(cityId).message("is not a city of the assessments (they are: "
            + String.join(", ", cityIds().stream().sorted().toList()) + ")").build())));
    Optional<CityAgreement> agreement = review.flatMap(r -> r.byCity().stream()
        .filter(a -> a.city().id().equals(cityId)).findFirst());
    Optional<RankUncertainty.CityUncertainty> interval = extras.ranks().flatMap(r -> r.cities().stream()
        .filter(u -> u.city().id().equals(cityId)).findFirst());
    return ScorecardPage.render(study, c, agreement, Optional.ofNullable(extras.plans().get(cityId)),
        extras.ranks().flatMap(r -> interval.map(u -> Map.entry(r, u))), labels(), options);
  }

  /** {@return every city's scorecard, best rank first} */
  public List<Report> scorecards() {
    return cityIds().stream().map(this::scorecard).toList();
  }

  /**
   * The study report.
   *
   * @return the study report across all cities, named {@code study}
   */
  public Report study() {
    Optional<OsiLosiStudyResult> r = Optional.empty();
    if (!osi.isEmpty()) {
      List<CityScoreRow> rows = study.cities.stream().map(c -> CityScoreRow.from(c.score())).toList();
      r = Optional.of(OsiLosiStudy.of(rows, osi).run());
    }
    return StudyPage.render(study, review, r, extras.editions(), planOverview(), scorer.missingAnswerPolicy(),
        scorer.adjustments(), labels(), options);
  }

  /**
   * The one-page policy summary. With {@linkplain #withPlans plans} it has one more message, computed from
   * them: how many cities the quick fixes alone would move up a level, and the later phases.
   *
   * @return the summary, named {@code summary}
   */
  public Report summary() {
    return SummaryPage.render(study, planOverview(), labels(), options);
  }

  private Optional<PlanOverview> planOverview() {
    return extras.plans().isEmpty() ? Optional.empty() : Optional.of(PlanOverview.of(study, extras.plans()));
  }

  private Labels labels() {
    return Labels.of(options.language());
  }
}
