package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Indicator;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Translates assessments of edition A into assessments of edition B along an {@link EditionMapping}.
 *
 * <ul>
 *   <li>{@link Relation#SAME}, {@link Relation#RENAMED}, {@link Relation#MOVED}: the answer (and its
 *       evidence) is copied;</li>
 *   <li>{@link Relation#MERGED}: the target's answer combines the sources' answers by the stated
 *       {@link TranslationRules.MergeRule}; evidence is carried only when the merge has a single
 *       source response with evidence matching the result, otherwise none;</li>
 *   <li>{@link Relation#SPLIT}: by the stated {@link TranslationRules.SplitRule}, every target gets the
 *       source's answer, or none does;</li>
 *   <li>{@link Relation#ADDED} and out-of-coverage B indicators get no answer;
 *       {@link Relation#REMOVED} and out-of-coverage A answers are dropped.</li>
 * </ul>
 * Nothing is silent: see {@link Translation} for the complete account. An indicator without a response
 * in the source is {@link Answer#NOT_ASSESSED}, and a target whose answer is not assessed gets no
 * response and is listed as not translated.
 *
 * @since 0.1.0
 */
public final class AssessmentTranslator {

  private AssessmentTranslator() {}

  /**
   * Translates one assessment.
   *
   * @param mapping the mapping from the assessment's instrument (A) to the target edition (B)
   * @param assessment an assessment of instrument A
   * @param rules how merges and splits are answered
   * @return the assessment of B, with what was translated, not translated and dropped
   * @throws dev.losi.core.LosiValidationException if the assessment is not of instrument A, or names
   *     indicators A does not have (every such problem reported, with city, assessor and indicator)
   */
  public static Translation translate(EditionMapping mapping, Assessment assessment, TranslationRules rules) {
    ProblemCollector problems = new ProblemCollector();
    check(mapping, assessment, problems);
    problems.throwIfAny();
    return doTranslate(mapping, assessment, rules);
  }

  /**
   * Translates several assessments, checking all of them first and reporting every problem of every
   * assessment together.
   *
   * @param mapping the mapping from the assessments' instrument (A) to the target edition (B)
   * @param assessments assessments of instrument A
   * @param rules how merges and splits are answered
   * @return one translation per assessment, in the order given
   */
  public static List<Translation> translateAll(EditionMapping mapping, List<Assessment> assessments,
      TranslationRules rules) {
    ProblemCollector problems = new ProblemCollector();
    for (Assessment a : assessments) {
      check(mapping, a, problems);
    }
    problems.throwIfAny();
    return assessments.stream().map(a -> doTranslate(mapping, a, rules)).toList();
  }

  static void check(EditionMapping mapping, Assessment a, ProblemCollector problems) {
    if (!a.instrumentId().equals(mapping.from().id())) {
      problems.add(Problem.builder().city(a.city().id()).assessor(a.assessorId()).field("instrumentId")
          .value(a.instrumentId()).message("is not the instrument the mapping starts from, " + mapping.from().id()).build());
      return;
    }
    for (Response r : a.responses()) {
      if (!mapping.from().hasIndicator(r.indicator())) {
        problems.add(Problem.builder().city(a.city().id()).assessor(a.assessorId()).indicator(r.indicator())
            .field("indicator").value(r.indicator()).message("is not an indicator of " + mapping.from().id()).build());
      }
    }
  }

  private static Translation doTranslate(EditionMapping m, Assessment a, TranslationRules rules) {
    String aId = m.from().id();
    String bId = m.to().id();
    List<Translation.Translated> translated = new ArrayList<>();
    List<Translation.NotTranslated> notTranslated = new ArrayList<>();
    List<Translation.Dropped> dropped = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    for (Indicator bi : m.to().indicators()) {
      String b = bi.code();
      Optional<Relation> rel = m.relationTo(b);
      if (rel.isEmpty()) {
        notTranslated.add(new Translation.NotTranslated(b, "outside the mapping's coverage (criterion " + bi.criterion() + ")"));
        continue;
      }
      Relation r = rel.get();
      List<String> sources = m.sourcesOf(b);
      Answer answer;
      String how;
      Optional<Response> carried = Optional.empty();
      switch (r) {
        case ADDED -> {
          notTranslated.add(new Translation.NotTranslated(b, "added in " + bId + ": no source in " + aId));
          continue;
        }
        case SAME, RENAMED, MOVED -> {
          carried = a.response(sources.get(0));
          answer = a.answer(sources.get(0));
          how = "copied";
        }
        case SPLIT -> {
          if (rules.splitRule() == TranslationRules.SplitRule.LEAVE_NOT_ASSESSED) {
            notTranslated.add(new Translation.NotTranslated(b, "part of the split of " + sources.get(0)
                + "; split rule: leave not assessed"));
            continue;
          }
          carried = a.response(sources.get(0));
          answer = a.answer(sources.get(0));
          how = "split: copied to every target";
        }
        case MERGED -> {
          List<Answer> answers = sources.stream().map(a::answer).toList();
          answer = combine(answers, rules.mergeRule());
          how = rules.mergeRule() == TranslationRules.MergeRule.ALL_PRESENT ? "merged: all present" : "merged: any present";
          Answer result = answer;
          List<Response> withEvidence = sources.stream().map(a::response).flatMap(Optional::stream)
              .filter(x -> x.evidence().isPresent() && x.answer() == result).toList();
          if (withEvidence.size() == 1) {
            carried = Optional.of(withEvidence.get(0));
          }
        }
        default -> throw new IllegalStateException("relation " + r + " cannot name a target");
      }
      if (answer == Answer.NOT_ASSESSED) {
        notTranslated.add(new Translation.NotTranslated(b, (sources.size() == 1 ? "source " : "sources ")
            + sources + " not assessed (" + how + ")"));
        continue;
      }
      translated.add(new Translation.Translated(b, answer, r, sources, how));
      Response.Builder rb = Response.builder().indicator(b).answer(answer);
      carried.flatMap(Response::evidence).ifPresent(rb::evidence);
      responses.add(rb.build());
    }
    for (Indicator ai : m.from().indicators()) {
      String code = ai.code();
      Optional<Relation> rel = m.relationFrom(code);
      Answer ans = a.answer(code);
      if (rel.isEmpty()) {
        if (a.response(code).isPresent()) {
          dropped.add(new Translation.Dropped(code, ans, "outside the mapping's coverage (criterion " + ai.criterion() + ")"));
        }
      } else if (rel.get() == Relation.REMOVED) {
        dropped.add(new Translation.Dropped(code, ans, "removed: no counterpart in " + bId));
      } else if (rel.get() == Relation.SPLIT && rules.splitRule() == TranslationRules.SplitRule.LEAVE_NOT_ASSESSED) {
        dropped.add(new Translation.Dropped(code, ans, "split into " + m.targetsOf(code) + "; split rule: leave not assessed"));
      }
    }
    Assessment out = Assessment.builder().city(a.city()).instrumentId(bId).assessorId(a.assessorId()).date(a.date())
        .responses(responses).build();
    return new Translation(a, out, rules, translated, notTranslated, dropped);
  }

  /** Combines merge sources; see {@link TranslationRules.MergeRule}. */
  static Answer combine(List<Answer> answers, TranslationRules.MergeRule rule) {
    boolean anyTrue = answers.contains(Answer.PRESENT);
    boolean anyFalse = answers.contains(Answer.ABSENT) || answers.contains(Answer.NOT_APPLICABLE);
    boolean anyUnknown = answers.contains(Answer.NOT_ASSESSED);
    boolean allNa = !answers.isEmpty() && answers.stream().allMatch(x -> x == Answer.NOT_APPLICABLE);
    Answer falseAnswer = allNa ? Answer.NOT_APPLICABLE : Answer.ABSENT;
    if (rule == TranslationRules.MergeRule.ALL_PRESENT) {
      if (anyFalse) {
        return falseAnswer;
      }
      return anyUnknown ? Answer.NOT_ASSESSED : Answer.PRESENT;
    }
    if (anyTrue) {
      return Answer.PRESENT;
    }
    return anyUnknown ? Answer.NOT_ASSESSED : falseAnswer;
  }
}
