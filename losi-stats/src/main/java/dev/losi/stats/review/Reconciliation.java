package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reconciles the assessments of each city into one consensus assessment.
 *
 * <h2>Rules, per item (city and indicator)</h2>
 * <ol>
 *   <li>A {@link ReviewerDecision} for the item wins, whatever the assessors answered.</li>
 *   <li>Otherwise, of the assessors who answered (NOT_ASSESSED does not count), at least two must have
 *       answered; if they all agree the answer is {@link Resolution#UNANIMOUS}; if more than half gave the
 *       same answer (possible with three or more assessors) it is the {@link Resolution#MAJORITY} answer.
 *       Answers are compared as given: ABSENT and NOT_APPLICABLE differ.</li>
 *   <li>Otherwise the item is a tie (or has fewer than two answers). Under
 *       {@link TiePolicy#WAIT_FOR_DECISION} (the default) it is a {@link PendingItem} and the city gets no
 *       consensus: its scoring waits. Under {@link TiePolicy#ABSENT_WHEN_TIED} a tie becomes ABSENT and is
 *       listed as resolved by policy; an item with fewer than two answers still waits.</li>
 * </ol>
 * A city with a single assessment is not reconciled (LOSI needs two independent assessments); it is
 * reported with that reason. The consensus response carries the evidence of the first assessor (in id
 * order) who gave the consensus answer with evidence, or for a decision nobody matched, a note naming the
 * reviewer and the decision's note.
 *
 * @since 0.1.0
 */
public final class Reconciliation {

  private Reconciliation() {}

  /**
   * Reconciles.
   *
   * @param decisions reviewer decisions (may be empty)
   * @param instrument the instrument of the assessments
   * @param assessments every assessor's assessments, at least two per city
   * @param policy what ties become and the consensus assessor id
   * @return the consensus per city, with pending and resolved items
   * @throws dev.losi.core.LosiValidationException listing every problem with the assessments (see
   *     {@link AssessmentReview#of}) and the decisions: a city without assessments or with a single one, an
   *     indicator not in the instrument, two decisions for the same item
   */
  public static ReconciliationResult reconcile(Instrument instrument, List<Assessment> assessments,
      List<ReviewerDecision> decisions, ReconciliationPolicy policy) {
    List<CityAssessments> groups = CityAssessments.group(instrument, assessments, "reconciliation");
    ProblemCollector problems = new ProblemCollector();
    Map<String, ReviewerDecision> byItem = new HashMap<>();
    check(instrument, groups, decisions, problems, byItem);
    problems.throwIfAny();
    List<CityReconciliation> out = new ArrayList<>();
    for (CityAssessments g : groups) {
      out.add(city(instrument, g, byItem, policy));
    }
    return new ReconciliationResult(out);
  }

  /**
   * The problems {@link #reconcile} would report with the decisions, without reconciling: a city without
   * assessments or with a single one, an indicator not in the instrument, two decisions for one item.
   * Readers use it to report these together with their own problems (for example a bad answer on another
   * line), in one run.
   *
   * @param instrument the instrument of the assessments
   * @param assessments every assessor's assessments
   * @param decisions the reviewer decisions to check
   * @return the problems in decision order; empty when the decisions fit the assessments
   * @throws dev.losi.core.LosiValidationException listing the problems of the assessments themselves (see
   *     {@link AssessmentReview#of})
   */
  public static List<Problem> checkDecisions(Instrument instrument, List<Assessment> assessments,
      List<ReviewerDecision> decisions) {
    ProblemCollector problems = new ProblemCollector();
    check(instrument, CityAssessments.group(instrument, assessments, "reconciliation"), decisions, problems,
        new HashMap<>());
    return problems.problems();
  }

  private static void check(Instrument instrument, List<CityAssessments> groups, List<ReviewerDecision> decisions,
      ProblemCollector problems, Map<String, ReviewerDecision> byItem) {
    Set<String> cityIds = groups.stream().map(g -> g.city().id()).collect(Collectors.toSet());
    Set<String> singles = groups.stream().filter(g -> g.assessments().size() < 2).map(g -> g.city().id())
        .collect(Collectors.toSet());
    for (ReviewerDecision d : decisions) {
      boolean ok = true;
      if (!cityIds.contains(d.city())) {
        problems.add(d.where().field("city").value(d.city()).message("has no assessments to reconcile").build());
        ok = false;
      }
      if (singles.contains(d.city())) {
        problems.add(d.where().field("city").value(d.city())
            .message("has a single assessment, which is not reconciled; the decision would be ignored").build());
        ok = false;
      }
      if (!instrument.hasIndicator(d.indicator())) {
        problems.add(d.where().field("indicator").value(d.indicator())
            .message("is not an indicator of " + instrument.id()).build());
        ok = false;
      }
      if (ok) {
        ReviewerDecision first = byItem.putIfAbsent(d.city() + "\u0000" + d.indicator(), d);
        if (first != null) {
          problems.add(d.where().message("is decided more than once (also by " + first.reviewer()
              + first.line().stream().mapToObj(l -> " at line " + l).findFirst().orElse("") + ")").build());
        }
      }
    }
  }

  /**
   * Reconciles with the default policy (ties wait for a decision).
   *
   * @param instrument the instrument of the assessments
   * @param assessments every assessor's assessments, at least two per city
   * @param decisions reviewer decisions; may be empty
   * @return the consensus per city, with pending and resolved items
   */
  public static ReconciliationResult reconcile(Instrument instrument, List<Assessment> assessments,
      List<ReviewerDecision> decisions) {
    return reconcile(instrument, assessments, decisions, ReconciliationPolicy.defaults());
  }

  private static CityReconciliation city(Instrument instrument, CityAssessments g, Map<String, ReviewerDecision> decisions,
      ReconciliationPolicy policy) {
    City city = g.city();
    List<Assessment> as = g.assessments();
    if (as.size() < 2) {
      return new CityReconciliation(city, g.assessorIds(), Optional.empty(), List.of(), List.of(), 0,
          Optional.of("only one assessment (assessor " + as.get(0).assessorId()
              + "); LOSI needs at least two independent assessments"));
    }
    List<Response> responses = new ArrayList<>();
    List<PendingItem> pending = new ArrayList<>();
    List<ResolvedItem> resolved = new ArrayList<>();
    long unanimous = 0;
    for (Indicator ind : instrument.indicators()) {
      List<AssessorAnswer> answers = new ArrayList<>();
      Map<Answer, Integer> counts = new EnumMap<>(Answer.class);
      int given = 0;
      for (Assessment a : as) {
        Answer ans = a.answer(ind.code());
        answers.add(new AssessorAnswer(a.assessorId(), ans, a.response(ind.code()).flatMap(Response::evidence)));
        if (ans != Answer.NOT_ASSESSED) {
          counts.merge(ans, 1, Integer::sum);
          given++;
        }
      }
      ReviewerDecision decision = decisions.get(city.id() + "\u0000" + ind.code());
      Answer consensus = null;
      if (decision != null) {
        consensus = decision.answer();
        resolved.add(new ResolvedItem(city, ind, consensus, Resolution.REVIEWER_DECISION, answers, Optional.of(decision)));
      } else if (given >= 2 && counts.size() == 1) {
        consensus = counts.keySet().iterator().next();
        unanimous++;
      } else {
        Answer majority = null;
        for (Map.Entry<Answer, Integer> e : counts.entrySet()) {
          if (2 * e.getValue() > given) {
            majority = e.getKey();
          }
        }
        if (given >= 2 && majority != null) {
          consensus = majority;
          resolved.add(new ResolvedItem(city, ind, consensus, Resolution.MAJORITY, answers, Optional.empty()));
        } else if (given >= 2 && policy.ties() == TiePolicy.ABSENT_WHEN_TIED) {
          consensus = Answer.ABSENT;
          resolved.add(new ResolvedItem(city, ind, consensus, Resolution.TIE_POLICY, answers, Optional.empty()));
        } else {
          String reason = given == 0 ? "no assessor answered"
              : given == 1 ? "only one assessor answered"
              : "tie: " + counts.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                  .collect(Collectors.joining(", "));
          pending.add(new PendingItem(city, ind, answers, reason));
        }
      }
      if (consensus != null) {
        responses.add(response(ind.code(), consensus, answers, decision));
      }
    }
    if (!pending.isEmpty()) {
      return new CityReconciliation(city, g.assessorIds(), Optional.empty(), pending, resolved, unanimous,
          Optional.of(pending.size() + (pending.size() == 1 ? " item needs" : " items need") + " a reviewer decision"));
    }
    Assessment consensus = Assessment.builder().city(city).instrumentId(instrument.id())
        .assessorId(policy.consensusAssessorId()).responses(responses).build();
    return new CityReconciliation(city, g.assessorIds(), Optional.of(consensus), pending, resolved, unanimous,
        Optional.empty());
  }

  private static Response response(String code, Answer answer, List<AssessorAnswer> answers, ReviewerDecision decision) {
    for (AssessorAnswer a : answers) {
      if (a.answer() == answer && a.evidence().isPresent()) {
        return Response.of(code, answer, a.evidence().get());
      }
    }
    if (decision != null) {
      String note = "reviewer " + decision.reviewer() + " decided " + answer.name()
          + decision.note().map(n -> ": " + n).orElse("");
      return Response.of(code, answer, Evidence.builder().note(note).build());
    }
    return Response.of(code, answer);
  }
}
