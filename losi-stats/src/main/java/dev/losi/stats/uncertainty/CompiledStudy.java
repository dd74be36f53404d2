package dev.losi.stats.uncertainty;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A study compiled to arrays for re-scoring: per city and indicator the number of assessors for whom the
 * indicator counts (under each channel-scope and adjustment setting), the disputed items with each
 * assessor's answer code, the adjustments per city, and the reconstructed calls. Immutable once built.
 *
 * <p>Answer code of one assessor for one indicator: {@code -1} not present (absent, not applicable or not
 * assessed), {@code 0} present and counting on any channel scope (no channel named, or the municipal
 * portal or a site it links to named), {@code > 0} present with only non-municipal channels named (the
 * channel bit mask).
 */
final class CompiledStudy {

  static final int MGP_MASK = (1 << Channel.MGP.ordinal()) | (1 << Channel.MGP_LINKED_SITE.ordinal());

  final Instrument instrument;
  final City[] cities; // sorted by id
  final int cityCount;
  final int size;
  final int criteria;
  final String[] criterionCodes;
  final int[] assessors;
  final double[] weight;
  final int[] criterion;
  final boolean[] mgp;
  final double totalWeight;
  final double instrumentMaximum;
  final int[][] countIfIndependent; // [c][i]: assessors who answered present
  final int[][] countIfMgp; // [c][i]: present and counting as MGP-specific, adjustments off
  final int[][] countIfMgpAccepted; // [c][i]: as MGP-specific with the city's accepted channels
  final boolean hasAdjustments;
  final double[][] adjustedWeight; // [c] null when no adjustment applies to the city; 0 for excluded
  final boolean[][] excluded; // [c] null when nothing is excluded
  final int[][] acceptMask; // [c]: accepted channels per indicator (all 0 when none)
  // Disputed items, ordered by city then indicator.
  final int[] itemCity;
  final int[] itemIndicator;
  final int[][] itemCodes; // per assessor of the city
  final double[][] itemCumulative; // cumulative choice probabilities per assessor
  final int[][] itemsOfCity; // item indices per city
  // Reconstructed calls.
  final int[] callIndicator;
  final boolean[] callIsScope;
  final int[] callCriterion; // alternative criterion slot, -1 for scope calls
  final double[] callProbability;
  final List<ReconstructedCall> calls;
  // The points no draw can change, scored once by losi-core's CompiledInstrument.
  final FixedPoints fixed;

  CompiledStudy(Instrument instrument, List<Assessment> assessments, List<CountryAdjustment> adjustments,
      MissingAnswerPolicy policy, List<ReviewerProbability> reviewer, List<ReconstructedCall> calls) {
    // Every problem of the inputs at once: the scorer's checks of assessments and adjustments.
    Scorer.of(instrument).withAdjustments(adjustments).withMissingAnswers(policy).scoreAll(assessments);
    ProblemCollector problems = new ProblemCollector();
    this.instrument = instrument;
    this.size = instrument.size();
    List<Criterion> crit = new ArrayList<>(instrument.criteria());
    this.criteria = crit.size();
    this.criterionCodes = crit.stream().map(Criterion::code).toArray(String[]::new);
    Map<String, Integer> slot = new HashMap<>();
    for (int k = 0; k < criteria; k++) {
      slot.put(criterionCodes[k], k);
    }
    this.weight = new double[size];
    this.criterion = new int[size];
    this.mgp = new boolean[size];
    for (int i = 0; i < size; i++) {
      Indicator ind = instrument.indicators().get(i);
      weight[i] = ind.weight();
      criterion[i] = slot.get(ind.criterion());
      mgp[i] = ind.channelScope() == ChannelScope.MGP_SPECIFIC;
    }
    this.totalWeight = instrument.totalWeight();
    this.instrumentMaximum = instrument.maximumPoints();

    TreeMap<String, List<Assessment>> byCity = new TreeMap<>();
    Map<String, City> cityOf = new HashMap<>();
    for (Assessment a : assessments) {
      byCity.computeIfAbsent(a.city().id(), k -> new ArrayList<>()).add(a);
      cityOf.putIfAbsent(a.city().id(), a.city());
    }
    for (Map.Entry<String, List<Assessment>> e : byCity.entrySet()) {
      List<String> seen = new ArrayList<>();
      for (Assessment a : e.getValue()) {
        if (seen.contains(a.assessorId())) {
          problems.add(Problem.builder().city(e.getKey()).assessor(a.assessorId())
              .message("has more than one assessment of this city; give one per assessor").build());
        }
        seen.add(a.assessorId());
      }
    }
    this.cityCount = byCity.size();
    this.cities = byCity.keySet().stream().map(cityOf::get).toArray(City[]::new);
    this.assessors = new int[cityCount];
    this.acceptMask = new int[cityCount][];
    this.countIfIndependent = new int[cityCount][size];
    this.countIfMgp = new int[cityCount][size];
    this.countIfMgpAccepted = new int[cityCount][size];
    this.adjustedWeight = new double[cityCount][];
    this.excluded = new boolean[cityCount][];
    this.hasAdjustments = !adjustments.isEmpty();

    Map<String, Double> review = new HashMap<>();
    for (ReviewerProbability r : reviewer) {
      if (review.put(r.cityId() + '\u0000' + r.indicator(), r.present()) != null) {
        problems.add(Problem.builder().city(r.cityId()).indicator(r.indicator())
            .message("has more than one reviewer probability").build());
      }
    }
    List<int[]> itemKeys = new ArrayList<>();
    List<int[]> codes = new ArrayList<>();
    List<double[]> cumulative = new ArrayList<>();
    int c = 0;
    for (List<Assessment> list : byCity.values()) {
      int n = list.size();
      assessors[c] = n;
      int[] accept = compileAdjustments(c, adjustments);
      acceptMask[c] = accept;
      int[][] code = new int[n][];
      for (int a = 0; a < n; a++) {
        code[a] = codes(list.get(a), policy);
      }
      for (int i = 0; i < size; i++) {
        boolean disputed = false;
        for (int a = 0; a < n; a++) {
          int x = code[a][i];
          disputed |= x != code[0][i];
          if (x >= 0) {
            countIfIndependent[c][i]++;
          }
          if (x == 0) {
            countIfMgp[c][i]++;
          }
          if (x == 0 || (x > 0 && (x & accept[i]) != 0)) {
            countIfMgpAccepted[c][i]++;
          }
        }
        String key = cities[c].id() + '\u0000' + instrument.indicators().get(i).code();
        Double p = review.remove(key);
        if (p != null && !disputed) {
          problems.add(Problem.builder().city(cities[c].id()).indicator(instrument.indicators().get(i).code())
              .message("has a reviewer probability but is not disputed: every assessor recorded the same answer").build());
        }
        if (disputed) {
          int[] ac = new int[n];
          for (int a = 0; a < n; a++) {
            ac[a] = code[a][i];
          }
          itemKeys.add(new int[] {c, i});
          codes.add(ac);
          cumulative.add(choiceProbabilities(ac, p));
        }
      }
      c++;
    }
    for (String key : new java.util.TreeSet<>(review.keySet())) {
      String[] parts = key.split("\u0000", 2);
      problems.add(Problem.builder().city(parts[0]).indicator(parts[1])
          .message("has a reviewer probability but the city or indicator is not in the study").build());
    }
    int m = itemKeys.size();
    this.itemCity = new int[m];
    this.itemIndicator = new int[m];
    this.itemCodes = codes.toArray(new int[0][]);
    this.itemCumulative = cumulative.toArray(new double[0][]);
    int[] perCity = new int[cityCount];
    for (int k = 0; k < m; k++) {
      itemCity[k] = itemKeys.get(k)[0];
      itemIndicator[k] = itemKeys.get(k)[1];
      perCity[itemCity[k]]++;
    }
    this.itemsOfCity = new int[cityCount][];
    for (int x = 0; x < cityCount; x++) {
      itemsOfCity[x] = new int[perCity[x]];
      perCity[x] = 0;
    }
    for (int k = 0; k < m; k++) {
      itemsOfCity[itemCity[k]][perCity[itemCity[k]]++] = k;
    }

    this.calls = List.copyOf(calls);
    int f = calls.size();
    this.callIndicator = new int[f];
    this.callIsScope = new boolean[f];
    this.callCriterion = new int[f];
    this.callProbability = new double[f];
    boolean[] called = new boolean[size * 2];
    for (int k = 0; k < f; k++) {
      ReconstructedCall rc = calls.get(k);
      int i = instrument.indexOf(rc.indicator());
      Problem.Builder at = Problem.builder().indicator(rc.indicator()).field(rc.field());
      if (i < 0) {
        problems.add(at.message("is a reconstructed call for an indicator the instrument lacks").build());
        continue;
      }
      callIndicator[k] = i;
      callIsScope[k] = rc.field().equals(ReconstructedCall.CHANNEL_SCOPE);
      callProbability[k] = rc.probability();
      if (called[i * 2 + (callIsScope[k] ? 0 : 1)]) {
        problems.add(at.message("is given more than one reconstructed call").build());
      }
      called[i * 2 + (callIsScope[k] ? 0 : 1)] = true;
      if (callIsScope[k]) {
        callCriterion[k] = -1;
        String current = instrument.indicators().get(i).channelScope().name();
        if (rc.alternative().equals(current) || !(rc.alternative().equals(ChannelScope.MGP_SPECIFIC.name())
            || rc.alternative().equals(ChannelScope.CHANNEL_INDEPENDENT.name()))) {
          problems.add(at.value(rc.alternative()).message("must be the other channel scope than " + current).build());
        }
      } else {
        Integer s = slot.get(rc.alternative());
        if (s == null || s == criterion[i]) {
          problems.add(at.value(rc.alternative()).message("must be another criterion of the instrument").build());
          callCriterion[k] = criterion[i];
        } else {
          callCriterion[k] = s;
        }
      }
    }
    problems.throwIfAny();
    this.fixed = new FixedPoints(this, new ArrayList<>(byCity.values()), adjustments);
  }

  /** Compiles the adjustments applying to city c; returns its accepted-channel mask per indicator. */
  private int[] compileAdjustments(int c, List<CountryAdjustment> adjustments) {
    int[] accept = new int[size];
    for (CountryAdjustment a : adjustments) {
      if (!a.appliesTo(cities[c]) || a.kind() == AdjustmentKind.ADD_LOCAL_INDICATOR) {
        continue;
      }
      int i = instrument.indexOf(a.indicator().orElseThrow());
      if (adjustedWeight[c] == null) {
        adjustedWeight[c] = weight.clone();
      }
      switch (a.kind()) {
        case EXCLUDE_INDICATOR -> {
          if (excluded[c] == null) {
            excluded[c] = new boolean[size];
          }
          excluded[c][i] = true;
          adjustedWeight[c][i] = 0;
        }
        case REWEIGHT -> adjustedWeight[c][i] = a.weight().getAsDouble();
        case ACCEPT_CHANNEL -> {
          for (Channel ch : a.acceptedChannels()) {
            accept[i] |= 1 << ch.ordinal();
          }
        }
        default -> throw new AssertionError(a.kind());
      }
    }
    return accept;
  }

  private int[] codes(Assessment a, MissingAnswerPolicy policy) {
    int[] code = new int[size];
    java.util.Arrays.fill(code, -1);
    for (Response r : a.responses()) {
      int i = instrument.indexOf(r.indicator());
      if (i < 0 || r.answer() != Answer.PRESENT) {
        continue; // local indicators are not part of the LOSI; other answers score 0
      }
      int mask = 0;
      if (r.evidence().isPresent()) {
        for (Channel ch : r.evidence().get().channels()) {
          mask |= 1 << ch.ordinal();
        }
      }
      code[i] = (mask & MGP_MASK) != 0 ? 0 : mask;
    }
    return code;
  }

  /** Cumulative probabilities of choosing each assessor's answer. */
  private static double[] choiceProbabilities(int[] codes, Double present) {
    int n = codes.length;
    double[] p = new double[n];
    int np = 0;
    for (int x : codes) {
      if (x >= 0) {
        np++;
      }
    }
    for (int a = 0; a < n; a++) {
      if (present == null || np == 0 || np == n) {
        p[a] = 1.0 / n;
      } else {
        p[a] = codes[a] >= 0 ? present / np : (1 - present) / (n - np);
      }
    }
    double s = 0;
    for (int a = 0; a < n; a++) {
      s += p[a];
      p[a] = s;
    }
    p[n - 1] = 1.0;
    return p;
  }

  /** Whether assessor code x counts for an indicator that is MGP-specific or not, with an accept mask. */
  static boolean counts(int x, boolean mgpSpecific, boolean accepted, int acceptMask) {
    return x == 0 || (x > 0 && (!mgpSpecific || (accepted && (x & acceptMask) != 0)));
  }

  int disputedItems() {
    return itemCity.length;
  }
}
