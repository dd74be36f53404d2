package dev.losi.core.scoring;

import dev.losi.core.ChannelScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the scores of one compiled instrument (no adjustments) share, so that a city's result holds
 * references rather than objects of its own: the sub-index keys, the {@link Score} of each possible
 * number of points where the maximum is at most {@value #CACHED} units, and the sub-index maps and answer
 * counts met so far (up to {@value #MAPS} of each kind). All are immutable values, made once; which object
 * a result refers to never changes its value.
 */
final class SharedScores {
  /** The largest maximum (units) whose scores are all made at once. */
  static final int CACHED = 4096;
  /** The most sub-index maps (and answer counts) kept. */
  static final int MAPS = 1 << 14;
  private final CompiledInstrument c;
  private final Object[] criterionKeys;
  private final Object[] scopeKeys;
  private final int[] scopeAt;
  private final int[] criterionAt;
  private final Score[] standard;
  private final Score[][] criteria;
  private final Score[][] scopes;
  /** Bits per criterion and per scope of a map's key ({@link #key}); null when a key needs more than 63. */
  private final int[] criterionBits;
  private final int[] scopeBits;
  private final int countBits;
  private final Map<Long, Map<String, Score>> criterionMaps = new ConcurrentHashMap<>();
  private final Map<Long, Map<ChannelScope, Score>> scopeMaps = new ConcurrentHashMap<>();
  private final Map<Long, AnswerCounts> countsMet = new ConcurrentHashMap<>();

  SharedScores(CompiledInstrument c) {
    this.c = c;
    int n = c.criterionCount();
    criterionKeys = new Object[n];
    criteria = new Score[n][];
    criterionAt = new int[n];
    for (int k = 0; k < n; k++) {
      criterionAt[k] = 1 + k;
      criterionKeys[k] = c.criterionCode(k);
      criteria[k] = all(c.criterionMaximumUnits(k));
    }
    List<ChannelScope> kept = new ArrayList<>();
    for (ChannelScope s : ChannelScope.values()) {
      if (c.scopeMaximumUnits(s) > 0) {
        kept.add(s);
      }
    }
    scopeKeys = kept.toArray();
    scopeAt = new int[kept.size()];
    scopes = new Score[kept.size()][];
    for (int k = 0; k < scopeAt.length; k++) {
      scopeAt[k] = 1 + n + kept.get(k).ordinal();
      scopes[k] = all(c.scopeMaximumUnits(kept.get(k)));
    }
    standard = c.maximumUnits() > 0 ? all(c.maximumUnits()) : null;
    long[] maxima = new long[n];
    for (int k = 0; k < n; k++) {
      maxima[k] = c.criterionMaximumUnits(k);
    }
    criterionBits = bits(maxima);
    long[] scopeMaxima = new long[scopeAt.length];
    for (int k = 0; k < scopeAt.length; k++) {
      scopeMaxima[k] = c.scopeMaximumUnits(kept.get(k));
    }
    scopeBits = bits(scopeMaxima);
    countBits = 64 - Long.numberOfLeadingZeros(c.size());
  }

  /** The bits that hold each of {@code 0..maxima[k]}, or null when together they need more than 63. */
  private static int[] bits(long[] maxima) {
    int[] bits = new int[maxima.length];
    int total = 0;
    for (int k = 0; k < maxima.length; k++) {
      bits[k] = maxima[k] < 0 ? 64 : 64 - Long.numberOfLeadingZeros(maxima[k]);
      total += bits[k];
    }
    return total > 63 ? null : bits;
  }

  /** The points {@code out[at[k]]} side by side in {@code bits[k]} bits each, or -1 when one does not fit. */
  private static long key(long[] out, int[] at, int[] bits) {
    if (bits == null) {
      return -1;
    }
    long key = 0;
    for (int k = 0; k < bits.length; k++) {
      long v = out[at[k]];
      if (v < 0 || v >= 1L << bits[k]) {
        return -1;
      }
      key = key << bits[k] | v;
    }
    return key;
  }

  /** The value met before under {@code key} (when not -1), or else {@code made}, kept while there is room. */
  private static <V> V shared(Map<Long, V> met, long key, Supplier<V> made) {
    if (key < 0) {
      return made.get();
    }
    V v = met.get(key);
    if (v == null) {
      v = made.get();
      if (met.size() < MAPS) {
        V before = met.putIfAbsent(key, v);
        v = before == null ? v : before;
      }
    }
    return v;
  }

  AnswerCounts counts(int present, int absent, int notApplicable, int notAssessed, int countedAbsent) {
    int b = countBits;
    long key = 5 * b > 63 ? -1 : (((((long) present << b | absent) << b | notApplicable) << b | notAssessed) << b)
        | countedAbsent;
    return shared(countsMet, key, () -> new AnswerCounts(present, absent, notApplicable, notAssessed,
        countedAbsent));
  }

  /** The score of each number of points out of {@code maximum} units, or null when not kept. */
  private Score[] all(long maximum) {
    if (maximum > CACHED || maximum <= 0) {
      return null; // too many to keep, or none (a score of no maximum is refused when asked for)
    }
    Score[] all = new Score[(int) maximum + 1];
    for (int p = 0; p <= maximum; p++) {
      all[p] = score(c, p, maximum);
    }
    return all;
  }

  private static Score score(CompiledInstrument c, long points, long maximum) {
    return new Score(c.toPoints(points), c.toPoints(maximum));
  }

  private static Score pick(Score[] cached, CompiledInstrument c, long points, long maximum) {
    return cached != null && points >= 0 && points < cached.length ? cached[(int) points] : score(c, points, maximum);
  }

  Score standard(long points) {
    return standard != null && points >= 0 && points < standard.length ? standard[(int) points] : c.score(points);
  }

  Map<String, Score> byCriterion(long[] out) {
    return shared(criterionMaps, key(out, criterionAt, criterionBits), () -> makeByCriterion(out));
  }

  Map<ChannelScope, Score> byScope(long[] out) {
    return shared(scopeMaps, key(out, scopeAt, scopeBits), () -> makeByScope(out));
  }

  private Map<String, Score> makeByCriterion(long[] out) {
    Object[] v = new Object[criterionKeys.length];
    for (int k = 0; k < v.length; k++) {
      v[k] = pick(criteria[k], c, out[1 + k], c.criterionMaximumUnits(k));
    }
    return new OrderedMap<>(criterionKeys, v);
  }

  private Map<ChannelScope, Score> makeByScope(long[] out) {
    Object[] v = new Object[scopeKeys.length];
    for (int k = 0; k < v.length; k++) {
      v[k] = pick(scopes[k], c, out[scopeAt[k]], c.scopeMaximumUnits((ChannelScope) scopeKeys[k]));
    }
    return new OrderedMap<>(scopeKeys, v);
  }
}
