package dev.losi.core.scoring;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.adjustment.AcceptChannel;
import dev.losi.core.adjustment.AdjustmentRule;
import dev.losi.core.adjustment.ExcludeIndicator;
import dev.losi.core.adjustment.Reweight;
import dev.losi.core.level.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instrument compiled for fast, exact, allocation-free scoring over packed answers: the engine under
 * {@link Scorer}, and the entry point for batch scoring, benchmarks and Monte Carlo re-scoring.
 *
 * <h2>Packed answers</h2>
 * One assessment is {@code size()} ints, one per indicator position of the instrument (questionnaire
 * order): {@code packed[offset + i] = answer.ordinal() | channelMask << 8} (see {@link PackedAnswers},
 * which builds them). Many assessments can share one array, {@code size()} ints apart. The channel mask is
 * below 2^6, as {@link PackedAnswers#pack(Answer, int)} makes it.
 *
 * <p>The same answers in the bit-packed layout of {@link BitPackedAnswers} (20 longs per LOSI-2024
 * assessment, one bit per indicator in each plane) are scored by {@link #points(long[], int)} and
 * {@link #score(long[], int, long[])} with a few long operations and popcounts per 64 indicators, to the
 * same units as the int layout.
 *
 * <h2>Formulas</h2>
 * With {@code w_i} the weight of indicator {@code i} in this variant and {@code x_i = 1} when it counts:
 * <pre>
 *   points        = sum over i of w_i * x_i
 *   maximum       = declared maximum, or  S + sum over i not excluded of w_i
 *   value         = points / maximum
 *   x_i = 1  iff  answer_i = PRESENT, i not excluded, and (i is channel-independent, or no channel is
 *                 named, or a named channel is MGP, an MGP-linked site, or accepted for i)
 * </pre>
 * {@code S >= 0} is the instrument's surplus, its declared maximum minus the sum of its weights (0 when
 * none is declared); a variant built with {@link #withMaximum(double)} has that maximum instead.
 *
 * <h2>Exact arithmetic</h2>
 * Each weight stands for a decimal (the shortest that rounds to the double, so {@code 0.7} is 7/10). All
 * weights and the maximum are scaled once, at compile time, by the common power of ten {@code 10^scale()}
 * that makes them integers ("units"); scoring sums longs, so a sum does not depend on the order of its
 * terms, and {@link #level(long)} is decided on the exact fraction: weights 0.7, 0.1, 0.8 with the first
 * two present are 8 of 16 units, exactly 1/2, {@link Level#HIGH}. A variant is refused when its maximum
 * reaches 10^15 units (about 15 significant digits); below that bound every value is correctly rounded
 * and no rounded value can cross a level boundary.
 *
 * <pre>{@code
 * CompiledInstrument c = CompiledInstrument.of(instrument);
 * int[] packed = new int[c.size()];
 * PackedAnswers.pack(instrument, assessment, packed, 0);
 * long units = c.points(packed, 0);         // no allocation
 * double losi = c.value(units);
 * Level level = c.level(units);
 * CompiledInstrument heavier = c.withWeights(weights).withMaximum(96);
 * }</pre>
 *
 * <p>Immutable and thread-safe; every {@code with...} method returns a new variant.
 *
 * @since 0.1.0
 */
public final class CompiledInstrument {

  private static final int PRESENT = Answer.PRESENT.ordinal();
  private static final int ALL_CHANNELS = (1 << Channel.values().length) - 1; // channel-independent: any counts
  private static final int MGP_MASK = Channel.maskOf(List.of(Channel.MGP, Channel.MGP_LINKED_SITE));
  private static final int SCOPES = ChannelScope.values().length;

  private final Instrument instrument;
  private final int size;
  private final String[] criterionCodes; // criteria that have indicators, in instrument order
  private final int[] criterionSlot;
  private final int[] scopeOrdinal;
  private final boolean[] mgpSpecific;
  // the variant
  private final BigDecimal[] weightDecimal;
  private final boolean[] excluded;
  private final int[] accepted; // accepted non-MGP channels per position (ACCEPT_CHANNEL)
  private final BigDecimal surplus;
  private final BigDecimal declaredMaximum; // null: S + sum of weights not excluded
  // compiled from the variant
  private final int scale;
  private final long[] units; // 0 for an excluded indicator
  private final int[] countingChannels; // a named channel in this mask lets a PRESENT count
  private final long maximumUnits;
  private final long[] criterionMaximumUnits;
  private final long[] scopeMaximumUnits;
  private final BitScoring bits;
  // counts tables: bit m of countLow[i] (m < 32) / countHigh[i] (m >= 32) is set when a PRESENT answer naming
  // channel mask m counts at i (0 when i is excluded or weighs 0 units)
  private final int[] countLow;
  private final int[] countHigh;
  private final long singleUnits; // the one weight in units of every position not excluded, or -1

  private CompiledInstrument(CompiledInstrument base, BigDecimal[] weights, boolean[] excluded, int[] accepted,
      BigDecimal declaredMaximum) {
    this.instrument = base.instrument;
    this.size = base.size;
    this.criterionCodes = base.criterionCodes;
    this.criterionSlot = base.criterionSlot;
    this.scopeOrdinal = base.scopeOrdinal;
    this.mgpSpecific = base.mgpSpecific;
    this.surplus = base.surplus;
    this.weightDecimal = weights;
    this.excluded = excluded;
    this.accepted = accepted;
    this.declaredMaximum = declaredMaximum;
    BigDecimal max = declaredMaximum == null ? surplus : declaredMaximum;
    int s = Math.max(0, max.scale());
    for (int i = 0; i < size; i++) {
      if (declaredMaximum == null && !excluded[i]) {
        max = max.add(weights[i]);
      }
      s = Math.max(s, weights[i].scale());
    }
    this.scale = s;
    this.units = new long[size];
    this.countingChannels = new int[size];
    this.criterionMaximumUnits = new long[criterionCodes.length];
    this.scopeMaximumUnits = new long[SCOPES];
    long total = 0;
    for (int i = 0; i < size; i++) {
      if (!excluded[i]) {
        units[i] = toUnits(weights[i], s, "the weight of indicator " + instrument.indicators().get(i).code());
        total += units[i];
        criterionMaximumUnits[criterionSlot[i]] += units[i];
        scopeMaximumUnits[scopeOrdinal[i]] += units[i];
      }
      countingChannels[i] = mgpSpecific[i] ? MGP_MASK | accepted[i] : ALL_CHANNELS;
    }
    this.maximumUnits = toUnits(max, s, "the maximum");
    this.bits = bitScoring(BitScoring.MAX_CLASSES);
    this.countLow = new int[size];
    this.countHigh = new int[size];
    long single = 0;
    for (int i = 0; i < size; i++) {
      for (int m = 0; m < 64 && units[i] > 0; m++) {
        if (m == 0 || (m & countingChannels[i]) != 0) {
          if (m < 32) {
            countLow[i] |= 1 << m;
          } else {
            countHigh[i] |= 1 << (m - 32);
          }
        }
      }
      if (units[i] > 0) {
        single = single == 0 || single == units[i] ? units[i] : -1;
      }
    }
    this.singleUnits = single;
    if (total > maximumUnits) {
      throw new IllegalArgumentException("the maximum " + max.toPlainString()
          + " is below the sum of the weights not excluded, " + BigDecimal.valueOf(total, s).toPlainString());
    }
  }

  private CompiledInstrument(Instrument instrument) {
    this.instrument = instrument;
    this.size = instrument.size();
    List<String> codes = new ArrayList<>();
    for (Criterion c : instrument.criteria()) {
      if (!instrument.indicatorsOf(c.code()).isEmpty()) {
        codes.add(c.code());
      }
    }
    this.criterionCodes = codes.toArray(new String[0]);
    this.criterionSlot = new int[size];
    this.scopeOrdinal = new int[size];
    this.mgpSpecific = new boolean[size];
    BigDecimal[] w = new BigDecimal[size];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      Indicator ind = instrument.indicators().get(i);
      criterionSlot[i] = codes.indexOf(ind.criterion());
      scopeOrdinal[i] = ind.channelScope().ordinal();
      mgpSpecific[i] = ind.channelScope() == ChannelScope.MGP_SPECIFIC;
      w[i] = Decimals.of(ind.weight());
      sum = sum.add(w[i]);
    }
    this.weightDecimal = w;
    this.surplus = instrument.declaredMaximum().isPresent()
        ? Decimals.of(instrument.declaredMaximum().getAsDouble()).subtract(sum).max(BigDecimal.ZERO)
        : BigDecimal.ZERO;
    this.excluded = new boolean[size];
    this.accepted = new int[size];
    this.declaredMaximum = null;
    this.scale = 0;
    this.units = null;
    this.countingChannels = null;
    this.maximumUnits = 0;
    this.criterionMaximumUnits = null;
    this.scopeMaximumUnits = null;
    this.bits = null;
    this.countLow = null;
    this.countHigh = null;
    this.singleUnits = -1;
  }

  /** The bit-layout scoring of this variant; more than {@code maxClasses} weight classes visit bits one by one. */
  BitScoring bitScoring(int maxClasses) {
    return new BitScoring(size, units, criterionSlot, criterionCodes.length, scopeOrdinal, mgpSpecific, excluded,
        accepted, maxClasses);
  }

  private static long toUnits(BigDecimal d, int scale, String what) {
    BigDecimal u = d.movePointRight(scale);
    if (u.compareTo(BigDecimal.valueOf(Decimals.LIMIT)) >= 0) {
      throw new IllegalArgumentException(what + " is " + d.toPlainString() + ", which at " + scale
          + " decimal places (the most any weight or maximum of the instrument has) reaches 10^15 units: "
          + "scores could not be exact; write the weights with fewer decimal places");
    }
    return u.longValueExact();
  }

  /**
   * Compiles an instrument: its weights, criteria, channel scopes and denominator, with no adjustment.
   *
   * @param instrument the instrument
   * @return the compiled instrument
   * @throws IllegalArgumentException if the maximum reaches 10^15 units (see the class documentation)
   */
  public static CompiledInstrument of(Instrument instrument) {
    CompiledInstrument bare = new CompiledInstrument(instrument);
    return new CompiledInstrument(bare, bare.weightDecimal, bare.excluded, bare.accepted, null);
  }

  // --- variants ---------------------------------------------------------------------------

  /**
   * A variant with other weights, one per indicator position; excluded indicators stay excluded. Without
   * {@link #withMaximum(double)} the maximum becomes {@code S + sum of the new weights not excluded}.
   *
   * @param weights finite weights {@code >= 0}, {@code size()} of them
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException if the length or a weight is wrong, or units reach 10^15
   */
  public CompiledInstrument withWeights(double[] weights) {
    if (weights.length != size) {
      throw new IllegalArgumentException("need " + size + " weights, got " + weights.length);
    }
    BigDecimal[] w = new BigDecimal[size];
    for (int i = 0; i < size; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight " + (i + 1) + " must be a finite number >= 0, got " + weights[i]);
      }
      w[i] = Decimals.of(weights[i]);
    }
    return new CompiledInstrument(this, w, excluded, accepted, declaredMaximum);
  }

  /**
   * A variant whose weights are this variant's multiplied by a factor per criterion code (criteria not
   * named keep factor 1): {@code w_i' = f_c(i) * w_i}, multiplied exactly as decimals.
   *
   * @param factors criterion code to factor, each finite and {@code >= 0}
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException for an unknown criterion code, a bad factor, or units reaching 10^15
   */
  public CompiledInstrument withCriterionWeights(Map<String, Double> factors) {
    BigDecimal[] f = new BigDecimal[criterionCodes.length];
    Arrays.fill(f, BigDecimal.ONE);
    factors.forEach((code, factor) -> {
      int slot = Arrays.asList(criterionCodes).indexOf(code);
      if (slot < 0) {
        throw new IllegalArgumentException("\"" + code + "\" is not a criterion with indicators in " + instrument.id());
      }
      if (!(factor >= 0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("the factor of " + code + " must be a finite number >= 0, got " + factor);
      }
      f[slot] = Decimals.of(factor);
    });
    BigDecimal[] w = new BigDecimal[size];
    for (int i = 0; i < size; i++) {
      w[i] = weightDecimal[i].multiply(f[criterionSlot[i]]).stripTrailingZeros();
    }
    return new CompiledInstrument(this, w, excluded, accepted, declaredMaximum);
  }

  /**
   * A variant with this denominator in place of {@code S + sum of weights}.
   *
   * @param maximum finite, {@code > 0}, not below the sum of the weights not excluded
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException if the maximum is out of range or reaches 10^15 units
   */
  public CompiledInstrument withMaximum(double maximum) {
    if (!(maximum > 0) || Double.isInfinite(maximum)) {
      throw new IllegalArgumentException("the maximum must be a finite number > 0, got " + maximum);
    }
    return new CompiledInstrument(this, weightDecimal, excluded, accepted, Decimals.of(maximum));
  }

  /**
   * A variant with these indicators excluded as well (out of numerator and denominator).
   *
   * @param codes indicator codes of the instrument
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException for a code the instrument lacks
   */
  public CompiledInstrument withExcluded(Collection<String> codes) {
    boolean[] ex = excluded.clone();
    for (String code : codes) {
      ex[position(code)] = true;
    }
    return new CompiledInstrument(this, weightDecimal, ex, accepted, declaredMaximum);
  }

  /**
   * A variant with the weight-and-channel rules of these adjustments applied, in order:
   * {@code EXCLUDE_INDICATOR} excludes, {@code REWEIGHT} sets the weight, {@code ACCEPT_CHANNEL} lets the
   * named channels count for the indicator. {@code ADD_LOCAL_INDICATOR} is ignored here (local indicators
   * are scored apart, see {@link LocalScore}). The adjustments are taken as given: which of them apply
   * to a city, and whether they conflict, is for {@link dev.losi.core.adjustment.AdjustmentSet}.
   *
   * @param adjustments adjustments for this instrument
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException for an indicator the instrument lacks, or units reaching 10^15
   */
  public CompiledInstrument withAdjustments(Collection<CountryAdjustment> adjustments) {
    BigDecimal[] w = weightDecimal.clone();
    boolean[] ex = excluded.clone();
    int[] acc = accepted.clone();
    for (CountryAdjustment a : adjustments) {
      AdjustmentRule r = AdjustmentRule.of(a);
      if (r instanceof ExcludeIndicator e) {
        ex[position(e.indicator())] = true;
      } else if (r instanceof Reweight rw) {
        w[position(rw.indicator())] = Decimals.of(rw.weight());
      } else if (r instanceof AcceptChannel c) {
        acc[position(c.indicator())] |= Channel.maskOf(c.channels());
      }
    }
    return new CompiledInstrument(this, w, ex, acc, declaredMaximum);
  }

  private int position(String code) {
    int i = instrument.indexOf(code);
    if (i < 0) {
      throw new IllegalArgumentException("\"" + code + "\" is not an indicator of instrument " + instrument.id());
    }
    return i;
  }

  // --- packed answers and scoring ---------------------------------------------------------

  /**
   * The points of one assessment, in units ({@code 10^-scale()} points). Allocation-free.
   *
   * @param packed packed answers (see the class documentation)
   * @param offset the position of the assessment's first indicator in {@code packed}
   * @return {@code sum of w_i x_i} in units, in {@code [0, maximumUnits()]}
   */
  public long points(int[] packed, int offset) {
    if (singleUnits >= 0) { // one weight class (LOSI-2024): count, then multiply
      int n = 0;
      for (int i = 0; i < size; i++) {
        n += countBit(packed[offset + i], i);
      }
      return singleUnits * n;
    }
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += units[i] & -(long) countBit(packed[offset + i], i);
    }
    return sum;
  }

  /**
   * 1 when a packed answer counts at position {@code i}, else 0; without branches, since answers are
   * unpredictable: with {@code ch = v >>> 8} (a channel mask, below 64) the table bit {@code ch} of the position
   * ({@code countLow} or {@code countHigh}, a conditional move) says whether a PRESENT answer naming those
   * channels counts there, and {@code ((v & 0xFF) ^ PRESENT) - 1 >>> 31} is 1 iff the answer is PRESENT.
   */
  private int countBit(int v, int i) {
    int ch = v >>> 8;
    int table = ch < 32 ? countLow[i] : countHigh[i];
    return (table >>> ch) & ((((v & 0xFF) ^ PRESENT) - 1) >>> 31);
  }

  /**
   * True when a PRESENT answer with these evidence channels counts at this position: the indicator is not
   * excluded and is channel-independent, or no channel is named, or a named channel is the MGP, an
   * MGP-linked site or accepted for it.
   *
   * @param position a 0-based indicator position
   * @param channelMask the evidence channels as a bit mask ({@link Channel#maskOf}), 0 for none
   * @return whether the answer adds the position's weight
   */
  public boolean counts(int position, int channelMask) {
    return !excluded[position] && (channelMask == 0 || (channelMask & countingChannels[position]) != 0);
  }

  /** {@return the length of the buffer {@link #score(int[], int, long[])} fills: {@code 1 + criterionCount() + 2}} */
  public int resultLength() {
    return 1 + criterionCodes.length + SCOPES;
  }

  /**
   * Scores one assessment into {@code out}, in units: {@code out[0]} the points, {@code out[1 + c]} the
   * points of criterion slot {@code c}, {@code out[1 + criterionCount() + s]} the points of channel scope
   * ordinal {@code s}. Allocation-free. {@code out[0]} equals {@link #points(int[], int)}.
   *
   * @param packed packed answers
   * @param offset the position of the assessment's first indicator in {@code packed}
   * @param out a buffer of at least {@link #resultLength()} longs, overwritten
   */
  public void score(int[] packed, int offset, long[] out) {
    Arrays.fill(out, 0, resultLength(), 0L);
    int scopes = 1 + criterionCodes.length;
    long total = 0;
    for (int i = 0; i < size; i++) {
      long u = units[i] & -(long) countBit(packed[offset + i], i);
      total += u;
      out[1 + criterionSlot[i]] += u;
      out[scopes + scopeOrdinal[i]] += u;
    }
    out[0] = total;
  }

  /**
   * The points of one assessment in the bit-packed layout ({@link BitPackedAnswers}), in units: equal to
   * {@link #points(int[], int)} of the same answers. Allocation-free. Per 64 positions, the positions that
   * count are {@code PRESENT & ~(OFF_PORTAL & mgpSpecific & ~rescued)}, {@code rescued} being the OR over the
   * channels accepted by ACCEPT_CHANNEL of {@code CHANNEL_c & accepted_c}; the points are
   * {@code sum over the distinct weights u_k of u_k * popcount(counts & class_k)}, where {@code class_k} holds
   * the positions of weight {@code u_k} not excluded (LOSI-2024 has one class, so two popcounts). With more
   * than four distinct weights the counted positions are visited one by one instead.
   *
   * @param bits bit-packed answers, {@link BitPackedAnswers#stride(int) stride(size())} longs per assessment
   * @param offset the position of the assessment's first long in {@code bits}
   * @return {@code sum of w_i x_i} in units, in {@code [0, maximumUnits()]}
   */
  public long points(long[] bits, int offset) {
    return this.bits.points(bits, offset);
  }

  /**
   * Scores one assessment in the bit-packed layout ({@link BitPackedAnswers}) into {@code out}, with the
   * layout of {@link #score(int[], int, long[])} and the same numbers for the same answers: criterion points
   * are popcounts with the criterion's masks, the total is their sum, and the points of channel scope
   * ordinal 1 are the total less those of ordinal 0. Allocation-free.
   *
   * @param bits bit-packed answers, {@link BitPackedAnswers#stride(int) stride(size())} longs per assessment
   * @param offset the position of the assessment's first long in {@code bits}
   * @param out a buffer of at least {@link #resultLength()} longs, overwritten
   */
  public void score(long[] bits, int offset, long[] out) {
    this.bits.score(bits, offset, out);
  }

  // --- exact results ----------------------------------------------------------------------

  /**
   * {@code points / maximum}, correctly rounded; throws {@link IllegalStateException} when the maximum is 0.
   *
   * @param points points in units, {@code 0 <= points <= maximumUnits()}
   * @return the index value in [0, 1]
   */
  public double value(long points) {
    return ratio(points, maximumUnits);
  }

  /**
   * {@return the level of {@code points / maximum}, decided exactly on the units}
   *
   * @param points points in units, {@code 0 <= points <= maximumUnits()}
   * @throws IllegalStateException when the maximum is 0
   */
  public Level level(long points) {
    requireMaximum();
    return Level.of(points, maximumUnits);
  }

  /**
   * Units as points: {@code units / 10^scale()}, correctly rounded.
   *
   * @param units a number of units (10^-scale() points each)
   * @return the points, as a double
   */
  public double toPoints(long units) {
    return Decimals.toDouble(units, scale);
  }

  /**
   * {@return the score of {@code points} units out of {@link #maximumUnits()}}
   *
   * @param points points in units, {@code 0 <= points <= maximumUnits()}
   */
  public Score score(long points) {
    requireMaximum();
    return new Score(toPoints(points), toPoints(maximumUnits));
  }

  static double ratio(long points, long maximum) {
    if (maximum <= 0) {
      throw new IllegalStateException("the maximum is 0: every indicator is excluded");
    }
    return (double) points / (double) maximum; // both below 2^53: exact operands, one rounding
  }

  private void requireMaximum() {
    if (maximumUnits <= 0) {
      throw new IllegalStateException("the maximum is 0: every indicator is excluded");
    }
  }

  // --- the compiled layout ----------------------------------------------------------------

  /** {@return the instrument compiled} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the number of indicator positions (ints per packed assessment)} */
  public int size() {
    return size;
  }

  /** {@return the number of decimal places of the units: one unit is {@code 10^-scale()} points} */
  public int scale() {
    return scale;
  }

  /** {@return the denominator in units; 0 only when every indicator is excluded and the instrument declares none} */
  public long maximumUnits() {
    return maximumUnits;
  }

  /**
   * {@return the weight of a position in units; 0 when excluded}
   *
   * @param position a 0-based indicator position
   */
  public long weightUnits(int position) {
    return units[position];
  }

  /**
   * {@return true when the position is excluded in this variant}
   *
   * @param position a 0-based indicator position
   */
  public boolean isExcluded(int position) {
    return excluded[position];
  }

  /**
   * {@return true when the indicator at this position is MGP-specific}
   *
   * @param position a 0-based indicator position
   */
  public boolean isMgpSpecific(int position) {
    return mgpSpecific[position];
  }

  /** {@return the number of criteria that have indicators (criterion slots)} */
  public int criterionCount() {
    return criterionCodes.length;
  }

  /**
   * {@return the criterion code of a slot, in instrument order}
   *
   * @param slot a 0-based criterion slot, in instrument order
   */
  public String criterionCode(int slot) {
    return criterionCodes[slot];
  }

  /**
   * {@return the criterion slot of a position}
   *
   * @param position a 0-based indicator position
   */
  public int criterionSlot(int position) {
    return criterionSlot[position];
  }

  /**
   * {@return the maximum of a criterion slot in units: the weights of its positions not excluded}
   *
   * @param slot a 0-based criterion slot, in instrument order
   */
  public long criterionMaximumUnits(int slot) {
    return criterionMaximumUnits[slot];
  }

  /**
   * {@return the maximum of a channel scope in units: the weights of its positions not excluded}
   *
   * @param scope a channel scope
   */
  public long scopeMaximumUnits(ChannelScope scope) {
    return scopeMaximumUnits[scope.ordinal()];
  }

  /**
   * {@return the accepted non-MGP channels of a position in this variant, in {@link Channel} order}
   *
   * @param position a 0-based indicator position
   */
  public Set<Channel> acceptedChannels(int position) {
    return Channel.ofMask(accepted[position]);
  }
}
