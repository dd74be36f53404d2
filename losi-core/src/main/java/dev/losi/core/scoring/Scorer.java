package dev.losi.core.scoring;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.core.adjustment.AdjustmentSet;
import dev.losi.core.adjustment.Resolution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores assessments against one instrument: the standard LOSI, sub-indices per criterion and channel
 * scope, answer counts, channel-scope downgrades, and the adjusted LOSI and local sub-score when country
 * adjustments apply. The validating front over {@link CompiledInstrument}, which does the arithmetic.
 *
 * <h2>Formulas</h2>
 * With {@code w_i} the weight of indicator {@code i} and {@code x_i = 1} when it counts as present:
 * <pre>
 *   standard LOSI = sum(w_i * x_i) / M        M = instrument.maximumPoints()  (95 for LOSI 2024)
 *   sub-index(criterion c) = sum over i in c of (w_i * x_i) / sum over i in c of w_i
 * </pre>
 * An indicator counts as present when it is answered {@link Answer#PRESENT} and, if it is
 * {@link ChannelScope#MGP_SPECIFIC}, its evidence does not name only non-MGP channels (evidence without
 * channels, or naming {@link Channel#MGP} or {@link Channel#MGP_LINKED_SITE}, counts). Each such
 * downgrade is listed in {@link CityScore#downgrades()}. {@link Answer#NOT_APPLICABLE} scores 0 in the
 * standard LOSI. See {@link AdjustedScore} for the adjusted LOSI. Sums are exact, whatever their order,
 * and levels are decided on the exact fractions (see {@link CompiledInstrument} and {@link Score}).
 *
 * <h2>Checks</h2>
 * Scoring refuses, with one {@link LosiValidationException} listing every problem: an assessment made
 * against another instrument; a response for an indicator the instrument (and the city's local
 * adjustments) lacks; unassessed indicators under {@link MissingAnswerPolicy#REJECT}; an adjusted LOSI
 * whose every indicator is excluded. Adjustments are checked against the instrument by
 * {@link #withAdjustments(Collection)} ({@link AdjustmentSet#of}).
 *
 * <h2>Use</h2>
 * <pre>{@code
 * Scorer scorer = Scorer.of(instrument)
 *     .withAdjustments(adjustments)
 *     .withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT);
 * List<CityScore> scores = scorer.scoreAll(assessments);
 * }</pre>
 *
 * <p>A scorer is immutable and thread-safe: compile it once and score from any number of threads. The
 * compiled variant of each distinct set of adjustments is built once and cached, bounded like the
 * resolutions of the {@link AdjustmentSet}.
 *
 * @since 0.1.0
 */
public final class Scorer {

  private final Instrument instrument;
  private final MissingAnswerPolicy missingAnswerPolicy;
  private final AdjustmentSet adjustments;
  private final CompiledInstrument compiled;
  private final Map<Resolution, Object> variants; // a CompiledInstrument, or the String why it cannot be
  private final SharedScores shared;

  private Scorer(Instrument instrument, CompiledInstrument compiled, SharedScores shared, MissingAnswerPolicy policy,
      AdjustmentSet adjustments) {
    this.instrument = instrument;
    this.compiled = compiled;
    this.shared = shared;
    this.missingAnswerPolicy = policy;
    this.adjustments = adjustments;
    this.variants = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
  }

  /**
   * A scorer for the instrument with no adjustments and the {@link MissingAnswerPolicy#REJECT} policy.
   *
   * @param instrument the instrument to score with
   * @return the scorer
   * @throws LosiValidationException when the instrument's weights cannot be scored exactly: written with
   *     their common number of decimal places, the maximum reaches 10^15 units (more than about 15
   *     significant digits)
   */
  public static Scorer of(Instrument instrument) {
    try {
      CompiledInstrument compiled = CompiledInstrument.of(instrument);
      return new Scorer(instrument, compiled, new SharedScores(compiled), MissingAnswerPolicy.REJECT,
          AdjustmentSet.none(instrument));
    } catch (IllegalArgumentException e) {
      throw new LosiValidationException(List.of(ScoringProblems.notExact(instrument, e.getMessage())));
    }
  }

  /**
   * A scorer like this one with another missing-answer policy.
   *
   * @param policy how an indicator without an answer is treated
   * @return a copy of this scorer with that policy
   */
  public Scorer withMissingAnswers(MissingAnswerPolicy policy) {
    return new Scorer(instrument, compiled, shared, policy, adjustments);
  }

  /**
   * A scorer like this one with the given adjustments (replacing any it had), checked against the
   * instrument first.
   *
   * @param adjustments the adjustments; empty for none
   * @return a copy of this scorer with those adjustments
   * @throws LosiValidationException listing every problem: an adjustment for another instrument, naming
   *     an indicator the instrument lacks, accepting channels for a channel-independent indicator, two
   *     adjustments with one id, conflicting exclusions or weights for one indicator and city, a local
   *     indicator whose code clashes with the instrument's or another local indicator's
   */
  public Scorer withAdjustments(Collection<CountryAdjustment> adjustments) {
    return new Scorer(instrument, compiled, shared, missingAnswerPolicy, AdjustmentSet.of(instrument, adjustments));
  }

  /** {@return the instrument scored against} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the compiled instrument (no adjustments) that does the arithmetic: the fast path} */
  public CompiledInstrument compiled() {
    return compiled;
  }

  /** {@return the missing-answer policy} */
  public MissingAnswerPolicy missingAnswerPolicy() {
    return missingAnswerPolicy;
  }

  /** {@return the adjustments, in the order given} */
  public List<CountryAdjustment> adjustments() {
    return adjustments.adjustments();
  }

  /** {@return the adjustments as a checked set, resolved per city} */
  public AdjustmentSet adjustmentSet() {
    return adjustments;
  }

  /**
   * Scores one assessment.
   *
   * @param assessment an assessment of this scorer's instrument
   * @return the standard score and, where adjustments apply, the adjusted and local scores
   * @throws LosiValidationException listing every problem of the assessment (see the class documentation)
   */
  public CityScore score(Assessment assessment) {
    ProblemCollector problems = new ProblemCollector();
    CityScore score = score(assessment, problems);
    problems.throwIfAny();
    return score;
  }

  /**
   * Scores many assessments, in order. Every problem of every assessment is collected and reported
   * together; nothing is returned unless all assessments are valid.
   *
   * @param assessments assessments of this scorer's instrument
   * @return one score per assessment, in the order given
   * @throws LosiValidationException listing every problem found
   */
  public List<CityScore> scoreAll(Collection<Assessment> assessments) {
    ProblemCollector problems = new ProblemCollector();
    List<CityScore> scores = new ArrayList<>(assessments.size());
    for (Assessment a : assessments) {
      CityScore s = score(a, problems);
      if (s != null) {
        scores.add(s);
      }
    }
    problems.throwIfAny();
    return List.copyOf(scores);
  }

  private CityScore score(Assessment assessment, ProblemCollector problems) {
    int[] packed = new int[compiled.size()];
    PackedAnswers.pack(instrument, assessment, packed, 0);
    return score(assessment, packed, problems);
  }

  /**
   * Scores one assessment whose answers to the instrument's indicators are given packed: the entry of a
   * reader that holds answers as {@link PackedAnswers} rather than as {@link Response} objects. The result
   * and the problems are those of {@link #score(Assessment)} of the assessment with these answers.
   *
   * @param assessment the city, assessor and instrument id, and the responses to indicators outside the
   *     instrument (local indicators; any response to an indicator of the instrument is ignored, {@code packed}
   *     stands for it)
   * @param packed {@code instrument().size()} packed answers in instrument order ({@link PackedAnswers#pack(
   *     dev.losi.core.Instrument, Assessment, int[], int)} gives them; not assessed where no response); read,
   *     not kept
   * @param problems where the problems of this assessment are added
   * @return the score, or null when a problem was added
   * @throws IllegalArgumentException when {@code packed} has another length than the instrument
   * @since 0.1.0
   */
  public CityScore score(Assessment assessment, int[] packed, ProblemCollector problems) {
    if (packed.length != compiled.size()) {
      throw new IllegalArgumentException("packed answers: " + packed.length + " for an instrument of "
          + compiled.size() + " indicators");
    }
    if (!assessment.instrumentId().equals(instrument.id())) {
      problems.add(ScoringProblems.otherInstrument(assessment, instrument));
      return null;
    }
    Resolution adj = adjustments.resolve(assessment.city());
    long before = problems.count();
    int size = compiled.size();
    Map<String, Response> localResponses = new HashMap<>();
    for (Response r : assessment.responses()) {
      if (instrument.hasIndicator(r.indicator())) {
        continue;
      } else if (adj.localIndicators().containsKey(r.indicator())) {
        localResponses.put(r.indicator(), r);
      } else {
        problems.add(ScoringProblems.unknownIndicator(assessment, r.indicator(), instrument,
            String.join(", ", adj.localIndicators().keySet())));
      }
    }
    int[] count = new int[Answer.values().length];
    List<String> missing = new ArrayList<>();
    List<ChannelDowngrade> downgrades = new ArrayList<>();
    List<String> unbackedNa = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Answer a = PackedAnswers.answerOf(packed[i]);
      int ch = PackedAnswers.channelsOf(packed[i]);
      count[a.ordinal()]++;
      String code = instrument.indicators().get(i).code();
      if (a == Answer.PRESENT && !compiled.counts(i, ch)) {
        downgrades.add(new ChannelDowngrade(code, Channel.ofMask(ch), adj.acceptedBy(i, ch)));
      } else if (a == Answer.NOT_APPLICABLE && !adj.isExcluded(i)) {
        unbackedNa.add(code);
      } else if (a == Answer.NOT_ASSESSED) {
        missing.add(code);
      }
    }
    if (!missing.isEmpty() && missingAnswerPolicy == MissingAnswerPolicy.REJECT) {
      problems.add(ScoringProblems.incomplete(assessment, missing, size));
    }
    Optional<LocalScore> local = scoreLocal(adj, localResponses, assessment, problems, downgrades);
    Optional<AdjustedScore> adjusted = adj.isEmpty() ? Optional.empty() : scoreAdjusted(adj, packed, assessment, problems);
    if (problems.count() > before) {
      return null;
    }
    long[] out = new long[compiled.resultLength()];
    compiled.score(packed, 0, out);
    int notAssessed = count[Answer.NOT_ASSESSED.ordinal()];
    AnswerCounts counts = shared.counts(count[Answer.PRESENT.ordinal()], count[Answer.ABSENT.ordinal()],
        count[Answer.NOT_APPLICABLE.ordinal()], notAssessed,
        missingAnswerPolicy == MissingAnswerPolicy.COUNT_AS_ABSENT ? notAssessed : 0);
    return new CityScore(assessment.city(), assessment.assessorId(), instrument.id(), shared.standard(out[0]),
        shared.byCriterion(out), shared.byScope(out), counts, downgrades, unbackedNa, adjusted, local);
  }

  private Optional<AdjustedScore> scoreAdjusted(Resolution adj, int[] packed, Assessment assessment,
      ProblemCollector problems) {
    Object v = variants.computeIfAbsent(adj, r -> {
      try {
        return compiled.withAdjustments(r.applied());
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    });
    if (v instanceof String why) {
      problems.add(ScoringProblems.notExact(assessment, why));
      return Optional.empty();
    }
    CompiledInstrument variant = (CompiledInstrument) v;
    if (variant.maximumUnits() == 0) {
      problems.add(ScoringProblems.everythingExcluded(assessment));
      return Optional.empty();
    }
    long[] out = new long[variant.resultLength()];
    variant.score(packed, 0, out);
    Map<String, Score> byCriterion = new LinkedHashMap<>();
    for (int c = 0; c < variant.criterionCount(); c++) {
      if (variant.criterionMaximumUnits(c) > 0) {
        byCriterion.put(variant.criterionCode(c), score(variant, out[1 + c], variant.criterionMaximumUnits(c)));
      }
    }
    return Optional.of(new AdjustedScore(variant.score(out[0]), byCriterion, byScope(variant, out), adj.applied(),
        adj.excluded()));
  }

  private static Map<ChannelScope, Score> byScope(CompiledInstrument c, long[] out) {
    Map<ChannelScope, Score> byScope = new LinkedHashMap<>();
    for (ChannelScope s : ChannelScope.values()) {
      long max = c.scopeMaximumUnits(s);
      if (max > 0) {
        byScope.put(s, score(c, out[1 + c.criterionCount() + s.ordinal()], max));
      }
    }
    return byScope;
  }

  private static Score score(CompiledInstrument c, long points, long maximum) {
    return new Score(c.toPoints(points), c.toPoints(maximum));
  }

  /** The local sub-score; a local MGP-specific indicator found only off the portal is added to {@code downgrades}. */
  private Optional<LocalScore> scoreLocal(Resolution adj, Map<String, Response> responses, Assessment assessment,
      ProblemCollector problems, List<ChannelDowngrade> downgrades) {
    if (adj.localIndicators().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (Indicator ind : adj.localIndicators().values()) {
      Response r = responses.get(ind.code());
      Answer a = r == null ? Answer.NOT_ASSESSED : r.answer();
      BigDecimal w = Decimals.of(ind.weight());
      max = max.add(w);
      if (a == Answer.NOT_ASSESSED) {
        missing.add(ind.code());
      } else if (a == Answer.PRESENT) {
        boolean downgraded = ind.channelScope() == ChannelScope.MGP_SPECIFIC
            && r.evidence().map(e -> e.namesOnlyNonMunicipalChannels()).orElse(false);
        if (downgraded) {
          downgrades.add(new ChannelDowngrade(ind.code(), r.evidence().get().channels(), Optional.empty()));
        } else {
          points = points.add(w);
        }
      }
    }
    if (!missing.isEmpty() && missingAnswerPolicy == MissingAnswerPolicy.REJECT) {
      problems.add(ScoringProblems.localIncomplete(assessment, missing));
      return Optional.empty();
    }
    return Optional.of(new LocalScore(new Score(points.doubleValue(), max.doubleValue()),
        List.copyOf(adj.localIndicators().keySet()), adj.localAdjustments()));
  }
}
