package dev.losi.core.scoring;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.level.Level;
import java.util.Collection;
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

  private static final int SCOPES = ChannelScope.values().length;

  private final InstrumentLayout layout; // shared by every variant of the instrument
  private final Variant variant; // this variant's rules, in exact units
  private final IntScoring ints;
  private final BitScoring bits;

  private CompiledInstrument(InstrumentLayout layout, Variant variant) {
    this.layout = layout;
    this.variant = variant;
    this.ints = new IntScoring(layout, variant);
    this.bits = bitScoring(BitScoring.MAX_CLASSES);
  }

  /** The bit-layout scoring of this variant; more than {@code maxClasses} weight classes visit bits one by one. */
  BitScoring bitScoring(int maxClasses) {
    return new BitScoring(layout, variant, maxClasses);
  }

  /**
   * Compiles an instrument: its weights, criteria, channel scopes and denominator, with no adjustment.
   *
   * @param instrument the instrument
   * @return the compiled instrument
   * @throws IllegalArgumentException if the maximum reaches 10^15 units (see the class documentation)
   */
  public static CompiledInstrument of(Instrument instrument) {
    InstrumentLayout layout = new InstrumentLayout(instrument);
    return new CompiledInstrument(layout, new Variant(layout));
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
    return new CompiledInstrument(layout, variant.withWeights(layout, weights));
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
    return new CompiledInstrument(layout, variant.withCriterionWeights(layout, factors));
  }

  /**
   * A variant with this denominator in place of {@code S + sum of weights}.
   *
   * @param maximum finite, {@code > 0}, not below the sum of the weights not excluded
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException if the maximum is out of range or reaches 10^15 units
   */
  public CompiledInstrument withMaximum(double maximum) {
    return new CompiledInstrument(layout, variant.withMaximum(layout, maximum));
  }

  /**
   * A variant with these indicators excluded as well (out of numerator and denominator).
   *
   * @param codes indicator codes of the instrument
   * @return the new variant; this one is unchanged
   * @throws IllegalArgumentException for a code the instrument lacks
   */
  public CompiledInstrument withExcluded(Collection<String> codes) {
    return new CompiledInstrument(layout, variant.withExcluded(layout, codes));
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
    return new CompiledInstrument(layout, variant.withAdjustments(layout, adjustments));
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
    return ints.points(packed, offset);
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
    return !variant.excluded[position]
        && (channelMask == 0 || (channelMask & variant.countingChannels[position]) != 0);
  }

  /** {@return the length of the buffer {@link #score(int[], int, long[])} fills: {@code 1 + criterionCount() + 2}} */
  public int resultLength() {
    return 1 + layout.criterionCodes.length + SCOPES;
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
    ints.score(packed, offset, out);
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
    requireMaximum();
    return (double) points / (double) variant.maximumUnits; // both below 2^53: exact operands, one rounding
  }

  /**
   * {@return the level of {@code points / maximum}, decided exactly on the units}
   *
   * @param points points in units, {@code 0 <= points <= maximumUnits()}
   * @throws IllegalStateException when the maximum is 0
   */
  public Level level(long points) {
    requireMaximum();
    return Level.of(points, variant.maximumUnits);
  }

  /**
   * Units as points: {@code units / 10^scale()}, correctly rounded.
   *
   * @param units a number of units (10^-scale() points each)
   * @return the points, as a double
   */
  public double toPoints(long units) {
    return Decimals.toDouble(units, variant.scale);
  }

  /**
   * {@return the score of {@code points} units out of {@link #maximumUnits()}}
   *
   * @param points points in units, {@code 0 <= points <= maximumUnits()}
   */
  public Score score(long points) {
    requireMaximum();
    return new Score(toPoints(points), toPoints(variant.maximumUnits));
  }

  private void requireMaximum() {
    if (variant.maximumUnits <= 0) {
      throw new IllegalStateException("the maximum is 0: every indicator is excluded");
    }
  }

  // --- the compiled layout ----------------------------------------------------------------

  /** {@return the instrument compiled} */
  public Instrument instrument() {
    return layout.instrument;
  }

  /** {@return the number of indicator positions (ints per packed assessment)} */
  public int size() {
    return layout.size;
  }

  /** {@return the number of decimal places of the units: one unit is {@code 10^-scale()} points} */
  public int scale() {
    return variant.scale;
  }

  /** {@return the denominator in units; 0 only when every indicator is excluded and the instrument declares none} */
  public long maximumUnits() {
    return variant.maximumUnits;
  }

  /**
   * {@return the weight of a position in units; 0 when excluded}
   *
   * @param position a 0-based indicator position
   */
  public long weightUnits(int position) {
    return variant.units[position];
  }

  /**
   * {@return true when the position is excluded in this variant}
   *
   * @param position a 0-based indicator position
   */
  public boolean isExcluded(int position) {
    return variant.excluded[position];
  }

  /**
   * {@return true when the indicator at this position is MGP-specific}
   *
   * @param position a 0-based indicator position
   */
  public boolean isMgpSpecific(int position) {
    return layout.mgpSpecific[position];
  }

  /** {@return the number of criteria that have indicators (criterion slots)} */
  public int criterionCount() {
    return layout.criterionCodes.length;
  }

  /**
   * {@return the criterion code of a slot, in instrument order}
   *
   * @param slot a 0-based criterion slot, in instrument order
   */
  public String criterionCode(int slot) {
    return layout.criterionCodes[slot];
  }

  /**
   * {@return the criterion slot of a position}
   *
   * @param position a 0-based indicator position
   */
  public int criterionSlot(int position) {
    return layout.criterionSlot[position];
  }

  /**
   * {@return the maximum of a criterion slot in units: the weights of its positions not excluded}
   *
   * @param slot a 0-based criterion slot, in instrument order
   */
  public long criterionMaximumUnits(int slot) {
    return variant.criterionMaximumUnits[slot];
  }

  /**
   * {@return the maximum of a channel scope in units: the weights of its positions not excluded}
   *
   * @param scope a channel scope
   */
  public long scopeMaximumUnits(ChannelScope scope) {
    return variant.scopeMaximumUnits[scope.ordinal()];
  }

  /**
   * {@return the accepted non-MGP channels of a position in this variant, in {@link Channel} order}
   *
   * @param position a 0-based indicator position
   */
  public Set<Channel> acceptedChannels(int position) {
    return Channel.ofMask(variant.accepted[position]);
  }
}
