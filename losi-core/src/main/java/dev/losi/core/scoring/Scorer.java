package dev.losi.core.scoring;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores assessments against one instrument: the standard LOSI, sub-indices per criterion and channel
 * scope, answer counts, channel-scope downgrades, and the adjusted LOSI and local sub-score when country
 * adjustments apply.
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
 * standard LOSI. See {@link AdjustedScore} for the adjusted LOSI.
 *
 * <h2>Checks</h2>
 * Scoring refuses, with one {@link LosiValidationException} listing every problem: an assessment made
 * against another instrument; a response for an indicator the instrument (and the city's local
 * adjustments) lacks; unassessed indicators under {@link MissingAnswerPolicy#REJECT}. Adjustments are
 * checked against the instrument by {@link #withAdjustments(Collection)}.
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
 * instrument is compiled to index arrays once, so the scoring loop does no map look-up or string
 * comparison per indicator.
 */
public final class Scorer {

  private static final int PRESENT = Answer.PRESENT.ordinal();
  private static final int ABSENT = Answer.ABSENT.ordinal();
  private static final int NOT_APPLICABLE = Answer.NOT_APPLICABLE.ordinal();
  private static final int NOT_ASSESSED = Answer.NOT_ASSESSED.ordinal();
  private static final int MGP_MASK = (1 << Channel.MGP.ordinal()) | (1 << Channel.MGP_LINKED_SITE.ordinal());

  private final Instrument instrument;
  private final MissingAnswerPolicy missingAnswerPolicy;
  private final List<CountryAdjustment> adjustments;

  // The compiled instrument: parallel arrays indexed by indicator position.
  private final int size;
  private final double[] weight;
  private final int[] criterionSlot;
  private final boolean[] mgpSpecific;
  private final String[] criterionCodes; // criteria that have indicators, in instrument order
  private final double[] criterionMaximum;
  private final double[] scopeMaximum; // by ChannelScope ordinal
  private final double surplus; // declared maximum minus sum of weights, >= 0
  private final Map<String, List<CountryAdjustment>> adjustmentsByCountry;
  private final Map<String, Resolved> resolvedCache = new ConcurrentHashMap<>();

  private Scorer(Instrument instrument, MissingAnswerPolicy policy, List<CountryAdjustment> adjustments) {
    this.instrument = instrument;
    this.missingAnswerPolicy = policy;
    this.adjustments = List.copyOf(adjustments);
    List<Indicator> indicators = instrument.indicators();
    this.size = indicators.size();
    this.weight = new double[size];
    this.criterionSlot = new int[size];
    this.mgpSpecific = new boolean[size];
    List<String> codes = new ArrayList<>();
    Map<String, Integer> slotOf = new HashMap<>();
    for (Criterion c : instrument.criteria()) {
      if (!instrument.indicatorsOf(c.code()).isEmpty()) {
        slotOf.put(c.code(), codes.size());
        codes.add(c.code());
      }
    }
    this.criterionCodes = codes.toArray(new String[0]);
    this.criterionMaximum = new double[criterionCodes.length];
    this.scopeMaximum = new double[ChannelScope.values().length];
    for (int i = 0; i < size; i++) {
      Indicator ind = indicators.get(i);
      weight[i] = ind.weight();
      criterionSlot[i] = slotOf.get(ind.criterion());
      mgpSpecific[i] = ind.channelScope() == ChannelScope.MGP_SPECIFIC;
      criterionMaximum[criterionSlot[i]] += weight[i];
      scopeMaximum[ind.channelScope().ordinal()] += weight[i];
    }
    this.surplus = instrument.maximumPoints() - instrument.totalWeight();
    Map<String, List<CountryAdjustment>> byCountry = new HashMap<>();
    for (CountryAdjustment a : this.adjustments) {
      byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
    }
    byCountry.replaceAll((k, v) -> List.copyOf(v));
    this.adjustmentsByCountry = Map.copyOf(byCountry);
  }

  /**
   * A scorer for the instrument with no adjustments and the {@link MissingAnswerPolicy#REJECT} policy.
   */
  public static Scorer of(Instrument instrument) {
    return new Scorer(instrument, MissingAnswerPolicy.REJECT, List.of());
  }

  /** A scorer like this one with another missing-answer policy. */
  public Scorer withMissingAnswers(MissingAnswerPolicy policy) {
    return new Scorer(instrument, policy, adjustments);
  }

  /**
   * A scorer like this one with the given adjustments (replacing any it had), checked against the
   * instrument first.
   *
   * @throws LosiValidationException listing every problem: an adjustment for another instrument, naming
   *     an indicator the instrument lacks, accepting channels for a channel-independent indicator, two
   *     adjustments with one id, conflicting exclusions or weights for one indicator and city, a local
   *     indicator whose code clashes with the instrument's or another local indicator's
   */
  public Scorer withAdjustments(Collection<CountryAdjustment> adjustments) {
    List<CountryAdjustment> list = List.copyOf(adjustments);
    checkAdjustments(list);
    return new Scorer(instrument, missingAnswerPolicy, list);
  }

  /** The instrument scored against. */
  public Instrument instrument() {
    return instrument;
  }

  /** The missing-answer policy. */
  public MissingAnswerPolicy missingAnswerPolicy() {
    return missingAnswerPolicy;
  }

  /** The adjustments, in the order given. */
  public List<CountryAdjustment> adjustments() {
    return adjustments;
  }

  /**
   * Scores one assessment.
   *
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
    String cityId = assessment.city().id();
    String assessor = assessment.assessorId();
    if (!assessment.instrumentId().equals(instrument.id())) {
      problems.add(Problem.builder().city(cityId).assessor(assessor).field("instrument")
          .value(assessment.instrumentId())
          .message("does not match the instrument being scored, \"" + instrument.id() + "\"").build());
      return null;
    }
    Resolved adj = resolve(assessment);
    long before = problems.count();

    byte[] answer = new byte[size];
    int[] evidence = new int[size];
    java.util.Arrays.fill(answer, (byte) NOT_ASSESSED);
    Map<String, Response> localResponses = null;
    for (Response r : assessment.responses()) {
      int i = instrument.indexOf(r.indicator());
      if (i >= 0) {
        answer[i] = (byte) r.answer().ordinal();
        evidence[i] = r.evidence().map(e -> mask(e.channels())).orElse(0);
      } else if (adj.local.containsKey(r.indicator())) {
        if (localResponses == null) {
          localResponses = new HashMap<>();
        }
        localResponses.put(r.indicator(), r);
      } else {
        problems.add(Problem.builder().city(cityId).assessor(assessor).indicator(r.indicator())
            .message("is not an indicator of instrument \"" + instrument.id() + "\""
                + (adj.localCodesMessage.isEmpty() ? "" : " nor a local indicator of this city (" + adj.localCodesMessage + ")"))
            .build());
      }
    }

    int present = 0;
    int absent = 0;
    int notApplicable = 0;
    int notAssessed = 0;
    List<String> missing = null;
    List<ChannelDowngrade> downgrades = null;
    List<String> unbackedNa = null;
    double[] critPoints = new double[criterionCodes.length];
    double[] scopePoints = new double[scopeMaximum.length];
    for (int i = 0; i < size; i++) {
      int a = answer[i];
      if (a == PRESENT) {
        present++;
        int ev = evidence[i];
        if (mgpSpecific[i] && ev != 0 && (ev & MGP_MASK) == 0) {
          if (downgrades == null) {
            downgrades = new ArrayList<>();
          }
          downgrades.add(new ChannelDowngrade(instrument.indicators().get(i).code(), channels(ev),
              adj.accepting(i, ev)));
        } else {
          critPoints[criterionSlot[i]] += weight[i];
          scopePoints[mgpSpecific[i] ? ChannelScope.MGP_SPECIFIC.ordinal() : ChannelScope.CHANNEL_INDEPENDENT.ordinal()] += weight[i];
        }
      } else if (a == ABSENT) {
        absent++;
      } else if (a == NOT_APPLICABLE) {
        notApplicable++;
        if (adj.excluded == null || !adj.excluded[i]) {
          if (unbackedNa == null) {
            unbackedNa = new ArrayList<>();
          }
          unbackedNa.add(instrument.indicators().get(i).code());
        }
      } else {
        notAssessed++;
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(instrument.indicators().get(i).code());
      }
    }
    if (missing != null && missingAnswerPolicy == MissingAnswerPolicy.REJECT) {
      problems.add(Problem.builder().city(cityId).assessor(assessor).field("answers")
          .message(missing.size() + " of " + size + " indicators not assessed, so the assessment is incomplete: "
              + String.join(", ", missing)
              + " (to count them as absent, use the COUNT_AS_ABSENT missing-answer policy)").build());
    }

    LocalScore local = scoreLocal(adj, localResponses, cityId, assessor, problems);
    if (problems.count() > before) {
      return null;
    }

    double points = 0;
    Map<String, Score> byCriterion = new LinkedHashMap<>();
    for (int c = 0; c < criterionCodes.length; c++) {
      points += critPoints[c];
      byCriterion.put(criterionCodes[c], new Score(critPoints[c], criterionMaximum[c]));
    }
    Map<ChannelScope, Score> byScope = new LinkedHashMap<>();
    for (ChannelScope s : ChannelScope.values()) {
      if (scopeMaximum[s.ordinal()] > 0) {
        byScope.put(s, new Score(scopePoints[s.ordinal()], scopeMaximum[s.ordinal()]));
      }
    }
    Score standard = new Score(points, instrument.maximumPoints());
    AnswerCounts counts = new AnswerCounts(present, absent, notApplicable, notAssessed,
        missingAnswerPolicy == MissingAnswerPolicy.COUNT_AS_ABSENT ? notAssessed : 0);
    Optional<AdjustedScore> adjusted = adj.applied.isEmpty()
        ? Optional.empty()
        : Optional.of(scoreAdjusted(adj, answer, evidence, assessment, problems));
    return new CityScore(assessment.city(), assessor, instrument.id(), standard, byCriterion, byScope, counts,
        downgrades == null ? List.of() : downgrades, unbackedNa == null ? List.of() : unbackedNa, adjusted,
        Optional.ofNullable(local));
  }

  private AdjustedScore scoreAdjusted(Resolved adj, byte[] answer, int[] evidence, Assessment assessment,
      ProblemCollector problems) {
    double[] critPoints = new double[criterionCodes.length];
    double[] critMax = new double[criterionCodes.length];
    double[] scopePoints = new double[scopeMaximum.length];
    double[] scopeMax = new double[scopeMaximum.length];
    for (int i = 0; i < size; i++) {
      if (adj.excluded != null && adj.excluded[i]) {
        continue;
      }
      double w = adj.weight[i];
      int s = mgpSpecific[i] ? ChannelScope.MGP_SPECIFIC.ordinal() : ChannelScope.CHANNEL_INDEPENDENT.ordinal();
      critMax[criterionSlot[i]] += w;
      scopeMax[s] += w;
      if (answer[i] == PRESENT) {
        int ev = evidence[i];
        boolean counts = !mgpSpecific[i] || ev == 0 || (ev & MGP_MASK) != 0
            || (adj.accept != null && (ev & adj.accept[i]) != 0);
        if (counts) {
          critPoints[criterionSlot[i]] += w;
          scopePoints[s] += w;
        }
      }
    }
    double points = 0;
    double max = surplus;
    Map<String, Score> byCriterion = new LinkedHashMap<>();
    for (int c = 0; c < criterionCodes.length; c++) {
      points += critPoints[c];
      max += critMax[c];
      if (critMax[c] > 0) {
        byCriterion.put(criterionCodes[c], new Score(critPoints[c], critMax[c]));
      }
    }
    Map<ChannelScope, Score> byScope = new LinkedHashMap<>();
    for (ChannelScope s : ChannelScope.values()) {
      if (scopeMax[s.ordinal()] > 0) {
        byScope.put(s, new Score(scopePoints[s.ordinal()], scopeMax[s.ordinal()]));
      }
    }
    if (!(max > 0)) {
      throw new LosiValidationException(List.of(Problem.builder().city(assessment.city().id())
          .assessor(assessment.assessorId())
          .message("every indicator is excluded by adjustments, so the adjusted LOSI is undefined").build()));
    }
    return new AdjustedScore(new Score(points, max), byCriterion, byScope, adj.applied, adj.excludedCodes);
  }

  private LocalScore scoreLocal(Resolved adj, Map<String, Response> responses, String cityId, String assessor,
      ProblemCollector problems) {
    if (adj.local.isEmpty()) {
      return null;
    }
    double points = 0;
    double max = 0;
    List<String> missing = new ArrayList<>();
    for (Indicator ind : adj.local.values()) {
      Response r = responses == null ? null : responses.get(ind.code());
      Answer a = r == null ? Answer.NOT_ASSESSED : r.answer();
      max += ind.weight();
      if (a == Answer.NOT_ASSESSED) {
        missing.add(ind.code());
      } else if (a == Answer.PRESENT) {
        boolean downgraded = ind.channelScope() == ChannelScope.MGP_SPECIFIC
            && r.evidence().map(e -> e.namesOnlyNonMunicipalChannels()).orElse(false);
        if (!downgraded) {
          points += ind.weight();
        }
      }
    }
    if (!missing.isEmpty() && missingAnswerPolicy == MissingAnswerPolicy.REJECT) {
      problems.add(Problem.builder().city(cityId).assessor(assessor).field("answers")
          .message(missing.size() + " local indicators not assessed: " + String.join(", ", missing)
              + " (to count them as absent, use the COUNT_AS_ABSENT missing-answer policy)").build());
      return null;
    }
    return new LocalScore(new Score(points, max), List.copyOf(adj.local.keySet()), adj.localAdjustments);
  }

  private Resolved resolve(Assessment assessment) {
    List<CountryAdjustment> candidates = adjustmentsByCountry.getOrDefault(assessment.city().country(), List.of());
    if (candidates.isEmpty()) {
      return Resolved.NONE;
    }
    boolean citySpecific = candidates.stream().anyMatch(a -> !a.cities().isEmpty());
    String key = citySpecific ? assessment.city().country() + '\u0000' + assessment.city().id() : assessment.city().country();
    return resolvedCache.computeIfAbsent(key, k -> {
      List<CountryAdjustment> applied = new ArrayList<>();
      for (CountryAdjustment a : candidates) {
        if (a.appliesTo(assessment.city())) {
          applied.add(a);
        }
      }
      return new Resolved(applied, instrument, weight);
    });
  }

  private void checkAdjustments(List<CountryAdjustment> list) {
    ProblemCollector problems = new ProblemCollector();
    Set<String> ids = new HashSet<>();
    for (CountryAdjustment a : list) {
      Problem.Builder at = Problem.builder();
      a.indicator().ifPresent(at::indicator);
      String who = "adjustment \"" + a.id() + "\" ";
      if (!ids.add(a.id())) {
        problems.add(Problem.builder().field("id").value(a.id()).message("is used by more than one adjustment").build());
      }
      if (!a.instrumentId().equals(instrument.id())) {
        problems.add(Problem.builder().field("instrumentId").value(a.instrumentId())
            .message("of " + who + "does not match instrument \"" + instrument.id() + "\"").build());
      }
      if (a.indicator().isPresent()) {
        Optional<Indicator> ind = instrument.indicator(a.indicator().get());
        if (ind.isEmpty()) {
          problems.add(at.message(who + "names an indicator that instrument \"" + instrument.id() + "\" lacks").build());
        } else if (a.kind() == AdjustmentKind.ACCEPT_CHANNEL && ind.get().channelScope() == ChannelScope.CHANNEL_INDEPENDENT) {
          problems.add(Problem.builder().indicator(a.indicator().get())
              .message(who + "accepts channels for a channel-independent indicator, where every channel counts already").build());
        }
      }
      a.localIndicator().ifPresent(li -> {
        if (instrument.hasIndicator(li.code())) {
          problems.add(Problem.builder().indicator(li.code())
              .message(who + "adds a local indicator whose code is already an indicator of instrument \"" + instrument.id() + "\"").build());
        }
      });
    }
    // Conflicts: two exclusions/reweightings, or two local indicators with one code, that can reach one city.
    for (int x = 0; x < list.size(); x++) {
      for (int y = x + 1; y < list.size(); y++) {
        CountryAdjustment a = list.get(x);
        CountryAdjustment b = list.get(y);
        if (!a.country().equals(b.country()) || !overlap(a.cities(), b.cities())) {
          continue;
        }
        boolean aw = a.kind() == AdjustmentKind.EXCLUDE_INDICATOR || a.kind() == AdjustmentKind.REWEIGHT;
        boolean bw = b.kind() == AdjustmentKind.EXCLUDE_INDICATOR || b.kind() == AdjustmentKind.REWEIGHT;
        if (aw && bw && a.indicator().equals(b.indicator())) {
          problems.add(Problem.builder().indicator(a.indicator().get())
              .message("adjustments \"" + a.id() + "\" (" + a.kind() + ") and \"" + b.id() + "\" (" + b.kind()
                  + ") both decide this indicator's weight for the same cities of " + a.country()).build());
        }
        if (a.localIndicator().isPresent() && b.localIndicator().isPresent()
            && a.localIndicator().get().code().equals(b.localIndicator().get().code())) {
          problems.add(Problem.builder().indicator(a.localIndicator().get().code())
              .message("adjustments \"" + a.id() + "\" and \"" + b.id() + "\" both add a local indicator with this code for the same cities of "
                  + a.country()).build());
        }
      }
    }
    problems.throwIfAny();
  }

  private static boolean overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static int mask(Set<Channel> channels) {
    int m = 0;
    for (Channel c : channels) {
      m |= 1 << c.ordinal();
    }
    return m;
  }

  private static Set<Channel> channels(int mask) {
    EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
    for (Channel c : Channel.values()) {
      if ((mask & (1 << c.ordinal())) != 0) {
        set.add(c);
      }
    }
    return set;
  }

  /** The adjustments that apply to one city, compiled to arrays. Immutable once built. */
  private static final class Resolved {
    static final Resolved NONE = new Resolved(List.of(), null, null);

    final List<CountryAdjustment> applied;
    final boolean[] excluded; // null when nothing is excluded
    final double[] weight; // effective weights (null for NONE)
    final int[] accept; // union of accepted channel masks per indicator, null when none
    final List<CountryAdjustment> accepting; // the ACCEPT_CHANNEL adjustments, in order
    final int[] acceptingIndex; // indicator position of each accepting adjustment
    final List<String> excludedCodes;
    final Map<String, Indicator> local; // code -> local indicator, in adjustment order
    final List<String> localAdjustments;
    final String localCodesMessage;

    Resolved(List<CountryAdjustment> applied, Instrument instrument, double[] baseWeight) {
      this.applied = List.copyOf(applied);
      boolean[] ex = null;
      int[] acc = null;
      List<CountryAdjustment> accepting = new ArrayList<>();
      List<Integer> acceptingIndex = new ArrayList<>();
      double[] w = baseWeight == null ? null : baseWeight.clone();
      List<String> exCodes = new ArrayList<>();
      Map<String, Indicator> loc = new LinkedHashMap<>();
      List<String> locAdj = new ArrayList<>();
      for (CountryAdjustment a : applied) {
        int i = a.indicator().map(instrument::indexOf).orElse(-1);
        switch (a.kind()) {
          case EXCLUDE_INDICATOR -> {
            if (ex == null) {
              ex = new boolean[w.length];
            }
            ex[i] = true;
            exCodes.add(a.indicator().get());
          }
          case REWEIGHT -> w[i] = a.weight().getAsDouble();
          case ACCEPT_CHANNEL -> {
            if (acc == null) {
              acc = new int[w.length];
            }
            acc[i] |= mask(a.acceptedChannels());
            accepting.add(a);
            acceptingIndex.add(i);
          }
          case ADD_LOCAL_INDICATOR -> {
            loc.put(a.localIndicator().get().code(), a.localIndicator().get());
            locAdj.add(a.id());
          }
        }
      }
      this.excluded = ex;
      this.weight = w;
      this.accept = acc;
      this.accepting = List.copyOf(accepting);
      this.acceptingIndex = acceptingIndex.stream().mapToInt(Integer::intValue).toArray();
      this.excludedCodes = List.copyOf(exCodes);
      this.local = java.util.Collections.unmodifiableMap(loc);
      this.localAdjustments = List.copyOf(locAdj);
      this.localCodesMessage = String.join(", ", loc.keySet());
    }

    Optional<String> accepting(int i, int evidenceMask) {
      if (accept == null || (accept[i] & evidenceMask) == 0) {
        return Optional.empty();
      }
      for (int k = 0; k < acceptingIndex.length; k++) {
        if (acceptingIndex[k] == i && (mask(accepting.get(k).acceptedChannels()) & evidenceMask) != 0) {
          return Optional.of(accepting.get(k).id());
        }
      }
      throw new AssertionError("accept mask and accepting adjustments disagree");
    }
  }
}
